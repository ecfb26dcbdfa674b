import type { EntityRow } from '../node/node-row.js';

/** A Policy node (the codegen mapper for `Policy`). */
export interface PolicyRow extends EntityRow {
  readonly __label: 'Policy';
  readonly name?: string | null;
  readonly kind?: string | null;
  readonly adoptedText?: string | null;
  readonly adoptedEarliest?: string | null;
  readonly adoptedLatest?: string | null;
  readonly aims?: readonly string[] | null;
}

export const isPolicyRow = (row: EntityRow): row is PolicyRow => row.__label === 'Policy';
