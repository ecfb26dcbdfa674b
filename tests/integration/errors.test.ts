import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { createContext, type Context } from '../../src/context.js';
import { Database } from '../../src/db/database.js';
import { createServer } from '../../src/server.js';
import { connectTestDatabase, createTestServer, execute, type GqlResult } from '../support/harness.js';
import { LAMBRECHTS } from '../support/known-ids.js';

/**
 * The error contract (DESIGN §4): a database that cannot be reached is SERVICE_UNAVAILABLE,
 * soon; an unexpected error is masked as INTERNAL_SERVER_ERROR and logged once; a bad argument
 * is BAD_USER_INPUT naming the argument. No response carries a stack trace or the cause.
 */

/** A pino logger writing JSON lines into an array the test reads. */
function capturingLogger(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

async function run(server: ApolloServer<Context>, db: Database, logger: pino.Logger, query: string): Promise<GqlResult> {
  const response = await server.executeOperation({ query }, { contextValue: createContext(db, logger) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) })) as GqlResult;
}

/** A loopback port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const COMMITMENTS = /* GraphQL */ `
  query FirstCommitments {
    commitments(first: 2) { totalCount edges { node { id } } }
  }
`;

describe('when the database cannot be reached', () => {
  const CONNECT_TIMEOUT_MS = 2_000;
  let db: Database;
  let server: ApolloServer<Context>;
  const log = capturingLogger();

  beforeAll(async () => {
    db = Database.create({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
      // A transaction timeout far above the connect timeout: the request must still give up
      // after about the connect timeout, not after the transaction's.
      txTimeoutMs: 30_000,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
    });
    server = createServer({ db, logger: log.logger });
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('answers SERVICE_UNAVAILABLE without a stack trace, within about the connect timeout', async () => {
    const started = performance.now();
    const result = await run(server, db, log.logger, COMMITMENTS);
    const elapsed = performance.now() - started;

    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: 'The database is not available right now; try again later.',
          locations: [{ line: 3, column: 5 }],
          path: ['commitments'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/stacktrace|exception|ECONNREFUSED|127\.0\.0\.1/i);
    // The driver retries with a backoff of about 1 s, 2 s ...; so give it room, but not the 30 s transaction timeout.
    expect(elapsed).toBeLessThan(3 * CONNECT_TIMEOUT_MS);
    // An outage is expected, not a bug: it is not logged as an unexpected error.
    expect(log.lines.filter((l) => l.level === 50)).toEqual([]);
  });
});

describe('an unexpected error in a resolver', () => {
  let db: Database;
  let server: ApolloServer<Context>;
  const log = capturingLogger();

  beforeAll(async () => {
    db = connectTestDatabase();
    server = createServer({ db, logger: log.logger });
    await server.start();
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server.stop();
    await db.close();
  });

  it('is masked as INTERNAL_SERVER_ERROR and logged exactly once, with its cause', async () => {
    const secret = 'store bug: column `due` missing in row 7 (secret detail)';
    vi.spyOn(db, 'read').mockRejectedValueOnce(new Error(secret));

    const result = await run(server, db, log.logger, `query OnePerson { person(id: "${LAMBRECHTS}") { id name } }`);

    expect(result).toEqual({
      data: { person: null },
      errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 19 }], path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(JSON.stringify(result)).not.toMatch(/secret|stacktrace|exception/i);
    const errors = log.lines.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'unexpected error in a GraphQL request', path: ['person'], err: { type: 'Error', message: secret } });
    expect((errors[0]?.err as { stack?: string }).stack).toContain(secret);
  });

  it('passes a malformed request through with its own code, and logs no error', async () => {
    const before = log.lines.filter((l) => l.level === 50).length;
    const result = await run(server, db, log.logger, 'query Misspelt { dosier(number: "1873661") { id } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toContain('dosier');
    expect(log.lines.filter((l) => l.level === 50)).toHaveLength(before);
  });
});

describe('BAD_USER_INPUT names the argument', () => {
  let db: Database;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    db = connectTestDatabase();
    server = createTestServer(db);
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  // [operation, argument, message, the data that comes back beside the error]
  const cases: [string, string, string, unknown][] = [
    ['query E { commitments(first: 101) { totalCount } }', 'first', 'first: must be at most 100', null],
    ['query E { commitments(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after', 'after: not a cursor this API gave out', null],
    ['query E { meetings(first: -1) { totalCount } }', 'first', 'first: must be a whole number of 0 or more', null],
    ['query E { persons(after: "nonsense") { totalCount } }', 'after', 'after: not a cursor this API gave out', null],
    ['query E { organisations(first: 500) { totalCount } }', 'first', 'first: must be at most 100', null],
    ['query E { decisions(first: 101) { totalCount } }', 'first', 'first: must be at most 100', null],
    ['query E { agreements(after: "x") { totalCount } }', 'after', 'after: not a cursor this API gave out', null],
    [`query E { person(id: "${LAMBRECHTS}") { commitments(first: 101) { totalCount } } }`, 'first', 'first: must be at most 100', { person: null }],
    [`query E { person(id: "${LAMBRECHTS}") { requests(first: -5) { totalCount } } }`, 'first', 'first: must be a whole number of 0 or more', { person: null }],
  ];
  it.each(cases)('%s', async (query, argument, message, data) => {
    const result = await execute(server, db, query);
    expect(result.data).toEqual(data);
    expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([[message, 'BAD_USER_INPUT', argument]]);
  });

  it('refuses the cursor of one list order in another', async () => {
    const first = await execute(server, db, 'query DueOrder { commitments(first: 1, orderBy: DUE_ASC) { pageInfo { endCursor } } }');
    const cursor = (first.data?.commitments as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const result = await execute(server, db, `query PersonsWithACommitmentCursor { persons(first: 1, after: "${cursor}") { totalCount } }`);
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('names the input field of a malformed date in a variable', async () => {
    const response = await server.executeOperation(
      { query: 'query DueBefore($filter: CommitmentFilter) { commitments(filter: $filter) { totalCount } }', variables: { filter: { dueBefore: 'next summer' } } },
      { contextValue: createContext(db, pino({ level: 'silent' })) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const errors = response.body.singleResult.errors ?? [];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0]?.message).toContain('dueBefore');
    expect(errors[0]?.message).toContain('Date must be a calendar date YYYY-MM-DD that exists, like 2017-03-14; got "next summer"');
    expect(errors[0]?.extensions?.argument).toBe('filter.dueBefore');
  });
});
