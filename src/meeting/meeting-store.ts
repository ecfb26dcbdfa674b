import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { DecisionRow, MeetingRow } from './meeting-row.js';
import { int } from '../db/values.js';
import { badUserInput } from '../errors.js';
import type { KeysetStart } from '../keyset-cypher.js';
import type { ListPlan, ListTripRow } from '../node/list-plan.js';
import { meetingCountCypher, meetingPageCypher, meetingTripCypher, type MeetingShape } from './meeting-query.js';

const Q = {
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

/** Which filters a meeting query sets: what the Cypher builder needs (values stay parameters). */
export const meetingShape = (q: MeetingQuery): MeetingShape => ({
  municipality: q.municipality !== null,
  body: q.body !== null,
  from: q.from !== null,
  to: q.to !== null,
  text: q.text !== null,
});

/** Where a page of meetings starts; a cursor key that is no local date-time is BAD_USER_INPUT naming `after`. */
export function meetingStart(after: KeysetAfter | null): KeysetStart {
  if (after === null) return 'first';
  if (after.key === null) return 'after-unkeyed';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/.test(after.key)) throw badUserInput('after', 'not a cursor for this list and order');
  return 'after-keyed';
}

export const meetingPage = (db: Database, query: MeetingQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<MeetingRow>[]> =>
  readKeysetPage<MeetingRow>(db, meetingPageCypher(meetingShape(query), meetingStart(after)), { ...query }, after, limit);

export const meetingCount = (db: Database, query: MeetingQuery): Promise<number> => readCount(db, meetingCountCypher(meetingShape(query)), { ...query });

/** A page and, when planned, its count and its meetings' planned fields, in one query (meeting-query.ts). */
export async function meetingTrip(
  db: Database,
  query: MeetingQuery,
  after: KeysetAfter | null,
  limit: number,
  plan: ListPlan,
): Promise<{ readonly total: number | null; readonly page: readonly ListTripRow<MeetingRow>[] }> {
  const [row] = await db.read<{ total: number | null; page: ListTripRow<MeetingRow>[] }>(meetingTripCypher(meetingShape(query), meetingStart(after), plan), {
    ...query,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    limit: int(limit),
  });
  return { total: row?.total ?? null, page: row?.page ?? [] };
}

export const decisionPage = (db: Database, query: DecisionQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<DecisionRow>[]> =>
  readKeysetPage<DecisionRow>(db, Q.decisionPage, { ...query }, after, limit);

export const decisionCount = (db: Database, query: DecisionQuery): Promise<number> => readCount(db, Q.decisionCount, { ...query });
