import type { CommitmentModel, LogisticModel } from './model.js';

/** One candidate unit of a training document, with what the gold says of it. */
export interface TrainingExample {
  readonly features: readonly string[];
  /** The unit overlaps a gold commitment. */
  readonly commitment: boolean;
  /** ... and that commitment is soft. */
  readonly soft: boolean;
  /** The unit overlaps an annotated trap (weighed double as a negative). */
  readonly trap: boolean;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly l2?: number;
  readonly learningRate?: number;
  /** Features seen in fewer training units than this are left out. */
  readonly minCount?: number;
  readonly threshold?: number;
  readonly veto?: number;
}

/**
 * Logistic regression by full-batch gradient descent with L2, from zero weights in a fixed
 * feature order: the same examples always give the same weights, on any machine.
 */
function fit(examples: readonly { features: readonly string[]; y: number; weight: number }[], o: Required<TrainOptions>): LogisticModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= o.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.y, w: e.weight }));
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
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - o.learningRate * ((g[i] ?? 0) / total + o.l2 * (w[i] ?? 0));
    b -= o.learningRate * (gb / total);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = w[i] ?? 0;
    if (Math.abs(v) >= 1e-4) weights[f] = Math.round(v * 1e4) / 1e4;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}

export function trainModel(examples: readonly TrainingExample[], options: TrainOptions = {}): CommitmentModel {
  const o: Required<TrainOptions> = { epochs: 400, l2: 0.002, learningRate: 2, minCount: 2, threshold: 0.5, veto: 0.1, ...options };
  const positives = examples.filter((e) => e.commitment);
  // Positives are rarer than negatives: weigh them so both classes count alike.
  const posWeight = positives.length === 0 ? 1 : Math.max(1, (examples.length - positives.length) / positives.length / 2);
  const commitment = fit(examples.map((e) => ({ features: e.features, y: e.commitment ? 1 : 0, weight: e.commitment ? posWeight : e.trap ? 2 : 1 })), o);
  const soft = fit(positives.map((e) => ({ features: e.features, y: e.soft ? 1 : 0, weight: 1 })), o);
  return {
    version: 1,
    trainedOn: { documents: 0, units: examples.length, positives: positives.length, soft: positives.filter((e) => e.soft).length, epochs: o.epochs, l2: o.l2 },
    threshold: o.threshold,
    veto: o.veto,
    commitment,
    soft,
  };
}
