import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { DecisionRow, MeetingRow } from './meeting-row.js';

const Q = {
  page: cypher('meeting/page'),
  count: cypher('meeting/count'),
  decisionPage: cypher('meeting/decision-page'),
  decisionCount: cypher('meeting/decision-count'),
};

/** Meeting filter as the queries take it: every field present, null for "any". */
export interface MeetingQuery {
  readonly municipality: string | null;
  readonly body: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly text: string | null;
}

export interface DecisionQuery {
  readonly municipality: string | null;
  readonly meeting: string | null;
  readonly concerns: string | null;
  readonly outcome: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly text: string | null;
}

export const meetingPage = (db: Database, query: MeetingQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<MeetingRow>[]> =>
  readKeysetPage<MeetingRow>(db, Q.page, { ...query }, after, limit);

export const meetingCount = (db: Database, query: MeetingQuery): Promise<number> => readCount(db, Q.count, { ...query });

export const decisionPage = (db: Database, query: DecisionQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<DecisionRow>[]> =>
  readKeysetPage<DecisionRow>(db, Q.decisionPage, { ...query }, after, limit);

export const decisionCount = (db: Database, query: DecisionQuery): Promise<number> => readCount(db, Q.decisionCount, { ...query });
