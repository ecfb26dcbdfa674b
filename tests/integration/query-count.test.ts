import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import { loadSyntheticCommitments, TEST_MUNICIPALITY } from '../support/synthetic.js';

/**
 * No N+1: a page of commitments with their actor, meeting, concerned entities and evidence
 * costs the same number of Cypher queries for 5 rows as for 50 (one per field kind, batched
 * by the per-request DataLoaders).
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await loadSyntheticCommitments(db);
});

afterAll(() => closeTestServer(server, db));

const PAGE = `query CommitmentPageWithRelations($first: Int!, $municipality: String!) {
  commitments(first: $first, filter: { municipality: $municipality }) {
    edges {
      node {
        id
        text
        status
        madeBy { __typename id name }
        madeIn { id title body { name } }
        concerns { id }
        evidence { quote source { fileName } }
      }
    }
  }
}`;

async function countQueries(first: number): Promise<{ queries: string[]; edges: number }> {
  const queries: string[] = [];
  const stop = db.onQuery((query) => queries.push(query.split('\n')[0] ?? query));
  try {
    const result = await execute(server, db, PAGE, { first, municipality: TEST_MUNICIPALITY });
    expect(result.errors).toBeUndefined();
    return { queries, edges: (result.data?.commitments as { edges: unknown[] }).edges.length };
  } finally {
    stop();
  }
}

describe('query count of a commitment page', () => {
  it('is small and the same for 5 and for 50 commitments', async () => {
    const five = await countQueries(5);
    const fifty = await countQueries(50);
    expect(five.edges).toBe(5);
    expect(fifty.edges).toBe(50);
    // page, madeBy, madeIn, meeting body, concerns, evidence, sources of the passages.
    expect(fifty.queries.length).toBe(7);
    expect(five.queries.length).toBe(fifty.queries.length);
  });
});
