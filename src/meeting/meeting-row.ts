import type { EntityRow } from '../node/node-row.js';

/** A Meeting node (the codegen mapper for `Meeting`). */
export interface MeetingRow extends EntityRow {
  readonly __label: 'Meeting';
  readonly title?: string | null;
  readonly start?: string | null;
  readonly date?: string | null;
  readonly bodyName?: string | null;
}

/** A Decision node (the codegen mapper for `Decision`). */
export interface DecisionRow extends EntityRow {
  readonly __label: 'Decision';
  readonly text?: string | null;
  readonly outcome?: string | null;
  readonly date?: string | null;
}

export const isMeetingRow = (row: EntityRow): row is MeetingRow => row.__label === 'Meeting';
export const isDecisionRow = (row: EntityRow): row is DecisionRow => row.__label === 'Decision';
