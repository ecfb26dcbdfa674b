import { lbfgs } from './lbfgs.js';
import { logit, type CommitmentModel, type LogisticModel } from './model.js';

/** One candidate unit of a training document, with what the gold says of it. */
export interface TrainingExample {
  readonly features: readonly string[];
  /** The unit overlaps a gold commitment. */
  readonly commitment: boolean;
  /** ... and that commitment is soft. */
  readonly soft: boolean;
  /** The unit overlaps an annotated trap (weighed double as a negative). */
  readonly trap: boolean;
  /** The document it comes from: inner folds for the threshold keep a document together. */
  readonly group: string;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly l2?: number;
  readonly learningRate?: number;
  /** How much more the word and word-pair features are held back than the cue and layout features (they are many, and each is rare). */
  readonly wordPenalty?: number;
  /** Features seen in fewer training units than this are left out. */
  readonly minCount?: number;
  /** Fixed threshold; when absent it is chosen by an inner cross-validation over the training documents (see `objective`). */
  readonly threshold?: number;
  readonly veto?: number;
  /** The F-beta the threshold is chosen for: below 1 a false commitment weighs more than a missed one. */
  readonly beta?: number;
  /** How much an annotated trap weighs as a negative, against 1 for any other negative unit. */
  readonly trapWeight?: number;
  /** The held-out precision the threshold must reach (`objective`); NaN with objective `precision`: the best F-beta instead. */
  readonly precision?: number;
  /** How the commitment model is fitted: `gd`, a fixed number of gradient steps, or `lbfgs`, to its optimum. */
  readonly solver?: 'gd' | 'lbfgs';
  /** The L2 strength of the kind (soft) model, fitted on the commitments alone. */
  readonly kindL2?: number;
  /** The word penalty of the kind model. */
  readonly kindWordPenalty?: number;
  /**
   * Which units the commitment model is fitted and calibrated on: `all` candidates, or `open`, the units
   * the scorer decides (neither taken by the rules, `mark:rule-says`, nor barred from the scorer, `mark:scorer-barred`).
   */
  readonly fitOn?: 'all' | 'open';
  /**
   * How the threshold is chosen on held-out training documents: `precision`, the lowest at which the precision of
   * all candidates reaches `precision`; `f1`, the best F1 of what the extractor would take (the rules' units and
   * the scorer's above the threshold, barred units never) with that precision at least `precision`.
   */
  readonly objective?: 'precision' | 'f1';
  /** With objective `f1`: the most of the held-out trap units the extractor may take (a share); `1` sets no cap. */
  readonly trapCap?: number;
  /** How the kind threshold is chosen on held-out commitments: `split`, apart for the rules' units and the scorer's; `one`, one for both; `fixed`, 0.5. */
  readonly kindChoice?: 'split' | 'one' | 'fixed';
}

type Example = { readonly features: readonly string[]; readonly y: number; readonly weight: number };

/** The fitted features (seen at least `minCount` times, no `mark:`), sorted, and each example as the indexes of its features. */
function design(examples: readonly Example[], o: Required<TrainOptions>): { vocab: string[]; rows: { x: number[]; y: number; w: number }[] } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([f, c]) => c >= o.minCount && !f.startsWith('mark:')).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.y, w: e.weight }));
  return { vocab, rows };
}

/** The model as committed: weights to 4 decimals, those under 1e-4 left out. */
function rounded(vocab: readonly string[], w: Float64Array, bias: number): LogisticModel {
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = w[i] ?? 0;
    if (Math.abs(v) >= 1e-4) weights[f] = Math.round(v * 1e4) / 1e4;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/**
 * Logistic regression by full-batch gradient descent with L2, from zero weights in a fixed
 * feature order: the same examples always give the same weights, on any machine.
 */
function fit(examples: readonly Example[], o: Required<TrainOptions>): LogisticModel {
  const { vocab, rows } = design(examples, o);
  const penalty = Float64Array.from(vocab, (f) => (/^[wb]:/.test(f) ? o.wordPenalty : 1));
  const w = new Float64Array(vocab.length);
  let b = 0;
  const total = rows.reduce((a, r) => a + r.w, 0) || 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const g = new Float64Array(vocab.length);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (const i of r.x) z += w[i] ?? 0;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.w;
      gb += err;
      for (const i of r.x) g[i] = (g[i] ?? 0) + err;
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - o.learningRate * ((g[i] ?? 0) / total + o.l2 * (penalty[i] ?? 1) * (w[i] ?? 0));
    b -= o.learningRate * (gb / total);
  }
  return rounded(vocab, w, b);
}

/**
 * Logistic regression with L2 fitted to its optimum (L-BFGS) rather than for a fixed number of
 * gradient steps: what it learns does not depend on how far the descent got. Same vocabulary,
 * penalties and rounding as `fit`.
 */
function fitConverged(examples: readonly Example[], o: Required<TrainOptions>): LogisticModel {
  const { vocab, rows } = design(examples, o);
  const n = vocab.length;
  // The last coordinate is the bias, never penalised.
  const penalty = Float64Array.from({ length: n + 1 }, (_, i) => (i === n ? 0 : /^[wb]:/.test(vocab[i] ?? '') ? o.wordPenalty : 1));
  const total = rows.reduce((a, r) => a + r.w, 0) || 1;
  const lossAndGradient = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (const r of rows) {
      let z = w[n] ?? 0;
      for (const i of r.x) z += w[i] ?? 0;
      const p = sigmoid(z);
      loss -= r.w * Math.log(Math.max(1e-12, r.y === 1 ? p : 1 - p));
      const err = (p - r.y) * r.w;
      for (const i of r.x) g[i] = (g[i] ?? 0) + err;
      g[n] = (g[n] ?? 0) + err;
    }
    loss /= total;
    for (let i = 0; i <= n; i++) {
      const pw = (penalty[i] ?? 0) * (w[i] ?? 0);
      g[i] = (g[i] ?? 0) / total + o.l2 * pw;
      loss += 0.5 * o.l2 * pw * (w[i] ?? 0);
    }
    return loss;
  };
  const w = lbfgs(lossAndGradient, new Float64Array(n + 1));
  return rounded(vocab, w, w[n] ?? 0);
}

export function trainModel(examples: readonly TrainingExample[], options: TrainOptions = {}): CommitmentModel {
  const o: Required<TrainOptions> = { epochs: 400, l2: 0.006, learningRate: 2, minCount: 2, threshold: Number.NaN, veto: 0.05, wordPenalty: 20, beta: 0.5, trapWeight: 2, precision: 0.8, solver: 'lbfgs', kindL2: 0.006, kindWordPenalty: 10, fitOn: 'open', objective: 'f1', trapCap: 0.1, kindChoice: 'split', ...options };
  const held = heldOutScores(examples, o);
  const calibration = platt(o.fitOn === 'open' ? held.filter((r) => !r.rule && !r.barred) : held);
  const calibrationRule = platt(held.filter((r) => r.rule));
  const calibrated = held.map((r) => ({ p: sigmoid(calibration.a * r.z + calibration.b), y: r.y, rule: r.rule, barred: r.barred, trap: r.trap }));
  const threshold = !Number.isNaN(o.threshold) ? o.threshold
    : o.objective === 'f1' ? thresholdForF1(calibrated, o.precision, o.veto, o.trapCap)
      : !Number.isNaN(o.precision) ? thresholdForPrecision(calibrated, o.precision) : chooseThreshold(calibrated, o.beta);
  const { commitment, soft } = fitBoth(examples, o);
  const positives = examples.filter((e) => e.commitment);
  // The kind is chosen only for what is taken, and hedged words (`rule:soft`) make a commitment soft whatever the model says: the threshold is fitted on the rest.
  const heldPositives = held.filter((r) => r.y && !r.hedged && (r.rule || sigmoid(calibration.a * r.z + calibration.b) >= threshold));
  const one = o.kindChoice === 'fixed' ? 0.5 : kindThreshold(heldPositives, 0.5);
  const kind = o.kindChoice === 'split' ? { rule: kindThreshold(heldPositives.filter((r) => r.rule), 0.85), scorer: kindThreshold(heldPositives.filter((r) => !r.rule), 0.5) } : { rule: one, scorer: one };
  return {
    version: 1,
    trainedOn: { documents: new Set(examples.map((e) => e.group)).size, units: examples.length, positives: positives.length, soft: positives.filter((e) => e.soft).length, epochs: o.epochs, l2: o.l2 },
    threshold,
    veto: o.veto,
    commitment,
    calibration,
    calibrationRule,
    soft,
    kindThreshold: kind,
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function fitBoth(examples: readonly TrainingExample[], o: Required<TrainOptions>): { commitment: LogisticModel; soft: LogisticModel } {
  const positives = examples.filter((e) => e.commitment);
  const fitted = o.fitOn === 'open' ? examples.filter((e) => !e.features.includes('mark:rule-says') && !e.features.includes('mark:scorer-barred')) : examples;
  const fittedPositives = fitted.filter((e) => e.commitment).length;
  // Positives are rarer than negatives: weigh them so both classes count alike.
  const posWeight = fittedPositives === 0 ? 1 : Math.max(1, (fitted.length - fittedPositives) / fittedPositives / 2);
  // The kind model is fitted to its optimum: stopped after 400 steps it still leaned on its bias and called a third of the explicit promises soft.
  return {
    commitment: (o.solver === 'lbfgs' ? fitConverged : fit)(fitted.map((e) => ({ features: e.features, y: e.commitment ? 1 : 0, weight: e.commitment ? posWeight : e.trap ? o.trapWeight : 1 })), o),
    soft: fitConverged(positives.map((e) => ({ features: e.features, y: e.soft ? 1 : 0, weight: 1 })), { ...o, l2: o.kindL2, wordPenalty: o.kindWordPenalty }),
  };
}

/** One training unit scored by models that did not see its document: the commitment log-odds, and for a commitment the kind model's probability of soft. */
interface HeldOut { readonly z: number; readonly y: boolean; readonly rule: boolean; readonly barred: boolean; readonly trap: boolean; readonly pSoft: number; readonly soft: boolean; readonly hedged: boolean }

/** The held-out scores of every training unit, each from models that did not see its document (three inner folds). */
function heldOutScores(examples: readonly TrainingExample[], o: Required<TrainOptions>): HeldOut[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const out: HeldOut[] = [];
  for (let k = 0; k < 3; k++) {
    const held = new Set(groups.filter((_, i) => i % 3 === k));
    const { commitment, soft } = fitBoth(examples.filter((e) => !held.has(e.group)), o);
    for (const e of examples) if (held.has(e.group)) out.push({ z: logit(commitment, e.features), y: e.commitment, rule: e.features.includes('mark:rule-says'), barred: e.features.includes('mark:scorer-barred'), trap: e.trap, pSoft: sigmoid(logit(soft, e.features)), soft: e.soft, hedged: e.features.includes('rule:soft') });
  }
  return out;
}

/**
 * The probability of soft above which a commitment is called soft, chosen on held-out commitments for
 * the best share of kinds right (ties go to the threshold nearest 0.5). Fitted apart for the units the
 * rules take and the units the scorer alone takes: the rules' finds are explicit more often.
 */
function kindThreshold(rows: readonly { pSoft: number; soft: boolean }[], fallback: number): number {
  if (rows.length === 0) return fallback;
  let best = fallback, bestRight = -1;
  for (let i = 0; i <= 12; i++) {
    const t = Math.round((0.2 + 0.05 * i) * 100) / 100;
    const right = rows.filter((r) => (r.pSoft >= t) === r.soft).length;
    if (right > bestRight || (right === bestRight && Math.abs(t - 0.5) < Math.abs(best - 0.5))) { best = t; bestRight = right; }
  }
  return best;
}

/** Platt scaling: the a, b for which sigmoid(a z + b) best predicts the held-out labels (log loss, unweighted). */
function platt(rows: readonly { z: number; y: boolean }[]): { a: number; b: number } {
  let a = 1, b = 0;
  for (let i = 0; i < 3000; i++) {
    let ga = 0, gb = 0;
    for (const r of rows) {
      const err = sigmoid(a * r.z + b) - (r.y ? 1 : 0);
      ga += err * r.z;
      gb += err;
    }
    a -= (0.5 * ga) / Math.max(1, rows.length);
    b -= (0.5 * gb) / Math.max(1, rows.length);
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}

/** The threshold with the best F-beta on the held-out confidences. */
function chooseThreshold(scored: readonly { p: number; y: boolean }[], beta: number): number {
  const positives = scored.filter((r) => r.y).length;
  let best = 0.5, bestF = -1;
  for (let t = 0.2; t <= 0.901; t += 0.05) {
    const tp = scored.filter((r) => r.p >= t && r.y).length, fp = scored.filter((r) => r.p >= t && !r.y).length;
    const b2 = beta * beta;
    const f = tp === 0 ? 0 : ((1 + b2) * tp) / ((1 + b2) * tp + fp + b2 * (positives - tp));
    if (f > bestF + 1e-9) { bestF = f; best = Math.round(t * 100) / 100; }
  }
  return best;
}

/**
 * The threshold with the best held-out F1 of what the extractor takes, among those at which its precision is
 * at least `floor`: the rules' units (unless below the veto), the scorer's units at or above the threshold, a
 * barred unit never, and taking at most `trapCap` of the trap units. Counted in units, on a grid of 0.02; ties go
 * to the higher threshold.
 */
function thresholdForF1(scored: readonly { p: number; y: boolean; rule: boolean; barred: boolean; trap: boolean }[], floor: number, veto: number, trapCap: number): number {
  const positives = scored.filter((r) => r.y).length;
  const traps = scored.filter((r) => r.trap).length;
  const ruleTaken = scored.filter((r) => r.rule && !r.barred && r.p >= veto);
  const ruleTp = ruleTaken.filter((r) => r.y).length;
  const ruleTraps = ruleTaken.filter((r) => r.trap).length;
  const open = scored.filter((r) => !r.rule && !r.barred);
  let best = 0.9, bestF = -1;
  for (let k = 90; k >= 10; k -= 2) {
    const t = k / 100;
    const taken = open.filter((r) => r.p >= t);
    const tp = ruleTp + taken.filter((r) => r.y).length, all = ruleTaken.length + taken.length;
    if (all === 0 || tp / all < floor || ruleTraps + taken.filter((r) => r.trap).length > trapCap * traps) continue;
    const f = (2 * tp) / (all + positives);
    if (f > bestF + 1e-9) { bestF = f; best = t; }
  }
  return best;
}

/**
 * The lowest threshold at which the held-out precision reaches `target` (and stays there for every higher threshold with finds),
 * on a grid of 0.02 (on one of 0.05 the folds' thresholds jumped between 0.5 and 0.6).
 */
function thresholdForPrecision(scored: readonly { p: number; y: boolean }[], target: number): number {
  let best = 0.9;
  for (let k = 90; k >= 20; k -= 2) {
    const t = k / 100;
    const tp = scored.filter((r) => r.p >= t && r.y).length, fp = scored.filter((r) => r.p >= t && !r.y).length;
    if (tp + fp > 0 && tp / (tp + fp) < target) break;
    best = t;
  }
  return best;
}
