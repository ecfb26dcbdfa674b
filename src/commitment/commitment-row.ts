import type { EntityRow } from '../node/node-row.js';

/** Commitment statuses as stored (lower case); `overdue` is only ever derived. */
export type StoredStatus = 'open' | 'fulfilled' | 'withdrawn';
export type EffectiveStatus = StoredStatus | 'overdue';

/**
 * A Commitment node (the codegen mapper for `Commitment`). Properties follow the fact contract
 * of src/ingest/facts.ts; `curatedStatus` is what an editor set and wins over `status`.
 */
export interface CommitmentRow extends EntityRow {
  readonly __label: 'Commitment';
  readonly text?: string | null;
  readonly kind?: string | null;
  readonly status?: string | null;
  readonly curatedStatus?: string | null;
  readonly dueText?: string | null;
  readonly dueEarliest?: string | null;
  readonly dueLatest?: string | null;
  readonly date?: string | null;
  /** 0..1, set by the extractor; absent on commitments ingested before confidence scoring. */
  readonly confidence?: number | null;
}

export const isCommitmentRow = (row: EntityRow): row is CommitmentRow => row.__label === 'Commitment';

/** One recorded status change (the mapper for `StatusChange`). */
export interface StatusChangeRow {
  /** `editor`: recorded through setCommitmentStatus; `document`: a status a document states. */
  readonly origin: 'editor' | 'document';
  /** 0 for a commitment's first editor change, then 1, 2, ...: unique and gap-free per commitment; null for a document's. */
  readonly seq: number | null;
  readonly status: string;
  readonly note: string | null;
  readonly evidence: string | null;
  readonly changedBy: string;
  readonly changedAt: string;
  /** The passage ids of a document's statement; empty for an editor's change. */
  readonly passages: readonly string[];
}
