import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { keysetStart } from '../keyset-cypher.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import { requestCountCypher, requestCountsByActorCypher, requestPageCypher, requestPagesByActorCypher, type RequestShape } from './request-query.js';
import type { RequestRow } from './request-row.js';

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

/** Which filters a query sets: what the Cypher builder needs (values stay parameters). */
export function requestShape(query: ActorRequestQuery & { readonly raisedBy?: string | null }): RequestShape {
  return {
    raisedBy: query.raisedBy !== null && query.raisedBy !== undefined,
    kind: query.kind !== null,
    dossier: query.dossier !== null,
    meeting: query.meeting !== null,
    concerns: query.concerns !== null,
    municipality: query.municipality !== null,
    from: query.from !== null,
    to: query.to !== null,
    text: query.text !== null,
  };
}

export const requestPage = (db: Database, query: RequestQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<RequestRow>[]> =>
  readKeysetPage<RequestRow>(db, requestPageCypher(requestShape(query), keysetStart(after)), { ...query }, after, limit);

export const requestCount = (db: Database, query: RequestQuery): Promise<number> => readCount(db, requestCountCypher(requestShape(query)), { ...query });

/** The filter of `Actor.requests`: `raisedBy` is each actor in turn. */
export type ActorRequestQuery = Omit<RequestQuery, 'raisedBy'>;

/** One page request shared by every actor of a batch (what `Actor.requests` was given). */
export interface ActorRequestPage {
  readonly query: ActorRequestQuery;
  readonly after: KeysetAfter | null;
  readonly limit: number;
}

/** The page of each actor in `actorIds` (request-query.ts): one query for all. */
export async function requestPagesByActor(db: Database, actorIds: readonly string[], page: ActorRequestPage): Promise<Map<string, KeysetRow<RequestRow>[]>> {
  const rows = await db.read<{ actorId: string; page: KeysetRow<RequestRow>[] }>(requestPagesByActorCypher(requestShape(page.query), keysetStart(page.after)), {
    ...page.query,
    afterKey: page.after?.key ?? null,
    afterId: page.after?.id ?? null,
    limit: int(page.limit),
    actorIds,
  });
  return new Map(rows.map((r) => [r.actorId, r.page]));
}

/** How many requests of each actor in `actorIds` match (request-query.ts). */
export async function requestCountsByActor(db: Database, actorIds: readonly string[], query: ActorRequestQuery): Promise<Map<string, number>> {
  const rows = await db.read<{ actorId: string; total: number }>(requestCountsByActorCypher(requestShape(query)), { ...query, actorIds });
  return new Map(rows.map((r) => [r.actorId, r.total]));
}
