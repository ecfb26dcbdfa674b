import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer, TEST_EDITOR_KEY, type GqlResult } from '../support/harness.js';
import { COMMITMENT_SOJ_HUISARTSEN, DOSSIER_1873661 } from '../support/known-ids.js';

/**
 * Arguments are checked before anything reaches the database: a Date that is no calendar day, a
 * forged or foreign cursor and an over-long note are BAD_USER_INPUT naming the argument, never
 * INTERNAL_SERVER_ERROR; DateTime values leave with their offset.
 */

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

/** [code, argument, message] of every error. */
const errorsOf = (result: GqlResult) => result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument, e.message]);

describe('Date arguments', () => {
  const DATE_MESSAGE = (value: string) => `Date must be a calendar date YYYY-MM-DD that exists, like 2017-03-14; got "${value}"`;

  it.each(['2017-13-45', '2017-02-30', '2017-04-31', '2019-02-29', '17-03-14', '2017-03-14T00:00:00Z'])('refuses %s written in the query, naming filter.dueBefore', async (value) => {
    const result = await execute(server, db, `query DueBeforeLiteral { commitments(filter: { dueBefore: "${value}" }) { totalCount } }`);
    expect(result.data).toBeUndefined();
    expect(errorsOf(result)).toEqual([['BAD_USER_INPUT', 'filter.dueBefore', DATE_MESSAGE(value)]]);
  });

  it('refuses one in a variable for the whole filter, naming filter.dueAfter', async () => {
    const result = await execute(server, db, 'query DueAfterInFilter($filter: CommitmentFilter) { commitments(filter: $filter) { totalCount } }', {
      filter: { dueAfter: '2017-02-30' },
    });
    expect(result.data).toBeUndefined();
    expect(errorsOf(result)).toEqual([
      ['BAD_USER_INPUT', 'filter.dueAfter', `Variable "$filter" got invalid value "2017-02-30" at "filter.dueAfter"; Expected type "Date". ${DATE_MESSAGE('2017-02-30')}`],
    ]);
  });

  it('refuses one in a Date variable, naming the argument the variable is given for', async () => {
    const result = await execute(server, db, 'query MeetingsFrom($from: Date) { meetings(filter: { from: $from }) { totalCount } }', { from: '2017-13-45' });
    expect(result.data).toBeUndefined();
    expect(errorsOf(result)).toEqual([['BAD_USER_INPUT', 'filter.from', `Variable "$from" got invalid value "2017-13-45"; Expected type "Date". ${DATE_MESSAGE('2017-13-45')}`]]);
  });

  it('accepts a leap day and filters with it', async () => {
    const result = await execute(server, db, 'query MeetingsInWindow { meetings(filter: { municipality: "GM0505", from: "2016-02-29", to: "2017-03-14" }) { totalCount } }');
    expect(result).toEqual({ data: { meetings: { totalCount: 2 } } });
  });
});

describe('DateTime values', () => {
  it('leave with an offset: the Dutch one of that day for meetings, UTC for ingestion times', async () => {
    const result = await execute(server, db, 'query MeetingStarts { meetings(filter: { municipality: "GM0505" }) { edges { node { start date } } } }');
    expect(result).toEqual({
      data: {
        meetings: {
          edges: [
            { node: { start: '2017-03-28T14:00:00+02:00', date: '2017-03-28' } },
            { node: { start: '2017-03-14T20:15:00+01:00', date: '2017-03-14' } },
            { node: { start: '2017-02-14T20:00:00+01:00', date: '2017-02-14' } },
          ],
        },
      },
    });
    const evidence = await execute(server, db, `query IngestedAt { dossier(number: "1873661") { evidence { source { ingestedAt } } } }`);
    const times = (evidence.data?.dossier as { evidence: { source: { ingestedAt: string } }[] }).evidence.map((e) => e.source.ingestedAt);
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
  });
});

describe('cursors', () => {
  const FORGED = 'WyJ2MSIsMWUrMzA4XQ'; // ["v1",1e+308]
  const HUGE_STRING = Buffer.from(JSON.stringify(['v1', 'x'.repeat(5_000)])).toString('base64url');
  const NEGATIVE = Buffer.from(JSON.stringify(['v1', -3])).toString('base64url');
  const FRACTION = Buffer.from(JSON.stringify(['v1', 2.5])).toString('base64url');
  const OBJECT = Buffer.from(JSON.stringify(['v1', { a: 1 }])).toString('base64url');
  const lists = [
    'search(query: "wijkteams", after: $after) { totalCount }',
    'commitments(after: $after) { totalCount }',
    'meetings(after: $after) { totalCount }',
    'persons(after: $after) { totalCount }',
    'dossiers(after: $after) { totalCount }',
    `timeline(id: "${DOSSIER_1873661}", after: $after) { totalCount }`,
  ];
  const cursors: Record<string, string> = { forged: FORGED, huge: HUGE_STRING, negative: NEGATIVE, fraction: FRACTION, object: OBJECT, 'not base64': 'not a cursor!', percent: '%%%' };

  it.each(lists.flatMap((list) => Object.entries(cursors).map(([name, cursor]) => [list, name, cursor] as const)))('%s refuses the %s cursor', async (list, _name, cursor) => {
    const result = await execute(server, db, `query Forged($after: String) { ${list} }`, { after: cursor });
    expect(result.data).toBeNull();
    expect(errorsOf(result)?.map(([code, argument]) => [code, argument])).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('still takes the search cursors it gives out', async () => {
    const first = await execute(server, db, 'query SearchPage1 { search(query: "wijkteams", first: 1) { pageInfo { endCursor } edges { node { entity { id } } } } }');
    const page = first.data?.search as { pageInfo: { endCursor: string } };
    const second = await execute(server, db, 'query SearchPage2($after: String) { search(query: "wijkteams", first: 1, after: $after) { pageInfo { hasPreviousPage } } }', {
      after: page.pageInfo.endCursor,
    });
    expect(second).toEqual({ data: { search: { pageInfo: { hasPreviousPage: true } } } });
  });
});

describe('setCommitmentStatus note and evidence', () => {
  const SET = `mutation LongNote($note: String, $evidence: String) {
    setCommitmentStatus(id: "${COMMITMENT_SOJ_HUISARTSEN}", status: OPEN, note: $note, evidence: $evidence) { id }
  }`;
  const auth = { authorization: `Bearer ${TEST_EDITOR_KEY}` };

  it('refuses a note over 2,000 characters, naming `note`, and writes nothing', async () => {
    const result = await execute(server, db, SET, { note: 'x'.repeat(2_001) }, auth);
    expect(result.data).toBeNull();
    expect(errorsOf(result)).toEqual([['BAD_USER_INPUT', 'note', 'note: must be at most 2,000 characters, got 2,001']]);
    const oneMegabyte = await execute(server, db, SET, { evidence: 'y'.repeat(1_000_000) }, auth);
    expect(errorsOf(oneMegabyte)).toEqual([['BAD_USER_INPUT', 'evidence', 'evidence: must be at most 2,000 characters, got 1,000,000']]);
    const history = await execute(server, db, `query History { commitment(id: "${COMMITMENT_SOJ_HUISARTSEN}") { statusHistory { seq } } }`);
    expect(history).toEqual({ data: { commitment: { statusHistory: [] } } });
  });
});
