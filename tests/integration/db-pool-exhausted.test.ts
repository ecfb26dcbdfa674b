import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { inject } from 'vitest';
import type { Context } from '../../src/context.js';
import { Database } from '../../src/db/database.js';
import { createTestServer, execute, holdAConnection } from '../support/harness.js';

/**
 * A request that finds every pooled connection taken waits at most the acquisition timeout and
 * then gets SERVICE_UNAVAILABLE: the driver's "Connection acquisition timed out" is an outage
 * for the client, never INTERNAL_SERVER_ERROR. One connection in the pool, held by an open
 * write transaction on the real test database, stands for a pool that one client exhausted.
 */

const ACQUIRE_TIMEOUT_MS = 1_000;

describe('a pool with no free connection', () => {
  let db: Database;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    db = Database.create({
      uri: inject('neo4jUri'),
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      txTimeoutMs: 30_000,
      connectTimeoutMs: 20_000,
      acquireTimeoutMs: ACQUIRE_TIMEOUT_MS,
      maxPoolSize: 1,
    });
    await db.verify();
    server = createTestServer(db);
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('answers SERVICE_UNAVAILABLE within 2 s, and serves again once the connection is back', async () => {
    const release = await holdAConnection(db);

    const started = performance.now();
    const result = await execute(server, db, 'query CountWhilePoolBusy { commitments { totalCount } }');
    const elapsed = performance.now() - started;
    await release();

    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: 'The database is not available right now; try again later.',
          locations: [{ line: 1, column: 28 }],
          path: ['commitments'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    expect(elapsed).toBeLessThan(2_000);

    const again = await execute(server, db, 'query CountAfterRelease { commitments(filter: { municipality: "GM0505" }) { totalCount } }');
    expect(again).toEqual({ data: { commitments: { totalCount: 4 } } });
  });

  it('says so through ping(): false while the pool is exhausted, true after', async () => {
    const release = await holdAConnection(db);
    const busy = await db.ping();
    await release();
    expect(busy).toBe(false);
    expect(await db.ping()).toBe(true);
  });
});
