import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { AgreementRow } from './agreement-row.js';

const Q = {
  page: cypher('agreement/page'),
  count: cypher('agreement/count'),
};

/** Agreement filter as the queries take it: every field present, null for "any". */
export interface AgreementQuery {
  readonly municipality: string | null;
  readonly kind: string | null;
  readonly party: string | null;
  readonly concerns: string | null;
  readonly activeFrom: string | null;
  readonly activeTo: string | null;
  readonly text: string | null;
}

export const agreementPage = (db: Database, query: AgreementQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<AgreementRow>[]> =>
  readKeysetPage<AgreementRow>(db, Q.page, { ...query }, after, limit);

export const agreementCount = (db: Database, query: AgreementQuery): Promise<number> => readCount(db, Q.count, { ...query });
