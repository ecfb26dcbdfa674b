import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer, type GqlResult } from '../support/harness.js';
import { loadSyntheticCommitments, SYNTHETIC_MEETING, SYNTHETIC_PERSON, syntheticCommitmentId, TEST_MUNICIPALITY } from '../support/synthetic.js';

/**
 * Slim rows (src/node/projection.ts): a planned list or lookup fetches only the properties its
 * selection reads, and a slim row answers only the selection it was planned for. The same
 * nodes selected twice in one request, under aliases, in fragments and through the node loader,
 * with different fields each time, must each get every field right: every answer here is
 * checked against the same selection sent alone, in a request of its own.
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await loadSyntheticCommitments(db);
});

afterAll(() => closeTestServer(server, db));

async function run(query: string, variables: Record<string, unknown> = {}): Promise<{ result: GqlResult; cypher: string[] }> {
  const cypher: string[] = [];
  const stop = db.onQuery((q) => cypher.push(q));
  try {
    const result = await execute(server, db, query, variables);
    expect(result.errors).toBeUndefined();
    return { result, cypher };
  } finally {
    stop();
  }
}

const M = TEST_MUNICIPALITY;
const ONE = syntheticCommitmentId(7);

/** Each top-level field of the combined operation, sent alone: what the combined answer must hold. */
const PARTS: Readonly<Record<string, string>> = {
  slim: `slim: commitments(first: 5, filter: { municipality: "${M}" }) { edges { node { id madeIn { id } } } }`,
  full: `full: commitments(first: 5, filter: { municipality: "${M}" }) { totalCount edges { node { id text status kind due { text latest } confidence madeIn { id title start body { id name } } madeBy { __typename id name } } } }`,
  one: `one: commitment(id: "${ONE}") { id madeIn { id } }`,
  oneAgain: `oneAgain: node(id: "${ONE}") { id ... on Commitment { text status due { latest } madeIn { title start } } }`,
  meeting: `meeting: node(id: "${SYNTHETIC_MEETING}") { id ... on Meeting { title start date body { name } } }`,
  person: `person(id: "${SYNTHETIC_PERSON}") { id commitments(first: 3) { edges { node { id madeIn { id } } } } }`,
  personAgain: `personAgain: actor(id: "${SYNTHETIC_PERSON}") { id name ... on Person { surname givenName } }`,
  meetings: `meetings(first: 3, filter: { municipality: "${M}" }) { totalCount edges { node { id body { id } } } }`,
  meetingsFull: `meetingsFull: meetings(first: 3, filter: { municipality: "${M}" }) { edges { node { id title start date body { id name kind } evidence { quote } } } }`,
  dossiers: `dossiers(first: 4) { edges { node { id number } } }`,
  dossiersFull: `dossiersFull: dossiers(first: 4) { edges { node { id number subject summary created problems portfolioHolder { id name } documents { id title kind } } } }`,
  dossier: `dossier(number: "1873661") { id number documents { id } }`,
  dossierFull: `dossierFull: dossier(number: "1873661") { id subject created summary portfolioHolder { name } documents { kind title } }`,
  dossierById: `dossierById: dossier(id: "dossier:gm0505:1873661") { number portfolioHolder { id } }`,
};

describe('slim rows', () => {
  it('the same nodes selected twice in one request with different fields get every field right', async () => {
    const alone: Record<string, unknown> = {};
    for (const part of Object.values(PARTS)) Object.assign(alone, (await run(`{ ${part} }`)).result.data);
    // every part in one operation: the slim rows of `slim`, `one` and `person` are fetched first
    const together = await run(`{ ${Object.values(PARTS).join('\n')} }`);
    expect(together.result.data).toEqual(alone);
    // and the combined answer is not empty where it matters
    const full = (together.result.data as { full: { edges: { node: { text: string; madeIn: { title: string } } }[] } }).full;
    expect(full.edges).toHaveLength(5);
    expect(full.edges[0]?.node.text).toMatch(/^De wethouder zegt toe testpunt \d+/);
    expect(full.edges[0]?.node.madeIn.title).toBe('Commissie Test 2024-01-15 20:00');
    const dossier = (together.result.data as { dossierFull: { subject: string; documents: unknown[] }; dossierById: { number: string } | null });
    expect(dossier.dossierFull.subject).toBe('Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk');
    expect(dossier.dossierFull.documents).toHaveLength(6);
    expect(dossier.dossierById?.number).toBe('1873661');
  });

  it('aliases and fragments of one node are answered from the union of their fields', async () => {
    const query = `query Fragments($m: String!) {
      commitments(first: 4, filter: { municipality: $m }) {
        edges { node { id ...Meeting ...Text a: madeIn { id } b: madeIn { title body { name } } } }
      }
    }
    fragment Meeting on Commitment { madeIn { start } }
    fragment Text on Commitment { text due { latest } }`;
    const { result, cypher } = await run(query, { m: M });
    expect(cypher).toHaveLength(1);
    // the planned query fetched only what the selection reads: no whole commitment, meeting or body
    expect(cypher[0]).not.toContain('.*');
    expect(cypher[0]).toContain("c {.dueEarliest, .dueLatest, .dueText, .id, .municipality, .text, __label: 'Commitment'}");
    const edges = (result.data as { commitments: { edges: { node: Record<string, unknown> }[] } }).commitments.edges;
    expect(edges).toHaveLength(4);
    for (const { node } of edges) {
      const id = String(node.id);
      const { result: single } = await run(
        `query One($id: ID!) { commitment(id: $id) { id madeIn { start } text due { latest } a: madeIn { id } b: madeIn { title body { name } } } }`,
        { id },
      );
      expect({ node }).toEqual({ node: (single.data as { commitment: unknown }).commitment });
      expect(node.madeIn).toEqual({ start: '2024-01-15T20:00:00+01:00' });
      expect(node.b).toEqual({ title: 'Commissie Test 2024-01-15 20:00', body: { name: 'Commissie Test' } });
    }
  });

  it('a slim row is never handed to the loaders: the same hop read again further down the request gets whole nodes', async () => {
    // madeIn { id } of the lookup and of the page is fetched slim; each meeting's commitments come
    // through the loaders, and their madeIn (the same hop from the same commitments) must have a title
    const nested = `madeIn { id commitments { id text madeIn { title start body { name } } } }`;
    const { result } = await run(`query Nested($id: ID!, $m: String!) {
      commitment(id: $id) { id ${nested} }
      commitments(first: 3, filter: { municipality: $m }) { edges { node { id ${nested} } } }
    }`, { id: ONE, m: M });
    const { result: alone } = await run(`{ node(id: "${SYNTHETIC_MEETING}") { ... on Meeting { id commitments { id text madeIn { title start body { name } } } } } }`);
    const meeting = (alone.data as { node: { commitments: { madeIn: unknown }[] } }).node;
    expect(meeting.commitments.length).toBeGreaterThanOrEqual(60);
    for (const c of meeting.commitments) expect(c.madeIn).toEqual({ title: 'Commissie Test 2024-01-15 20:00', start: '2024-01-15T20:00:00+01:00', body: { name: 'Commissie Test' } });
    const data = result.data as { commitment: { madeIn: unknown }; commitments: { edges: { node: { madeIn: unknown } }[] } };
    expect(data.commitment.madeIn).toEqual(meeting);
    for (const { node } of data.commitments.edges) expect(node.madeIn).toEqual(meeting);
  });

  it('a slim lookup row is not handed to the node loader: node(id:) beside commitment(id:) gets the whole node', async () => {
    const { result } = await run(`{ commitment(id: "${ONE}") { id madeIn { id } } node(id: "${ONE}") { ... on Commitment { text kind confidence due { text earliest latest } } } }`);
    const { result: alone } = await run(`{ node(id: "${ONE}") { ... on Commitment { text kind confidence due { text earliest latest } } } }`);
    expect((result.data as { node: unknown }).node).toEqual((alone.data as { node: unknown }).node);
    expect((result.data as { node: { text: string } }).node.text).toBe('De wethouder zegt toe testpunt 7 uit te zoeken.');
  });
});
