import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import {
  COMMITMENT_COUNT,
  committerOf,
  loadSyntheticCommitments,
  SYNTHETIC_BODY,
  SYNTHETIC_MEETING,
  SYNTHETIC_ORGANISATION,
  SYNTHETIC_PERSON,
  syntheticCommitmentId,
  syntheticRaadslidId,
  syntheticRaadslidName,
  TEST_MUNICIPALITY,
} from '../support/synthetic.js';

/**
 * One round trip: a page of commitments with their actor, meeting (and its body), concerned
 * entities, evidence (and its sources) and totalCount is one Cypher query, planned from the
 * operation's selection (src/commitment/commitment-plan.ts), for 5 rows as for 50, and the
 * answer is the one the per-request loaders give.
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await loadSyntheticCommitments(db);
});

afterAll(() => closeTestServer(server, db));

const COMMITMENT_FIELDS = `
        id
        text
        status
        madeBy { __typename id name }
        madeIn { id title body { name } }
        concerns { id }
        evidence { quote source { fileName } }`;

const PAGE = `query CommitmentPageWithRelations($first: Int!, $after: String, $municipality: String!) {
  commitments(first: $first, after: $after, filter: { municipality: $municipality }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {${COMMITMENT_FIELDS}
      }
    }
  }
}`;

interface Counted {
  readonly queries: string[];
  readonly data: Record<string, unknown> | null | undefined;
}

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

/** The synthetic commitments in the list's order (DUE_ASC: due month, then id). */
const dueOrder = Array.from({ length: COMMITMENT_COUNT }, (_, k) => k + 1).sort((a, b) => ((a - 1) % 12) - ((b - 1) % 12) || a - b);

const nameOf = (actor: string) => (actor === SYNTHETIC_PERSON ? 'Tessa Tester' : syntheticRaadslidName(Number(actor.slice(-2))));

/** Commitment i as the page shows it (tests/support/synthetic.ts says what it holds). */
function expectedNode(i: number) {
  const text = `De wethouder zegt toe testpunt ${i} uit te zoeken.`;
  return {
    id: syntheticCommitmentId(i),
    text,
    status: 'OPEN',
    madeBy: { __typename: 'Person', id: committerOf(i), name: nameOf(committerOf(i)) },
    madeIn: { id: SYNTHETIC_MEETING, title: 'Commissie Test 2024-01-15 20:00', body: { name: 'Commissie Test' } },
    concerns: [{ id: SYNTHETIC_ORGANISATION }],
    evidence: [{ quote: text, source: { fileName: 'synthetic-commitments.txt' } }],
  };
}

type Page = { commitments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: unknown }[] } };

describe('query count of a commitment page', () => {
  it('is one query for 5 and for 50 commitments with madeBy, madeIn, concerns, evidence and totalCount', async () => {
    const five = await counted(PAGE, { first: 5, municipality: TEST_MUNICIPALITY });
    const fifty = await counted(PAGE, { first: 50, municipality: TEST_MUNICIPALITY });
    expect(five.queries).toHaveLength(1);
    expect(fifty.queries).toHaveLength(1);
    for (const [c, n] of [[five, 5], [fifty, 50]] as const) {
      const page = (c.data as Page).commitments;
      expect(page.totalCount).toBe(COMMITMENT_COUNT);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.edges.map((e) => e.node)).toEqual(dueOrder.slice(0, n).map(expectedNode));
    }
  });

  it('is one query for the next page too, which continues where the first ended', async () => {
    const first = await counted(PAGE, { first: 50, municipality: TEST_MUNICIPALITY });
    const after = (first.data as Page).commitments.pageInfo.endCursor;
    const next = await counted(PAGE, { first: 50, after, municipality: TEST_MUNICIPALITY });
    expect(next.queries).toHaveLength(1);
    const page = (next.data as Page).commitments;
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.totalCount).toBe(COMMITMENT_COUNT);
    expect(page.edges.map((e) => e.node)).toEqual(dueOrder.slice(50).map(expectedNode));
  });

  it('answers as the loaders do: each commitment of a planned page as Query.commitment gives it', async () => {
    const fields = `${COMMITMENT_FIELDS}
        promisedTo { id }
        dossier { id }
        fulfilledBy { id }`;
    const planned = await counted(
      `query PlannedCommitmentsOfOne($actor: ID!) {
        person(id: $actor) { commitments(first: 20) { totalCount edges { node {${fields} } } } }
      }`,
      { actor: SYNTHETIC_PERSON },
    );
    // one query for the person, its page, the page's count and every planned field (src/actor/actor-lookup.ts).
    expect(planned.queries).toHaveLength(1);
    const page = (planned.data as { person: { commitments: { totalCount: number; edges: { node: { id: string; promisedTo: unknown } }[] } } }).person.commitments;
    expect(page.totalCount).toBe(11);
    expect(page.edges).toHaveLength(11);
    expect(page.edges[0]?.node.promisedTo).toEqual({ id: SYNTHETIC_BODY });
    for (const [i, { node }] of page.edges.entries()) {
      // commitment(id:) is planned too (one query); node(id:) goes through the loaders, field by field (checked on a few).
      const single = await counted(`query PlannedCommitment($id: ID!) { commitment(id: $id) {${fields} } }`, { id: node.id });
      expect(single.queries).toHaveLength(1);
      expect(single.data).toEqual({ commitment: node });
      if (i % 4 !== 0) continue;
      const loaded = await execute(server, db, `query LoadedCommitment($id: ID!) { node(id: $id) { ... on Commitment {${fields} } } }`, { id: node.id });
      expect(loaded).toEqual({ data: { node } });
    }
  });

  it('sends a relationship field the plan does not cover to the loaders, batched', async () => {
    const c = await counted(
      `query CommitmentsWithTheirActorsCommitments($municipality: String!) {
        commitments(first: 10, filter: { municipality: $municipality }) {
          edges { node { id madeBy { ... on Person { commitments(first: 1) { totalCount } } } } }
        }
      }`,
      { municipality: TEST_MUNICIPALITY },
    );
    // the page with madeBy; one query for the actors' commitment pages with their counts.
    expect(c.queries).toHaveLength(2);
    const first = (c.data as { commitments: { edges: { node: { id: string; madeBy: { commitments: { totalCount: number } } } }[] } }).commitments.edges[0];
    expect(first?.node.id).toBe(syntheticCommitmentId(1));
    expect(first?.node.madeBy.commitments.totalCount).toBe(7);
    expect(committerOf(1)).toBe(syntheticRaadslidId(1));
  });

  it('is one query for a dossier by number with its portfolio holder, documents, officials and evidence, answered as by id', async () => {
    const fields = 'id subject created portfolioHolder { name } officials { role person { name } } documents { kind title } evidence { quote source { fileName } }';
    const byNumber = await counted(`query DossierByNumberInOneTrip($number: String!) { dossier(number: $number) { ${fields} } }`, { number: '1873661' });
    expect(byNumber.queries).toHaveLength(1);
    const dossier = byNumber.data?.dossier as { id: string; documents: unknown[] };
    expect(dossier.documents).toHaveLength(6);
    // By id: planned the same way, one query (src/node/lookup.ts).
    const byId = await counted(`query DossierByIdInOneTrip($id: ID!) { dossier(id: $id) { ${fields} } }`, { id: dossier.id });
    expect(byId.queries).toHaveLength(1);
    expect(byId.data).toEqual(byNumber.data);
    // Through node(id:): the node loader, then one loader query per field (the path no plan takes), the same answer.
    const loaded = await counted(`query DossierThroughLoaders($id: ID!) { node(id: $id) { ... on Dossier { ${fields} } } }`, { id: dossier.id });
    expect(loaded.queries.length).toBeGreaterThan(1);
    expect(loaded.data).toEqual({ node: byNumber.data?.dossier });
  });
  it('is one query for a page of meetings with its count and bodies, answered as the page, the count and the loaders answer apart', async () => {
    const planned = await counted(
      `query MeetingsInOneTrip($m: String!) { meetings(filter: { municipality: $m }, first: 3) { totalCount edges { node { id title body { id name } } } } }`,
      { m: TEST_MUNICIPALITY },
    );
    expect(planned.queries).toHaveLength(1);
    const meetings = (planned.data as { meetings: { totalCount: number; edges: { node: { id: string } }[] } }).meetings;
    expect(meetings.edges.length).toBeGreaterThan(0);
    const ids = await execute(server, db, `query MeetingIds($m: String!) { meetings(filter: { municipality: $m }, first: 3) { edges { node { id } } } }`, { m: TEST_MUNICIPALITY });
    expect(ids.data).toEqual({ meetings: { edges: meetings.edges.map((e) => ({ node: { id: e.node.id } })) } });
    const count = await execute(server, db, `query MeetingCount($m: String!) { meetings(filter: { municipality: $m }, first: 0) { totalCount } }`, { m: TEST_MUNICIPALITY });
    expect(count.data).toEqual({ meetings: { totalCount: meetings.totalCount } });
    for (const { node } of meetings.edges) {
      const loaded = await execute(server, db, `query LoadedMeeting($id: ID!) { node(id: $id) { ... on Meeting { id title body { id name } } } }`, { id: node.id });
      expect(loaded).toEqual({ data: { node } });
    }
  });
});
