import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { QueryPrecheck } from '../../src/http/precheck.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/http/query-limits.js';
import { typeDefs } from '../../src/schema.js';
import { listen, type Listening } from '../../src/server.js';
import { aliasQuery, deepQuery, doublingQuery, fragmentChain } from '../support/abuse.js';
import { connectTestDatabase, createTestServer, execute, testLogger } from '../support/harness.js';

/**
 * Issue 8, refusals in under 100 ms under load: a query over a text limit (tokens, depth,
 * aliases, directives) is refused in the Express layer, before Apollo and its admission line,
 * with the body Apollo would give, and from a cache of verdicts per query text the second time.
 */

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

let db: Database;
let server: ApolloServer<Context>;
let http: Listening;
let origin: string;

async function post(query: string, accept = GRAPHQL_RESPONSE): Promise<{ status: number; type: string; body: Body }> {
  const response = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Body };
}

/** How many operations Apollo has seen (its metrics plugin times each one it runs or refuses). */
async function apolloOperations(): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  return [...text.matchAll(/^raadsgraaf_graphql_operation_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

beforeAll(async () => {
  db = connectTestDatabase();
  server = createTestServer(db);
  http = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000, bodyLimitBytes: 1_000_000 }, 0, '127.0.0.1');
  origin = new URL(http.url).origin;
  await apiAnswers();
});
afterAll(async () => {
  await http.stop();
  await server.stop();
  await db.close();
});

async function apiAnswers(): Promise<void> {
  const { body } = await post('{ commitments(first: 1) { totalCount } }');
  expect(body.errors).toBeUndefined();
}

const ABUSIVE: readonly (readonly [string, string])[] = [
  ['the doubling query', doublingQuery()],
  ['1,000 aliases', aliasQuery(1000)],
  ['16 aliases', aliasQuery(16)],
  ['depth 401', deepQuery(401)],
  ['depth 9', deepQuery(9)],
  ['a chain of 5,000 fragments', fragmentChain(5000)],
];

describe('the pre-check in front of Apollo', () => {
  it.each(ABUSIVE)('refuses %s with the body Apollo would give, without Apollo seeing it', async (_name, query) => {
    const apollo = await execute(server, db, query);
    expect(apollo.errors?.length).toBeGreaterThan(0);
    expect(apollo.errors?.every((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);

    const before = await apolloOperations();
    const first = await post(query);
    const again = await post(query);
    const legacy = await post(query, 'application/json');
    expect(await apolloOperations()).toBe(before);

    expect(first).toEqual({ status: 400, type: 'application/graphql-response+json; charset=utf-8', body: { errors: apollo.errors } });
    expect(again).toEqual(first);
    // GraphQL over HTTP: a client that accepts only application/json gets request errors with 200
    expect(legacy).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { errors: apollo.errors } });
  });

  it('refuses on GET too', async () => {
    const response = await fetch(`${http.url}?query=${encodeURIComponent(aliasQuery(16))}`, { headers: { accept: GRAPHQL_RESPONSE } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([['QUERY_TOO_COMPLEX', 'maxAliases']]);
  });

  it('lets an ordinary query and a syntax error through to Apollo, which answers them', async () => {
    const before = await apolloOperations();
    const ordinary = await post('{ commitments(filter: { municipality: "GM0505" }) { totalCount } }');
    const broken = await post('{ commitments { ');
    expect(ordinary).toEqual({ status: 200, type: 'application/graphql-response+json; charset=utf-8', body: { data: { commitments: { totalCount: 4 } } } });
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(await apolloOperations()).toBe(before + 2);
  });
});

describe('QueryPrecheck', () => {
  it('computes a verdict once per query text and answers the same text from its cache', () => {
    const precheck = new QueryPrecheck(buildSchema(typeDefs()), DEFAULT_QUERY_LIMITS);
    const refused = precheck.verdict(doublingQuery());
    expect(refused.refused).toBe(true);
    expect(precheck.verdict(doublingQuery())).toBe(refused);
    expect(precheck.verdict('{ commitments { totalCount } }')).toEqual({ refused: false });
    expect(precheck.stats).toEqual({ cached: 1, computed: 2 });
  });

  it('keeps at most its budget of query text, forgetting the least recently used', () => {
    const precheck = new QueryPrecheck(buildSchema(typeDefs()), DEFAULT_QUERY_LIMITS, { cacheChars: 2 * aliasQuery(1000).length });
    for (let i = 0; i < 5; i++) precheck.verdict(`${aliasQuery(1000)}${' '.repeat(i)}`);
    precheck.verdict(`${aliasQuery(1000)}${' '.repeat(4)}`);
    precheck.verdict(aliasQuery(1000));
    expect(precheck.stats).toEqual({ cached: 1, computed: 6 });
  });
});
