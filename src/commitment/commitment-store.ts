import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { CommitmentRow, StatusChangeRow } from './commitment-row.js';

const Q = {
  page: cypher('commitment/page'),
  count: cypher('commitment/count'),
  statusHistory: cypher('commitment/status-history'),
  setStatus: cypher('commitment/set-status'),
};

export type CommitmentOrderKey = 'DUE_ASC' | 'DUE_DESC' | 'DATE_DESC';

/** The filter in the shape the queries take: every field present, null for "any". */
export interface CommitmentQuery {
  readonly madeBy: string | null;
  /** Lower case, as stored; `overdue` is derived against `today`. */
  readonly status: string | null;
  readonly dueBefore: string | null;
  readonly dueAfter: string | null;
  readonly dossier: string | null;
  readonly policy: string | null;
  readonly concerns: string | null;
  readonly meeting: string | null;
  readonly municipality: string | null;
  readonly text: string | null;
  /** ISO date; an open commitment due before it is overdue. */
  readonly today: string;
}

export async function commitmentPage(
  db: Database,
  query: CommitmentQuery,
  order: CommitmentOrderKey,
  after: KeysetAfter | null,
  limit: number,
): Promise<KeysetRow<CommitmentRow>[]> {
  return readKeysetPage<CommitmentRow>(db, Q.page, { ...query, order, desc: order !== 'DUE_ASC' }, after, limit);
}

export async function commitmentCount(db: Database, query: CommitmentQuery): Promise<number> {
  return readCount(db, Q.count, { ...query });
}

export async function statusHistories(db: Database, ids: readonly string[]): Promise<Map<string, StatusChangeRow[]>> {
  const rows = await db.read<{ id: string; change: StatusChangeRow }>(Q.statusHistory, { ids });
  const out = new Map<string, StatusChangeRow[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.change]);
  return out;
}

export interface StatusChangeInput {
  readonly id: string;
  /** Lower case, as stored. */
  readonly status: string;
  readonly note: string | null;
  readonly evidence: string | null;
  readonly changedBy: string;
  /** UTC, ISO `YYYY-MM-DDTHH:mm:ss.sss`. */
  readonly changedAt: string;
}

/** Records a status change; null when no commitment has the id (then nothing is written). */
export async function setCommitmentStatus(db: Database, change: StatusChangeInput): Promise<CommitmentRow | null> {
  const [row] = await db.write<{ row: CommitmentRow }>(Q.setStatus, { ...change, changeId: `status-change:${randomUUID()}` });
  return row?.row ?? null;
}
