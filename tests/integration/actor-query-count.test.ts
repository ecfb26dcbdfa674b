import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import {
  loadSyntheticCommitments,
  RAADSLID_COUNT,
  SYNTHETIC_MEETING,
  syntheticCommitmentId,
  syntheticRaadslidId,
  syntheticRaadslidName,
  syntheticRequestId,
  syntheticRequestText,
  TEST_MUNICIPALITY,
} from '../support/synthetic.js';

/**
 * No N+1 under a list of actors: `commitments` and `requests` of every actor of a page are
 * fetched by one batched query each (and one batched count), so 20 actors cost what 5 cost.
 * The synthetic council members of GM9999 (tests/support/synthetic.ts) each made a few
 * commitments and raised a few questions.
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await loadSyntheticCommitments(db);
});

afterAll(() => closeTestServer(server, db));

const MEMBERS_WITH_COMMITMENTS = `query MembersWithCommitments($first: Int!, $municipality: String!) {
  persons(first: $first, filter: { municipality: $municipality, text: "raadslid proef" }) {
    edges {
      node {
        id
        commitments(first: 5) { totalCount edges { node { text madeIn { title } } } }
      }
    }
  }
}`;

interface Counted {
  readonly queries: string[];
  readonly data: Record<string, unknown> | null | undefined;
}

/** Runs one operation and records the first line (the comment naming it) of every Cypher query sent. */
async function counted(query: string, variables: Record<string, unknown>): Promise<Counted> {
  const queries: string[] = [];
  const stop = db.onQuery((q) => queries.push(q.split('\n')[0] ?? q));
  try {
    const result = await execute(server, db, query, variables);
    expect(result.errors).toBeUndefined();
    return { queries, data: result.data };
  } finally {
    stop();
  }
}

type MemberPage = { persons: { edges: { node: { id: string; commitments: { totalCount: number; edges: unknown[] } } }[] } };

describe('query count of actors with their commitments', () => {
  it('is small and the same for 5 and for 20 actors', async () => {
    const five = await counted(MEMBERS_WITH_COMMITMENTS, { first: 5, municipality: TEST_MUNICIPALITY });
    const twenty = await counted(MEMBERS_WITH_COMMITMENTS, { first: 20, municipality: TEST_MUNICIPALITY });
    const actors = (c: Counted) => (c.data as MemberPage).persons.edges;
    expect(actors(five)).toHaveLength(5);
    expect(actors(twenty)).toHaveLength(20);
    // Each of the 20 got its own count (committerOf: member 01 made 7, members 02-20 two each).
    expect(actors(twenty).map((e) => [e.node.id, e.node.commitments.totalCount, e.node.commitments.edges.length])).toEqual(
      Array.from({ length: 20 }, (_, k) => [syntheticRaadslidId(k + 1), k === 0 ? 7 : 2, k === 0 ? 5 : 2]),
    );
    // persons page; one query for the commitment pages of all actors with their counts and
    // meetings (planned from the selection: src/commitment/commitment-plan.ts).
    expect(twenty.queries).toHaveLength(2);
    expect(five.queries).toEqual(twenty.queries);
  });

  it('stays small with requests and with two argument sets of one field', async () => {
    const result = await counted(
      `query MembersWithEverything($municipality: String!) {
        persons(first: 20, filter: { municipality: $municipality, text: "raadslid proef" }) {
          edges {
            node {
              soon: commitments(first: 2, orderBy: DUE_ASC) { totalCount edges { node { id } } }
              late: commitments(first: 2, orderBy: DUE_DESC) { edges { node { id } } }
              requests(first: 3) { totalCount edges { node { text } } }
            }
          }
        }
      }`,
      { municipality: TEST_MUNICIPALITY },
    );
    // persons page; two commitment page queries (one per argument set; the first with its
    // count, planned); one request page and one count.
    expect(result.queries).toHaveLength(5);
  });
});

describe('commitments and requests of a list of actors', () => {
  const commitment = (i: number) => ({ node: { id: syntheticCommitmentId(i), text: `De wethouder zegt toe testpunt ${i} uit te zoeken.`, madeIn: { id: SYNTHETIC_MEETING } } });
  const request = (k: number, j: number) => ({ node: { id: syntheticRequestId(k, j), text: syntheticRequestText(k, j), date: `2024-01-${10 + j}` } });

  it('gives each actor its own first page, count and next-page flag', async () => {
    const result = await execute(
      server,
      db,
      `query TwoMembers($municipality: String!) {
        persons(first: 2, filter: { municipality: $municipality, text: "raadslid proef" }) {
          edges {
            node {
              id
              name
              commitments(first: 5) { totalCount edges { node { id text madeIn { id } } } pageInfo { hasNextPage } }
              requests(first: 1) { totalCount edges { node { id text date } } pageInfo { hasNextPage } }
            }
          }
        }
      }`,
      { municipality: TEST_MUNICIPALITY },
    );
    expect(result).toEqual({
      data: {
        persons: {
          edges: [
            {
              node: {
                id: syntheticRaadslidId(1),
                name: syntheticRaadslidName(1),
                // Member 01 made 1-7, due in months 1-7 of 2030: DUE_ASC gives 1-5, then more.
                commitments: { totalCount: 7, edges: [1, 2, 3, 4, 5].map(commitment), pageInfo: { hasNextPage: true } },
                requests: { totalCount: 1, edges: [request(1, 1)], pageInfo: { hasNextPage: false } },
              },
            },
            {
              node: {
                id: syntheticRaadslidId(2),
                name: syntheticRaadslidName(2),
                commitments: { totalCount: 2, edges: [8, 9].map(commitment), pageInfo: { hasNextPage: false } },
                // Newest first.
                requests: { totalCount: 2, edges: [request(2, 2)], pageInfo: { hasNextPage: true } },
              },
            },
          ],
        },
      },
    });
  });

  it('gives an actor without any an empty page, next to actors with some', async () => {
    const result = await execute(
      server,
      db,
      `query LastMembers($municipality: String!, $after: String) {
        persons(first: 2, after: $after, filter: { municipality: $municipality, text: "raadslid proef" }) {
          edges { node { id commitments(first: 5) { totalCount edges { node { id } } } requests { totalCount } } }
        }
      }`,
      { municipality: TEST_MUNICIPALITY, after: await memberCursor(RAADSLID_COUNT - 2) },
    );
    expect(result).toEqual({
      data: {
        persons: {
          edges: [
            // Member 22 made 29 and 49 (due in months 5 and 1); member 23 made none and asked 3 questions.
            { node: { id: syntheticRaadslidId(22), commitments: { totalCount: 2, edges: [{ node: { id: syntheticCommitmentId(49) } }, { node: { id: syntheticCommitmentId(29) } }] }, requests: { totalCount: 2 } } },
            { node: { id: syntheticRaadslidId(23), commitments: { totalCount: 0, edges: [] }, requests: { totalCount: 3 } } },
          ],
        },
      },
    });
  });

  it('pages one actor with the cursor its list gave, as Query.commitments does', async () => {
    const page = `query MemberPage($id: ID!, $after: String) {
      person(id: $id) { commitments(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
      commitments(first: 3, after: $after, filter: { madeBy: $id }) { edges { node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const first = await execute(server, db, page, { id: syntheticRaadslidId(1) });
    const person = first.data?.person as { commitments: { pageInfo: { endCursor: string } } };
    expect(person.commitments).toEqual(first.data?.commitments);
    const second = await execute(server, db, page, { id: syntheticRaadslidId(1), after: person.commitments.pageInfo.endCursor });
    expect(second).toEqual({
      data: {
        person: { commitments: { edges: [4, 5, 6].map((i) => ({ node: { id: syntheticCommitmentId(i) } })), pageInfo: { hasNextPage: true, endCursor: expect.any(String) } } },
        commitments: { edges: [4, 5, 6].map((i) => ({ node: { id: syntheticCommitmentId(i) } })), pageInfo: { hasNextPage: true, endCursor: expect.any(String) } },
      },
    });
  });

  it('answers every actor of the seeds as Query.commitments and Query.requests answer for that actor', async () => {
    const ARGS = [
      { order: 'DUE_ASC', first: 2, c: {}, r: {} },
      { order: 'DATE_DESC', first: 5, c: { status: 'OVERDUE' }, r: { kind: 'QUESTION' } },
      { order: 'DUE_DESC', first: 1, c: { municipality: 'GM0505', text: 'wethouder' }, r: { municipality: 'GM0505', from: '2017-03-20' } },
    ];
    const list = `query ActorsWithArgs($c: CommitmentFilter, $order: CommitmentOrder, $first: Int, $r: RequestFilter) {
      persons(first: 100) { edges { node { id ...Lists } } }
      fracties(first: 100) { edges { node { id ...Lists } } }
      bodies(first: 100) { edges { node { id ...Lists } } }
    }
    fragment Lists on Actor {
      commitments(filter: $c, orderBy: $order, first: $first) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
      requests(filter: $r, first: $first) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
    }`;
    const one = `query OneActor($c: CommitmentFilter, $order: CommitmentOrder, $first: Int, $r: RequestFilter) {
      commitments(filter: $c, orderBy: $order, first: $first) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
      requests(filter: $r, first: $first) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
    }`;
    type Lists = { id: string; commitments: unknown; requests: unknown };
    const membersOneToNineteen = new Set(Array.from({ length: 19 }, (_, k) => syntheticRaadslidId(k + 1)));
    for (const vars of ARGS) {
      const result = await execute(server, db, list, vars);
      expect(result.errors).toBeUndefined();
      const actors = ['persons', 'fracties', 'bodies'].flatMap((field) => (result.data?.[field] as { edges: { node: Lists }[] }).edges.map((e) => e.node));
      expect(actors.length).toBeGreaterThan(RAADSLID_COUNT);
      // Every seed actor, the wethouder and the last members (members 1-19 differ only in data).
      const compared = actors.filter((a) => !membersOneToNineteen.has(a.id));
      const singles = [];
      for (const actor of compared) {
        const single = await execute(server, db, one, { ...vars, c: { ...vars.c, madeBy: actor.id }, r: { ...vars.r, raisedBy: actor.id } });
        singles.push({ id: actor.id, ...single.data });
      }
      expect(singles).toEqual(compared);
    }
  });
});

/** The cursor of council member k in the name-ordered list of members. */
async function memberCursor(k: number): Promise<string> {
  const result = await execute(server, db, 'query MemberCursor($first: Int!, $municipality: String!) { persons(first: $first, filter: { municipality: $municipality, text: "raadslid proef" }) { pageInfo { endCursor } } }', {
    first: k,
    municipality: TEST_MUNICIPALITY,
  });
  return (result.data?.persons as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
}
