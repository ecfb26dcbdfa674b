import type { Database } from '../db/database.js';
import type { KeysetRow } from '../keyset.js';
import { loaderFamily } from '../node/node-loaders.js';
import type { RequestRow } from './request-row.js';
import { requestCountsByActor, requestPagesByActor, type ActorRequestPage, type ActorRequestQuery } from './request-store.js';

/**
 * Per-request loaders of the request domain, for `Actor.requests` on a list of actors: keyed by
 * actor id, one loader per distinct filter/page, so a list of actors costs one page query (and
 * one count query when `totalCount` is asked), not one per actor.
 */
export function createRequestLoaders(db: Database) {
  return {
    pageByActor: loaderFamily<ActorRequestPage, KeysetRow<RequestRow>[]>((ids, page) => requestPagesByActor(db, ids, page), []),
    countByActor: loaderFamily<ActorRequestQuery, number>((ids, query) => requestCountsByActor(db, ids, query), 0),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
