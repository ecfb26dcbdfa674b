import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import type { KeysetRow } from '../keyset.js';
import { loaderFamily, orderByKeys } from '../node/node-loaders.js';
import type { CommitmentRow, StatusChangeRow } from './commitment-row.js';
import {
  commitmentCountsByActor,
  commitmentPagesByActor,
  commitmentTripsByActor,
  statusHistories,
  type ActorCommitmentPage,
  type ActorCommitmentQuery,
  type ActorCommitmentTrip,
  type CommitmentTripRow,
} from './commitment-store.js';

/**
 * Per-request loaders of the commitment domain; one query per batch. `pageByActor` and
 * `countByActor` serve `Actor.commitments` on a list of actors: keyed by actor id, one loader
 * per distinct filter/order/page, so a list of actors costs one page query (and one count
 * query when `totalCount` is asked), not one per actor.
 */
export function createCommitmentLoaders(db: Database) {
  return {
    statusHistory: new DataLoader<string, StatusChangeRow[]>(async (ids) => orderByKeys(ids, await statusHistories(db, ids), [])),
    pageByActor: loaderFamily<ActorCommitmentPage, KeysetRow<CommitmentRow>[]>((ids, page) => commitmentPagesByActor(db, ids, page), []),
    /** `pageByActor` with the fields the operation selects and, when selected, the count (commitment-plan.ts). */
    tripByActor: loaderFamily<ActorCommitmentTrip, { readonly total: number | null; readonly page: readonly CommitmentTripRow[] }>(
      (ids, trip) => commitmentTripsByActor(db, ids, trip),
      { total: null, page: [] },
    ),
    countByActor: loaderFamily<ActorCommitmentQuery, number>((ids, query) => commitmentCountsByActor(db, ids, query), 0),
  };
}

export type CommitmentLoaders = ReturnType<typeof createCommitmentLoaders>;
