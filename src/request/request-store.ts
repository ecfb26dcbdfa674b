import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { RequestRow } from './request-row.js';

const Q = {
  page: cypher('request/page'),
  count: cypher('request/count'),
  pageByActor: cypher('request/page-by-actor'),
  countByActor: cypher('request/count-by-actor'),
};

/** The filter as the queries take it: every field present, null for "any"; `kind` as stored. */
export interface RequestQuery {
  readonly raisedBy: string | null;
  readonly kind: string | null;
  readonly dossier: string | null;
  readonly meeting: string | null;
  readonly concerns: string | null;
  readonly municipality: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly text: string | null;
}

export const requestPage = (db: Database, query: RequestQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<RequestRow>[]> =>
  readKeysetPage<RequestRow>(db, Q.page, { ...query }, after, limit);

export const requestCount = (db: Database, query: RequestQuery): Promise<number> => readCount(db, Q.count, { ...query });

/** The filter of `Actor.requests`: `raisedBy` is each actor in turn. */
export type ActorRequestQuery = Omit<RequestQuery, 'raisedBy'>;

/** One page request shared by every actor of a batch (what `Actor.requests` was given). */
export interface ActorRequestPage {
  readonly query: ActorRequestQuery;
  readonly after: KeysetAfter | null;
  readonly limit: number;
}

/** The page of each actor in `actorIds` (cypher/request/page-by-actor): one query for all. */
export async function requestPagesByActor(db: Database, actorIds: readonly string[], page: ActorRequestPage): Promise<Map<string, KeysetRow<RequestRow>[]>> {
  const rows = await db.read<{ actorId: string; page: KeysetRow<RequestRow>[] }>(Q.pageByActor, {
    ...page.query,
    afterKey: page.after?.key ?? null,
    afterId: page.after?.id ?? null,
    limit: int(page.limit),
    actorIds,
  });
  return new Map(rows.map((r) => [r.actorId, r.page]));
}

/** How many requests of each actor in `actorIds` match (cypher/request/count-by-actor). */
export async function requestCountsByActor(db: Database, actorIds: readonly string[], query: ActorRequestQuery): Promise<Map<string, number>> {
  const rows = await db.read<{ actorId: string; total: number }>(Q.countByActor, { ...query, actorIds });
  return new Map(rows.map((r) => [r.actorId, r.total]));
}
