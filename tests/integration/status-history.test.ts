import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { closeTestServer, execute, openTestServer, TEST_EDITOR_KEY, wipeMunicipality } from '../support/harness.js';

/**
 * Statuses a document states become status-history entries beside editors' changes (issue 11):
 * a toezegging record whose `Status: afgedaan` is dated with the document's date and changed by
 * the file. Written under GM9993 and removed afterwards.
 */
const MUNICIPALITY = 'GM9993';
const RECORD = 'tests/fixtures/documents/utrecht-toezegging-record.txt';
const ID = 'commitment:gm9993:toezegging-t-2019-041';

let db: Database;
let server: ApolloServer<Context>;
let scratch: string;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await wipeMunicipality(db, MUNICIPALITY);
  scratch = mkdtempSync(join(tmpdir(), 'raadsgraaf-status-'));
  copyFileSync(RECORD, join(scratch, 'toezegging-t-2019-041.txt'));
  const outcome = await ingestFile(db, join(scratch, 'toezegging-t-2019-041.txt'), { municipality: MUNICIPALITY });
  expect(outcome.ok).toBe(true);
});

afterAll(async () => {
  await wipeMunicipality(db, MUNICIPALITY);
  await closeTestServer(server, db);
  rmSync(scratch, { recursive: true, force: true });
});

const HISTORY = /* GraphQL */ `
  query History($id: ID!) {
    commitment(id: $id) { status statusHistory { origin seq status note evidence changedBy changedAt passages { quote source { fileName } } } }
  }
`;

const SET = /* GraphQL */ `
  mutation Reopen($id: ID!) {
    setCommitmentStatus(id: $id, status: OPEN, note: "Metingen lopen nog") { status }
  }
`;

describe('status history from documents', () => {
  it('a register record stating `Status: afgedaan` is an entry dated with the document, changed by the file', async () => {
    expect(await execute(server, db, HISTORY, { id: ID })).toEqual({
      data: { commitment: { status: 'FULFILLED', statusHistory: [{
        origin: 'DOCUMENT', seq: null, status: 'FULFILLED', note: null, evidence: 'afgedaan', changedBy: 'toezegging-t-2019-041.txt',
        changedAt: '2019-03-12T00:00:00Z', passages: [{ quote: 'Status: afgedaan', source: { fileName: 'toezegging-t-2019-041.txt' } }],
      }] } },
    });
  });

  it("an editor's change follows it, and re-ingesting the document keeps both", async () => {
    const set = await execute(server, db, SET, { id: ID }, { authorization: `Bearer ${TEST_EDITOR_KEY}` });
    // Open again, and its window (three months from March 2019) has passed.
    expect(set).toEqual({ data: { setCommitmentStatus: { status: 'OVERDUE' } } });
    await ingestFile(db, join(scratch, 'toezegging-t-2019-041.txt'), { municipality: MUNICIPALITY });
    const history = await execute(server, db, HISTORY, { id: ID });
    const entries = (history.data?.commitment as { statusHistory: { origin: string; seq: number | null; status: string; note: string | null }[] }).statusHistory;
    expect(entries.map((e) => [e.origin, e.seq, e.status, e.note])).toEqual([
      ['DOCUMENT', null, 'FULFILLED', null],
      ['EDITOR', 0, 'OPEN', 'Metingen lopen nog'],
    ]);
  });
});
