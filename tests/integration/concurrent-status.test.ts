import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer, TEST_EDITOR_KEY } from '../support/harness.js';

/**
 * Status changes of one commitment sent at the same time are numbered one after another: twenty
 * concurrent `setCommitmentStatus` calls get the `seq` values 0 to 19, each once (before the
 * commitment's lock they all read the same count and got the same number).
 *
 * The commitment is the test's own, in a municipality no other test reads, and removed after.
 */

const COMMITMENT = 'commitment:gm9997:concurrent-status-test';
const CALLS = 20;

let db: Database;
let server: ApolloServer<Context>;

async function removeTestCommitment(): Promise<void> {
  await db.write('MATCH (c:Commitment {id: $id}) OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s) DETACH DELETE c, s', { id: COMMITMENT });
}

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await removeTestCommitment();
  await db.write("CREATE (:Entity:Commitment {id: $id, municipality: 'GM9997', text: 'Wij komen hierop terug.', status: 'open', kind: 'explicit'})", { id: COMMITMENT });
});

afterAll(async () => {
  await removeTestCommitment();
  await closeTestServer(server, db);
});

describe('concurrent setCommitmentStatus calls', () => {
  it(`number ${CALLS} changes 0 to ${CALLS - 1}, each once, all kept`, async () => {
    const SET = `mutation SetConcurrently($note: String) {
      setCommitmentStatus(id: "${COMMITMENT}", status: OPEN, note: $note) { id }
    }`;
    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, i) => execute(server, db, SET, { note: `call ${i}` }, { authorization: `Bearer ${TEST_EDITOR_KEY}` })),
    );
    expect(results).toEqual(Array.from({ length: CALLS }, () => ({ data: { setCommitmentStatus: { id: COMMITMENT } } })));

    const history = await execute(server, db, `query History { commitment(id: "${COMMITMENT}") { statusHistory { seq note } } }`);
    const changes = (history.data?.commitment as { statusHistory: { seq: number; note: string }[] }).statusHistory;
    expect(changes.map((c) => c.seq)).toEqual(Array.from({ length: CALLS }, (_, i) => i));
    expect(changes.map((c) => c.note).sort()).toEqual(Array.from({ length: CALLS }, (_, i) => `call ${i}`).sort());
  });
});
