import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { PolicyRow } from './policy-row.js';

const Q = {
  page: cypher('policy/page'),
  count: cypher('policy/count'),
};

/** Policy filter as the queries take it: every field present, null for "any". */
export interface PolicyQuery {
  readonly municipality: string | null;
  readonly kind: string | null;
  readonly text: string | null;
}

export const policyPage = (db: Database, query: PolicyQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<PolicyRow>[]> =>
  readKeysetPage<PolicyRow>(db, Q.page, { ...query }, after, limit);

export const policyCount = (db: Database, query: PolicyQuery): Promise<number> => readCount(db, Q.count, { ...query });
