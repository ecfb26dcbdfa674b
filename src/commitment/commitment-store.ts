import { randomUUID } from 'node:crypto';
import { recordChangesOf } from '../change/change-capture.js';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { keysetStart } from '../keyset-cypher.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import {
  commitmentCountCypher,
  commitmentCountsByActorCypher,
  commitmentPageCypher,
  commitmentPagesByActorCypher,
  commitmentTripCypher,
  commitmentTripsByActorCypher,
  type CommitmentOrderKey,
  type CommitmentShape,
} from './commitment-query.js';
import type { PlannedEvidence, PlannedRelated } from '../node/hop-cypher.js';
import type { CommitmentPlan } from './commitment-plan.js';
import type { CommitmentRow, StatusChangeRow } from './commitment-row.js';

export type { CommitmentOrderKey } from './commitment-query.js';

/** Lists and counts are built per filter shape (commitment-query.ts); the rest are files. */
const Q = {
  statusHistory: cypher('commitment/status-history'),
  setStatus: cypher('commitment/set-status'),
};

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
  /** 0..1: only commitments scored at least this (commitments without a score are left out). */
  readonly minConfidence: number | null;
  /** ISO date; an open commitment due before it is overdue. */
  readonly today: string;
}

/** Which filters a query sets: what the Cypher builder needs (values stay parameters). */
export function commitmentShape(query: Omit<CommitmentQuery, 'madeBy'> & { readonly madeBy?: string | null }): CommitmentShape {
  const status = query.status;
  return {
    madeBy: query.madeBy !== null && query.madeBy !== undefined,
    status: status === 'open' || status === 'fulfilled' || status === 'withdrawn' || status === 'overdue' ? status : null,
    dueBefore: query.dueBefore !== null,
    dueAfter: query.dueAfter !== null,
    dossier: query.dossier !== null,
    policy: query.policy !== null,
    concerns: query.concerns !== null,
    meeting: query.meeting !== null,
    municipality: query.municipality !== null,
    text: query.text !== null,
    minConfidence: query.minConfidence !== null,
  };
}

export async function commitmentPage(
  db: Database,
  query: CommitmentQuery,
  order: CommitmentOrderKey,
  after: KeysetAfter | null,
  limit: number,
): Promise<KeysetRow<CommitmentRow>[]> {
  return readKeysetPage<CommitmentRow>(db, commitmentPageCypher(commitmentShape(query), order, keysetStart(after)), { ...query }, after, limit);
}

/** A row of a planned page: the commitment, its key, and what the plan fetched with it. */
export interface CommitmentTripRow extends KeysetRow<CommitmentRow> {
  readonly related: Readonly<Record<string, readonly PlannedRelated[]>>;
  readonly evidence: readonly PlannedEvidence[];
}

/** A page and, when planned, the count, in one query (commitmentTripCypher). */
export async function commitmentTrip(
  db: Database,
  query: CommitmentQuery,
  order: CommitmentOrderKey,
  after: KeysetAfter | null,
  limit: number,
  plan: CommitmentPlan,
): Promise<{ readonly total: number | null; readonly page: readonly CommitmentTripRow[] }> {
  const [row] = await db.read<{ total: number | null; page: CommitmentTripRow[] }>(commitmentTripCypher(commitmentShape(query), order, keysetStart(after), plan), {
    ...query,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    limit: int(limit),
  });
  return { total: row?.total ?? null, page: row?.page ?? [] };
}

export async function commitmentCount(db: Database, query: CommitmentQuery): Promise<number> {
  return readCount(db, commitmentCountCypher(commitmentShape(query)), { ...query });
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

/** A page request of `Actor.commitments` with what the operation selects (commitment-plan.ts). */
export interface ActorCommitmentTrip extends ActorCommitmentPage {
  readonly plan: CommitmentPlan;
}

/** Each actor's page (and count, when planned) with the planned fields: one query for all the actors. */
export async function commitmentTripsByActor(
  db: Database,
  actorIds: readonly string[],
  trip: ActorCommitmentTrip,
): Promise<Map<string, { readonly total: number | null; readonly page: readonly CommitmentTripRow[] }>> {
  const text = commitmentTripsByActorCypher(commitmentShape(trip.query), trip.order, keysetStart(trip.after), trip.plan);
  const rows = await db.read<{ actorId: string; total: number | null; page: CommitmentTripRow[] }>(text, {
    ...trip.query,
    afterKey: trip.after?.key ?? null,
    afterId: trip.after?.id ?? null,
    limit: int(trip.limit),
    actorIds,
  });
  return new Map(rows.map((r) => [r.actorId, { total: r.total, page: r.page }]));
}

/** The page of each actor in `actorIds` (commitment-query.ts): one query for all. */
export async function commitmentPagesByActor(db: Database, actorIds: readonly string[], page: ActorCommitmentPage): Promise<Map<string, KeysetRow<CommitmentRow>[]>> {
  const text = commitmentPagesByActorCypher(commitmentShape(page.query), page.order, keysetStart(page.after));
  const rows = await db.read<{ actorId: string; page: KeysetRow<CommitmentRow>[] }>(text, {
    ...page.query,
    afterKey: page.after?.key ?? null,
    afterId: page.after?.id ?? null,
    limit: int(page.limit),
    actorIds,
  });
  return new Map(rows.map((r) => [r.actorId, r.page]));
}

/** How many commitments of each actor in `actorIds` match (commitment-query.ts). */
export async function commitmentCountsByActor(db: Database, actorIds: readonly string[], query: ActorCommitmentQuery): Promise<Map<string, number>> {
  const rows = await db.read<{ actorId: string; total: number }>(commitmentCountsByActorCypher(commitmentShape(query)), { ...query, actorIds });
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

/**
 * Records a status change and its change-feed entry (the commitment UPDATED by the editor) in
 * one transaction; null when no commitment has the id (then nothing is written).
 */
export async function setCommitmentStatus(db: Database, change: StatusChangeInput): Promise<CommitmentRow | null> {
  return db.writeTransaction(async (run) => {
    const [row] = await run<{ row: CommitmentRow }>(Q.setStatus, { ...change, changeId: `status-change:${randomUUID()}` });
    if (row === undefined) return null;
    await recordChangesOf(run, { nodes: [{ id: change.id, sourceId: null }], rels: [] }, { kind: 'EDIT', editor: change.changedBy });
    return row.row;
  });
}
