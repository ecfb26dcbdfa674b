import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { COMMISSIE_SL, COMMITMENT_MONITORING, COMMITMENT_OPDRACHT_WIJKTEAM, COMMITMENT_SOJ, COMMITMENT_VOOR_DE_ZOMER, GEMEENTERAAD, HUISARTSEN, JEUGDTEAMS, MEETING_2017_03_14, SOCIALE_WIJKTEAMS, SOJ } from '../support/domain-ids.js';
import { closeTestServer, execute, openTestServer, TEST_EDITOR_KEY, TEST_READER_KEY } from '../support/harness.js';
import { DOSSIER_1873661, LAMBRECHTS } from '../support/known-ids.js';
import { loadSyntheticCommitments, syntheticCommitmentId, TEST_MUNICIPALITY } from '../support/synthetic.js';

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await loadSyntheticCommitments(db);
});

afterAll(() => closeTestServer(server, db));

const COMMITMENT_FIELDS = /* GraphQL */ `
  fragment CommitmentFields on Commitment {
    id
    text
    kind
    status
    due { text earliest latest }
    date
    madeBy { __typename id name }
    madeIn { id title }
    promisedTo { id name }
    concerns { id }
    dossier { id }
  }
`;

const MONITORING = {
  id: COMMITMENT_MONITORING,
  text: 'De wethouder zegt toe om de voortgang te monitoren van de doelen en uitgangspunten van de sociale wijkteams en de raad hier na de zomer over te informeren.',
  kind: 'EXPLICIT',
  status: 'OVERDUE',
  due: { text: 'na de zomer', earliest: '2017-09-01', latest: '2017-12-31' },
  date: '2017-03-14',
  madeBy: { __typename: 'Person', id: LAMBRECHTS, name: 'Karin Lambrechts' },
  madeIn: { id: MEETING_2017_03_14, title: 'Commissie Sociale Leefomgeving 2017-03-14 20:15' },
  promisedTo: { id: GEMEENTERAAD, name: 'Gemeenteraad' },
  concerns: [{ id: SOCIALE_WIJKTEAMS }],
  dossier: { id: DOSSIER_1873661 },
};

const SOJ_COMMITMENT = {
  id: COMMITMENT_SOJ,
  text: 'De wethouder zegt toe bij de SOJ te informeren over doorverwijzingsgegevens van huisartsen naar de jeugdteams.',
  kind: 'EXPLICIT',
  status: 'OPEN',
  due: null,
  date: '2017-03-14',
  madeBy: { __typename: 'Person', id: LAMBRECHTS, name: 'Karin Lambrechts' },
  madeIn: { id: MEETING_2017_03_14, title: 'Commissie Sociale Leefomgeving 2017-03-14 20:15' },
  promisedTo: { id: COMMISSIE_SL, name: 'Commissie Sociale Leefomgeving' },
  concerns: [{ id: HUISARTSEN }, { id: JEUGDTEAMS }, { id: SOJ }],
  dossier: { id: DOSSIER_1873661 },
};

describe('commitments of wethouder Lambrechts', () => {
  it('lists both of her commitments, the dated one first, with due window and derived status', async () => {
    const result = await execute(
      server,
      db,
      `query LambrechtsCommitments($id: ID!) {
        person(id: $id) {
          name
          commitments(orderBy: DUE_ASC) { totalCount edges { node { ...CommitmentFields } } }
        }
      }
      ${COMMITMENT_FIELDS}`,
      { id: LAMBRECHTS },
    );
    expect(result).toEqual({
      data: { person: { name: 'Karin Lambrechts', commitments: { totalCount: 2, edges: [{ node: MONITORING }, { node: SOJ_COMMITMENT }] } } },
    });
  });

  it('narrows to a due window: due in the second half of 2017', async () => {
    const result = await execute(
      server,
      db,
      `query LambrechtsDue2017($id: ID!) {
        commitments(filter: { madeBy: $id, dueAfter: "2017-07-01", dueBefore: "2017-12-31" }) { totalCount edges { node { id status due { text latest } } } }
      }`,
      { id: LAMBRECHTS },
    );
    expect(result).toEqual({
      data: { commitments: { totalCount: 1, edges: [{ node: { id: COMMITMENT_MONITORING, status: 'OVERDUE', due: { text: 'na de zomer', latest: '2017-12-31' } } }] } },
    });
  });

  it('finds her open (not overdue) commitments by status and text', async () => {
    const result = await execute(
      server,
      db,
      `query LambrechtsOpen($id: ID!) {
        open: commitments(filter: { madeBy: $id, status: OPEN }) { totalCount edges { node { id } } }
        text: commitments(filter: { madeBy: $id, text: "DOORVERWIJZINGSGEGEVENS" }) { totalCount edges { node { id } } }
      }`,
      { id: LAMBRECHTS },
    );
    expect(result).toEqual({
      data: {
        open: { totalCount: 1, edges: [{ node: { id: COMMITMENT_SOJ } }] },
        text: { totalCount: 1, edges: [{ node: { id: COMMITMENT_SOJ } }] },
      },
    });
  });
});

describe('overdue commitments', () => {
  it("lists Dordrecht's commitments past their due window, soonest deadline first", async () => {
    const result = await execute(
      server,
      db,
      `query Overdue {
        commitments(filter: { municipality: "GM0505", status: OVERDUE }, orderBy: DUE_ASC) {
          totalCount
          edges { node { id status due { text earliest latest } madeBy { __typename id } } }
        }
      }`,
    );
    expect(result).toEqual({
      data: {
        commitments: {
          totalCount: 2,
          edges: [
            { node: { id: COMMITMENT_MONITORING, status: 'OVERDUE', due: { text: 'na de zomer', earliest: '2017-09-01', latest: '2017-12-31' }, madeBy: { __typename: 'Person', id: LAMBRECHTS } } },
            {
              node: {
                id: COMMITMENT_VOOR_DE_ZOMER,
                status: 'OVERDUE',
                due: { text: 'voor de zomer', earliest: '2020-04-08', latest: '2020-07-15' },
                madeBy: { __typename: 'Body', id: 'body:gm0505:college-van-b-en-w' },
              },
            },
          ],
        },
      },
    });
  });

  it('filters by dossier, meeting and concerned organisation', async () => {
    const result = await execute(
      server,
      db,
      `query ByRelations($dossier: ID!, $meeting: ID!, $org: ID!) {
        inDossier: commitments(filter: { dossier: $dossier }) { totalCount }
        inMeeting: commitments(filter: { meeting: $meeting }, orderBy: DATE_DESC) { totalCount edges { node { id } } }
        aboutWijkteams: commitments(filter: { concerns: $org }, orderBy: DUE_DESC) { edges { node { id } } }
      }`,
      { dossier: DOSSIER_1873661, meeting: MEETING_2017_03_14, org: SOCIALE_WIJKTEAMS },
    );
    expect(result).toEqual({
      data: {
        inDossier: { totalCount: 2 },
        inMeeting: { totalCount: 2, edges: [{ node: { id: COMMITMENT_SOJ } }, { node: { id: COMMITMENT_MONITORING } }] },
        aboutWijkteams: { edges: [{ node: { id: COMMITMENT_VOOR_DE_ZOMER } }, { node: { id: COMMITMENT_MONITORING } }, { node: { id: COMMITMENT_OPDRACHT_WIJKTEAM } }] },
      },
    });
  });
});

describe('paging through commitments', () => {
  const PAGE = `query CommitmentPage($after: String) {
    commitments(filter: { municipality: "${TEST_MUNICIPALITY}" }, orderBy: DUE_ASC, first: 25, after: $after) {
      totalCount
      edges { node { id due { latest } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  it('walks two pages with the end cursor, in deadline order, without repeats', async () => {
    const first = await execute(server, db, PAGE);
    const page1 = (first.data?.commitments ?? null) as { totalCount: number; edges: { node: { id: string; due: { latest: string } } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } };
    expect(first.errors).toBeUndefined();
    expect(page1.totalCount).toBe(60);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await execute(server, db, PAGE, { after: page1.pageInfo.endCursor });
    const page2 = (second.data?.commitments ?? null) as typeof page1;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    // The synthetic commitments are due on the 28th of month (i-1) % 12 + 1 of 2030; DUE_ASC then id.
    const expected = Array.from({ length: 60 }, (_, k) => k + 1)
      .map((i) => ({ id: syntheticCommitmentId(i), latest: `2030-${String(((i - 1) % 12) + 1).padStart(2, '0')}-28` }))
      .sort((a, b) => a.latest.localeCompare(b.latest) || a.id.localeCompare(b.id));
    const seen = [...page1.edges, ...page2.edges].map((e) => ({ id: e.node.id, latest: e.node.due.latest }));
    expect(seen).toEqual(expected.slice(0, 50));
  });

  it('refuses a cursor of another ordering, naming `after`', async () => {
    const first = await execute(server, db, PAGE);
    const cursor = (first.data?.commitments as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const result = await execute(server, db, 'query OtherOrder($after: String) { commitments(orderBy: DATE_DESC, after: $after) { totalCount } }', { after: cursor });
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('refuses more than 100 per page, naming `first`', async () => {
    const result = await execute(server, db, 'query TooMany { commitments(first: 101) { totalCount } }');
    expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([['first: must be at most 100', 'BAD_USER_INPUT', 'first']]);
  });
});

describe('setCommitmentStatus', () => {
  const target = syntheticCommitmentId(7);
  const SET = `mutation SetStatus($id: ID!, $status: CommitmentStatus!) {
    setCommitmentStatus(id: $id, status: $status, note: "Raadsinformatiebrief verstuurd", evidence: "RIB 2024-123") {
      id status statusHistory { status note evidence changedBy changedAt }
    }
  }`;
  const STATUS = 'query Status($id: ID!) { commitment(id: $id) { status statusHistory { status } } }';

  it('refuses a caller without a key (UNAUTHENTICATED) and changes nothing', async () => {
    const result = await execute(server, db, SET, { id: target, status: 'FULFILLED' });
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await execute(server, db, STATUS, { id: target })).toEqual({ data: { commitment: { status: 'OPEN', statusHistory: [] } } });
  });

  it('refuses an unknown key (UNAUTHENTICATED) and a reader key (FORBIDDEN), changing nothing', async () => {
    const unknown = await execute(server, db, SET, { id: target, status: 'FULFILLED' }, { authorization: 'Bearer not-a-key' });
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const reader = await execute(server, db, SET, { id: target, status: 'FULFILLED' }, { authorization: `Bearer ${TEST_READER_KEY}` });
    expect(reader.data).toBeNull();
    expect(reader.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await execute(server, db, STATUS, { id: target })).toEqual({ data: { commitment: { status: 'OPEN', statusHistory: [] } } });
  });

  it('refuses OVERDUE (naming `status`) and an unknown id (naming `id`)', async () => {
    const auth = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
    const overdue = await execute(server, db, SET, { id: target, status: 'OVERDUE' }, auth);
    expect(overdue.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'status']]);
    const unknown = await execute(server, db, SET, { id: 'commitment:gm9999:none', status: 'FULFILLED' }, auth);
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'id']]);
    expect(await execute(server, db, STATUS, { id: target })).toEqual({ data: { commitment: { status: 'OPEN', statusHistory: [] } } });
  });

  it('records an editor\'s change with who and when, and the list filters see it', async () => {
    const before = Date.now();
    const result = await execute(server, db, SET, { id: target, status: 'FULFILLED' }, { authorization: `Bearer ${TEST_EDITOR_KEY}` });
    expect(result.errors).toBeUndefined();
    const changed = result.data?.setCommitmentStatus as { statusHistory: { changedBy: string; changedAt: string }[] };
    expect(changed).toEqual({
      id: target,
      status: 'FULFILLED',
      statusHistory: [{ status: 'FULFILLED', note: 'Raadsinformatiebrief verstuurd', evidence: 'RIB 2024-123', changedBy: expect.stringMatching(/^editor:[0-9a-f]{8}$/), changedAt: expect.any(String) }],
    });
    const changedAt = changed.statusHistory[0]?.changedAt ?? '';
    expect(changedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    const at = Date.parse(changedAt);
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());

    const fulfilled = await execute(server, db, `query Fulfilled { commitments(filter: { municipality: "${TEST_MUNICIPALITY}", status: FULFILLED }) { totalCount edges { node { id } } } }`);
    expect(fulfilled).toEqual({ data: { commitments: { totalCount: 1, edges: [{ node: { id: target } }] } } });

    // Put it back, so that the test can run again on the same database; history keeps both.
    const back = await execute(server, db, SET, { id: target, status: 'OPEN' }, { authorization: `Bearer ${TEST_EDITOR_KEY}` });
    expect((back.data?.setCommitmentStatus as { status: string; statusHistory: { status: string }[] }).statusHistory.map((s) => s.status)).toEqual(['FULFILLED', 'OPEN']);
  });
});
