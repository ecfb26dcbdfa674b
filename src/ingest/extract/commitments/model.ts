import { readFileSync } from 'node:fs';

/**
 * The learned scorer of commitment candidates: two logistic regressions over unit features, one
 * for "is this a commitment" and one for "is it soft (hedged or reported)". The weights are data
 * (model.json), written by `npm run train` from the real corpus; scoring is pure and deterministic.
 */
export interface LogisticModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface CommitmentModel {
  readonly version: 1;
  /** What it was trained on, for the reader: documents, units, positives, and the settings. */
  readonly trainedOn: { readonly documents: number; readonly units: number; readonly positives: number; readonly soft: number; readonly epochs: number; readonly l2: number };
  /** A candidate at or above this confidence is a commitment. */
  readonly threshold: number;
  /** A commitment the hand-written rules found is dropped only below this confidence. */
  readonly veto: number;
  readonly commitment: LogisticModel;
  /** Platt scaling of the commitment model's log-odds, fitted on held-out folds of the training documents: `confidence` is a calibrated probability. */
  readonly calibration: { readonly a: number; readonly b: number };
  /**
   * The same scaling fitted on the units the hand-written rules take (`mark:rule-says`) alone: those are
   * right more often than the scorer's log-odds over all candidates say, so their confidence is read
   * on their own scale. Absent in a model trained before it.
   */
  readonly calibrationRule?: { readonly a: number; readonly b: number };
  readonly soft: LogisticModel;
  /**
   * The kind model's probability at or above which a commitment is soft: for a unit the rules take
   * (`rule`) and one the scorer alone takes (`scorer`), chosen on held-out training documents.
   * Absent in a model trained before it (0.85 and 0.5 then).
   */
  readonly kindThreshold?: { readonly rule: number; readonly scorer: number };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function probability(m: LogisticModel, features: readonly string[]): number {
  return sigmoid(logit(m, features));
}

export function logit(m: LogisticModel, features: readonly string[]): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return z;
}

/**
 * The scorer's probability on the scale of all candidates: what the threshold and the veto are
 * chosen on. `confidence` is what a commitment carries.
 */
export function score(model: CommitmentModel, features: readonly string[]): number {
  return sigmoid(model.calibration.a * logit(model.commitment, features) + model.calibration.b);
}

/** How likely a candidate with these features is a commitment, calibrated on held-out training documents (the rules' finds on their own scale). */
export function confidence(model: CommitmentModel, features: readonly string[]): number {
  const c = model.calibrationRule !== undefined && features.includes('mark:rule-says') ? model.calibrationRule : model.calibration;
  return sigmoid(c.a * logit(model.commitment, features) + c.b);
}

/** Whether the kind model calls a commitment soft; `ruleSays`: the hand-written rules take the unit. */
export function softByModel(model: CommitmentModel, features: readonly string[], ruleSays: boolean): boolean {
  const t = model.kindThreshold ?? { rule: 0.85, scorer: 0.5 };
  return probability(model.soft, features) >= (ruleSays ? t.rule : t.scorer);
}

let committed: CommitmentModel | null | undefined;

/** The committed model (model.json beside this file), or null when none has been trained yet. */
export function committedModel(): CommitmentModel | null {
  if (committed === undefined) {
    try {
      committed = JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as CommitmentModel;
    } catch {
      committed = null;
    }
  }
  return committed;
}
