import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { withRequestBudget } from '../../src/db/request-budget.js';
import { createServer, listen, type Listening } from '../../src/server.js';
import { connectTestDatabase, TEST_API_KEYS, TEST_EDITOR_KEY, testLogger, wipeMunicipality } from '../support/harness.js';

/**
 * Issue 8: "the work goes on after the client has gone". When the client disconnects in the
 * middle of a request, the request's Cypher transaction is ended on the Neo4j server (it no
 * longer shows in SHOW TRANSACTIONS), nothing of it is written, and the server serves others.
 * The long-running transaction is real: a mutation waiting for a write lock another
 * transaction holds, and a read that counts to a billion.
 */

const MUNICIPALITY = 'GM9987';
const COMMITMENT = 'commitment:gm9987:client-gone';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

let db: Database;
let http: Listening;

beforeAll(async () => {
  db = connectTestDatabase();
  await wipeMunicipality(db, MUNICIPALITY);
  await db.write("CREATE (:Entity:Commitment {id: $id, municipality: $m, text: 'Wij komen hierop terug.', status: 'open', kind: 'explicit'})", { id: COMMITMENT, m: MUNICIPALITY });
  http = await listen(createServer({ db, logger: testLogger, apiKeys: TEST_API_KEYS }), { db, logger: testLogger, apiKeys: TEST_API_KEYS, requestDeadlineMs: 120_000 }, 0, '127.0.0.1');
});

afterAll(async () => {
  await http.stop();
  await wipeMunicipality(db, MUNICIPALITY);
  await db.close();
});

type RunningTx = {
  readonly id: string;
  readonly query: string;
  readonly status: string;
};

/** The transactions Neo4j runs now whose current query contains `marker`, apart from the one asking. */
async function transactionsRunning(marker: string): Promise<RunningTx[]> {
  const rows = await db.read<RunningTx>(
    'SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS query, status WHERE query CONTAINS $marker AND NOT query STARTS WITH "SHOW TRANSACTIONS" RETURN id, query, status',
    { marker },
  );
  return rows;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms: number): Promise<T> {
  const by = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > by) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends a POST /graphql over a raw socket and leaves it open: the caller destroys it mid-request. */
function openRequest(query: string, headers: Record<string, string> = {}): Promise<Socket> {
  const url = new URL(http.url);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      const lines = [
        'POST /graphql HTTP/1.1',
        `Host: ${url.host}`,
        'Content-Type: application/json',
        `Accept: ${GRAPHQL_RESPONSE}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

describe('a client that disconnects mid-request', () => {
  it("ends its mutation's transaction on the server (it was waiting for a lock), writes nothing, and the server serves others", async () => {
    // Another transaction holds the commitment's write lock until we let go.
    const holder = db.driver.session({ database: 'neo4j' });
    const lockTx = await holder.beginTransaction();
    await lockTx.run("MATCH (c:Commitment {id: $id}) SET c.lockedBy = 'test'", { id: COMMITMENT });
    try {
      const socket = await openRequest(`mutation GoneEditor { setCommitmentStatus(id: "${COMMITMENT}", status: FULFILLED, note: "client-gone") { id } }`, {
        authorization: `Bearer ${TEST_EDITOR_KEY}`,
      });
      // (a first moment it is Running, until it reaches the lock)
      await waitFor('the mutation waits for the lock', async () => (await transactionsRunning('curatedStatus')).find((tx) => tx.status.startsWith('Blocked')) ?? null, 30_000);

      const gone = performance.now();
      socket.destroy();
      await waitFor('the mutation\'s transaction has ended', async () => ((await transactionsRunning('curatedStatus')).length === 0 ? true : null), 5_000);
      const endedWithinMs = performance.now() - gone;
      // the lock is still held: only the cancellation can have ended it
      expect(endedWithinMs).toBeLessThan(5_000);
    } finally {
      await lockTx.rollback();
      await holder.close();
    }

    const [stored] = await db.read<{ status: unknown; changes: number }>(
      'MATCH (c:Commitment {id: $id}) RETURN c.curatedStatus AS status, COUNT { (c)-[:HAS_STATUS_CHANGE]->() } AS changes',
      { id: COMMITMENT },
    );
    expect(stored).toEqual({ status: null, changes: 0 });

    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: `query Still { commitment(id: "${COMMITMENT}") { id status } }` }),
    });
    expect(await response.json()).toEqual({ data: { commitment: { id: COMMITMENT, status: 'OPEN' } } });
  });

  it("ends a long read's transaction when the request's signal fires (what the HTTP layer does on close), with REQUEST_CANCELLED", async () => {
    const controller = new AbortController();
    const marker = 'client-gone-read';
    const reading = withRequestBudget({ signal: controller.signal, deadline: Date.now() + 120_000, maxQueries: 5, queries: 0 }, () =>
      db.read(`UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n, '${marker}' AS marker`),
    );
    const settled = reading.then(
      () => 'answered',
      (error: unknown) => (error instanceof Error && 'extensions' in error ? (error as { extensions: { code?: unknown } }).extensions.code : String(error)),
    );
    await waitFor('the read runs', async () => ((await transactionsRunning(marker)).length > 0 ? true : null), 30_000);
    controller.abort(new Error('client went away'));
    expect(await settled).toBe('REQUEST_CANCELLED');
    await waitFor("the read's transaction has ended", async () => ((await transactionsRunning(marker)).length === 0 ? true : null), 5_000);
  });
});
