import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import type { EmbeddedState } from '../../src/db/embedded-neo4j.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/http/query-limits.js';
import { createServer, listen, type Listening } from '../../src/server.js';
import { aliasQuery, doublingQuery } from '../support/abuse.js';
import { connectTestDatabase, createTestServer, execute, holdAConnection, testLogger } from '../support/harness.js';

/**
 * Issue 8's cases that http.test.ts does not cover, against the real server on the shared test
 * Neo4j: the admission line (503 at once instead of queuing, refusals never wait), abusive
 * clients that cannot starve another, 10,000 aliases, 1.5M tokens, a 51 MB body, the response
 * size cap, and /ready reporting the embedded Neo4j's supervisor state.
 */

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(url: string, query: string): Promise<{ status: number; body: Body; ms: number; retryAfter: string | null }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as Body;
  return { status: response.status, body, ms: performance.now() - started, retryAfter: response.headers.get('retry-after') };
}

const codesOf = (body: Body) => body.errors?.map((e) => [e.extensions?.code, e.extensions?.limit]);
const COUNT = 'query Count { commitments(filter: { municipality: "GM0505" }) { totalCount } }';
const SEED_COMMITMENTS = { data: { commitments: { totalCount: 4 } } };
const DATABASE_DOWN = { errors: [{ message: 'The database is not available right now; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'database' } }] };

describe('the admission line: a full server answers 503 at once, and refusals never wait', () => {
  // One pool connection, held by an open transaction: a request that takes the one turn then
  // waits for it, so the turn stays taken as long as the test wants.
  let db: Database;
  let http: Listening;
  beforeAll(async () => {
    db = Database.create({
      uri: inject('neo4jUri'),
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      txTimeoutMs: 60_000,
      connectTimeoutMs: 20_000,
      acquireTimeoutMs: 30_000,
      maxPoolSize: 1,
    });
    await db.verify();
    http = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000, admission: { maxActive: 1, maxQueued: 0, maxWaitMs: 1_000 } }, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.stop();
    await db.close();
  });

  it('takes one operation, refuses the next with SERVICE_UNAVAILABLE 503, still refuses the doubling query at once, and serves again after', async () => {
    const release = await holdAConnection(db);

    // the first request takes the turn and waits for the pool's one connection
    const first = post(http.url, COUNT);
    const metricsUrl = `${new URL(http.url).origin}/metrics`;
    for (let tries = 0; tries < 600; tries++) {
      const text = await (await fetch(metricsUrl)).text();
      if (/^raadsgraaf_cypher_queries_in_flight 1$/m.test(text)) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    const second = await post(http.url, COUNT);
    const doubling = await post(http.url, doublingQuery());
    await release();

    // refused in front of Apollo (admissionGate), with the body and headers the plugin gives
    expect([second.status, second.retryAfter]).toEqual([503, '1']);
    expect(second.body).toEqual({ errors: [{ message: 'The server is busy; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'busy' } }] });
    // a generous bound for a loaded test machine: it does not wait for the turn (1 s) or the pool (30 s)
    expect(second.ms).toBeLessThan(5_000);
    expect(doubling.status).toBe(400);
    expect(codesOf(doubling.body)).toEqual([
      ['QUERY_TOO_COMPLEX', 'maxAliases'],
      ['QUERY_TOO_COMPLEX', 'maxDepth'],
    ]);

    expect((await first).body).toEqual(SEED_COMMITMENTS);
    expect((await post(http.url, COUNT)).body).toEqual(SEED_COMMITMENTS);
  });
});

describe('abusive requests on the default server', () => {
  let db: Database;
  let http: Listening;
  let wide: Listening;
  beforeAll(async () => {
    db = connectTestDatabase();
    http = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000 }, 0, '127.0.0.1');
    // a body limit high enough that the parser's token limit is what refuses
    wide = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000, bodyLimitBytes: 60_000_000 }, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.stop();
    await wide.stop();
    await db.close();
  });

  it('answers another client while one sends 1,000 aliases twenty times at once', async () => {
    const abusive = Array.from({ length: 20 }, () => post(http.url, aliasQuery(1000)));
    const ordinary = await post(http.url, COUNT);
    const refused = await Promise.all(abusive);
    expect(ordinary.body).toEqual(SEED_COMMITMENTS);
    expect(refused.map((r) => [r.status, ...(codesOf(r.body) ?? [])])).toEqual(Array.from({ length: 20 }, () => [400, ['QUERY_TOO_COMPLEX', 'maxTokens']]));
  });

  it('refuses 10,000 aliases: 413 at the default body limit, QUERY_TOO_COMPLEX (maxTokens) past it', async () => {
    const query = aliasQuery(10_000);
    const tooLarge = await post(http.url, query);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({ errors: [{ message: 'The request body is larger than the server accepts.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const parsed = await post(wide.url, query);
    expect(parsed.status).toBe(400);
    expect(codesOf(parsed.body)).toEqual([['QUERY_TOO_COMPLEX', 'maxTokens']]);
  });

  it('refuses 1.5 million tokens at the parser, without a 500', async () => {
    const query = `{ ${'a '.repeat(1_500_000)}}`;
    const { status, body } = await post(wide.url, query);
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual([['QUERY_TOO_COMPLEX', 'maxTokens']]);
    expect(body.errors?.[0]?.message).toMatch(/^Document contains more th(at|an) 1000 tokens/);
  });

  it('answers a 51 MB body 413 as JSON (from its content-length), without a stack or a path', async () => {
    const size = 51 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const { answer, sent } = await new Promise<{ answer: string; sent: number }>((resolve) => {
      let answer = '';
      let sent = 0;
      let closed = false;
      const socket = connect(Number(new URL(http.url).port), '127.0.0.1', () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`);
        const pump = () => {
          while (!closed && answer === '' && sent < size) {
            sent += chunk.length;
            if (!socket.write(chunk)) {
              socket.once('drain', pump);
              return;
            }
          }
        };
        pump();
      });
      socket.on('data', (data) => {
        answer += data.toString();
        // the whole answer is in: no need to wait for the server's request timeout
        if (answer.includes('PAYLOAD_TOO_LARGE')) socket.destroy();
      });
      socket.on('close', () => {
        closed = true;
        resolve({ answer, sent });
      });
      socket.on('error', () => undefined);
      socket.setTimeout(30_000, () => socket.destroy());
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    const json = answer.slice(answer.indexOf('\r\n\r\n') + 4);
    expect(JSON.parse(json)).toEqual({ errors: [{ message: 'The request body is larger than the server accepts.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(answer).not.toMatch(/ at |\/work\/|node_modules/);
    expect(sent).toBeGreaterThan(0);
  });
});

describe('the response size cap', () => {
  it('replaces an answer over maxResponseBytes with QUERY_TOO_COMPLEX (maxResponseBytes)', async () => {
    const db = connectTestDatabase();
    const server = createServer({ db, logger: testLogger, limits: { ...DEFAULT_QUERY_LIMITS, maxResponseBytes: 300 } });
    await server.start();
    try {
      const small = await execute(server, db, COUNT);
      expect(small).toEqual(SEED_COMMITMENTS);
      const large = await execute(server, db, 'query Texts { commitments(filter: { municipality: "GM0505" }) { edges { node { id text } } } }');
      expect(large.data).toBeUndefined();
      expect(large.errors?.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([['QUERY_TOO_COMPLEX', 'maxResponseBytes']]);
      expect(large.errors?.[0]?.message).toMatch(/^The answer would be \d+ bytes, over the limit 300; ask for less at once\.$/);
    } finally {
      await server.stop();
      await db.close();
    }
  });
});

describe("/ready and queries follow the embedded Neo4j's supervisor", () => {
  // The supervisor's state is set by the test (embedded-restart.test.ts kills a real JVM); the
  // database is the real one, which answers all along: what is shown is that the supervisor's
  // word is taken at once, without waiting for the driver to time out.
  let state: EmbeddedState = 'up';
  const changed = new Set<() => void>();
  const setState = (next: EmbeddedState) => {
    state = next;
    for (const listener of changed) listener();
  };
  let db: Database;
  let http: Listening;
  let origin: string;
  beforeAll(async () => {
    db = connectTestDatabase();
    db.setAvailabilityGate({
      reason: () => (state === 'up' ? null : `the embedded Neo4j is ${state}`),
      onChange: (listener) => {
        changed.add(listener);
        return () => changed.delete(listener);
      },
    });
    http = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000, embeddedState: () => state }, 0, '127.0.0.1');
    origin = new URL(http.url).origin;
  });
  afterAll(async () => {
    await http.stop();
    await db.close();
  });

  const ready = async () => {
    const response = await fetch(`${origin}/ready`);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const embeddedUp = async () => /^raadsgraaf_embedded_neo4j_up (\d)$/m.exec(await (await fetch(`${origin}/metrics`)).text())?.[1];

  it('reports restarting and down with 503 at once, fails queries with SERVICE_UNAVAILABLE after a second of waiting, and serves again when up', async () => {
    expect(await ready()).toEqual({ status: 200, body: { ready: true, database: 'up', schema: 'applied', embeddedNeo4j: 'up' } });
    expect(await embeddedUp()).toBe('1');

    for (const down of ['restarting', 'down'] as const) {
      setState(down);
      expect(await ready()).toEqual({ status: 503, body: { ready: false, database: 'down', schema: 'applied', embeddedNeo4j: down, reason: `embedded Neo4j ${down}` } });
      expect(await embeddedUp()).toBe('0');
      const during = await post(http.url, COUNT);
      // it waits a second for the database to come back, no longer (generous bound: a loaded machine)
      expect(during.ms).toBeGreaterThanOrEqual(900);
      expect(during.ms).toBeLessThan(5_000);
      // refused before it enters the admission line: 503 with the reason, and Retry-After
      expect([during.status, during.retryAfter]).toEqual([503, '1']);
      expect(during.body).toEqual(DATABASE_DOWN);
    }

    // a query waiting when the database comes back runs at once
    setState('restarting');
    const waiting = post(http.url, COUNT);
    await new Promise((r) => setTimeout(r, 200));
    setState('up');
    expect((await waiting).body).toEqual(SEED_COMMITMENTS);
    expect(await ready()).toEqual({ status: 200, body: { ready: true, database: 'up', schema: 'applied', embeddedNeo4j: 'up' } });
    expect((await post(http.url, COUNT)).body).toEqual(SEED_COMMITMENTS);
  });

  it('keeps the admission line free while the database is down: every request waits outside it and is told `database`, none `busy`; the first after the return is served at once', async () => {
    // one turn and one place in line: before, the second request took the place and the other
    // four were answered `busy`, and the line stayed full of requests bound to fail
    const narrow = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000, embeddedState: () => state, admission: { maxActive: 1, maxQueued: 1, maxWaitMs: 1_000 } }, 0, '127.0.0.1');
    try {
      setState('restarting');
      const during = await Promise.all(Array.from({ length: 6 }, () => post(narrow.url, COUNT)));
      expect(during.map((r) => [r.status, r.body])).toEqual(Array.from({ length: 6 }, () => [503, DATABASE_DOWN]));
      setState('up');
      const after = await post(narrow.url, COUNT);
      expect(after.body).toEqual(SEED_COMMITMENTS);
    } finally {
      setState('up');
      await narrow.stop();
    }
  });
});
