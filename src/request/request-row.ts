import type { EntityRow } from '../node/node-row.js';

/** A Request node (the codegen mapper for `Request`). `kind` is stored lower case with spaces. */
export interface RequestRow extends EntityRow {
  readonly __label: 'Request';
  readonly kind?: string | null;
  readonly text?: string | null;
  readonly date?: string | null;
}

export const isRequestRow = (row: EntityRow): row is RequestRow => row.__label === 'Request';
