import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { RequestRow } from './request-row.js';

const Q = {
  page: cypher('request/page'),
  count: cypher('request/count'),
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
