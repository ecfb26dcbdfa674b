import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { CommitmentRow, StatusChangeRow } from './commitment-row.js';

const Q = {
  page: cypher('commitment/page'),
  count: cypher('commitment/count'),
  pageByActor: cypher('commitment/page-by-actor'),
  countByActor: cypher('commitment/count-by-actor'),
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

/** The filter of `Actor.commitments`: `madeBy` is each actor in turn. */
export type ActorCommitmentQuery = Omit<CommitmentQuery, 'madeBy'>;

/** One page request shared by every actor of a batch (what `Actor.commitments` was given). */
export interface ActorCommitmentPage {
  readonly query: ActorCommitmentQuery;
  readonly order: CommitmentOrderKey;
  readonly after: KeysetAfter | null;
  readonly limit: number;
}

/** The page of each actor in `actorIds` (cypher/commitment/page-by-actor): one query for all. */
export async function commitmentPagesByActor(db: Database, actorIds: readonly string[], page: ActorCommitmentPage): Promise<Map<string, KeysetRow<CommitmentRow>[]>> {
  const rows = await db.read<{ actorId: string; page: KeysetRow<CommitmentRow>[] }>(Q.pageByActor, {
    ...page.query,
    order: page.order,
    desc: page.order !== 'DUE_ASC',
    afterKey: page.after?.key ?? null,
    afterId: page.after?.id ?? null,
    limit: int(page.limit),
    actorIds,
  });
  return new Map(rows.map((r) => [r.actorId, r.page]));
}

/** How many commitments of each actor in `actorIds` match (cypher/commitment/count-by-actor). */
export async function commitmentCountsByActor(db: Database, actorIds: readonly string[], query: ActorCommitmentQuery): Promise<Map<string, number>> {
  const rows = await db.read<{ actorId: string; total: number }>(Q.countByActor, { ...query, actorIds });
  return new Map(rows.map((r) => [r.actorId, r.total]));
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
  /** UTC, ISO `YYYY-MM-DDTHH:mm:ss.sssZ`. */
  readonly changedAt: string;
}

/** Records a status change; null when no commitment has the id (then nothing is written). */
export async function setCommitmentStatus(db: Database, change: StatusChangeInput): Promise<CommitmentRow | null> {
  const [row] = await db.write<{ row: CommitmentRow }>(Q.setStatus, { ...change, changeId: `status-change:${randomUUID()}` });
  return row?.row ?? null;
}
