import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { orderByKeys } from '../node/node-loaders.js';
import type { StatusChangeRow } from './commitment-row.js';
import { statusHistories } from './commitment-store.js';

/** Per-request loaders of the commitment domain; one query per batch. */
export function createCommitmentLoaders(db: Database) {
  return {
    statusHistory: new DataLoader<string, StatusChangeRow[]>(async (ids) => orderByKeys(ids, await statusHistories(db, ids), [])),
  };
}

export type CommitmentLoaders = ReturnType<typeof createCommitmentLoaders>;
