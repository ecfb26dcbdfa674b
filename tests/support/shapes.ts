import type { CommitmentShape } from '../../src/commitment/commitment-query.js';

/** A commitment list without any filter: the shape the query builders' tests start from. */
export const NO_COMMITMENT_FILTER: CommitmentShape = {
  madeBy: false,
  status: null,
  dueBefore: false,
  dueAfter: false,
  dossier: false,
  policy: false,
  concerns: false,
  meeting: false,
  municipality: false,
  text: false,
  minConfidence: false,
};
