import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { execute, openScratchServer, TEST_NAMED_EDITOR, TEST_NAMED_EDITOR_KEY } from '../support/harness.js';

/**
 * Statuses documents state become status-history entries beside editors' changes (issue 11), read
 * from four real published commitment registers of the corpus, each in its own layout:
 * - Oosterhout's iBabs list (096): a row saying "Voor nu zien wij deze toezegging als afgedaan",
 *   its `Datum afdoening` `5/3/2022` on the next line (the export writes month first: `7/19/2021`);
 * - Coevorden's register page (091): a `Stand van zaken` section, "Motie is ingevuld.";
 * - Woerden's register page (098): a `Status` section of dated updates, "Update maart 2022: Traject
 *   loopt.", the last dated 5 December 2022;
 * - Ridderkerk's list (081): the heading "Openstaande raadstoezeggingen, die nog niet zijn afgedaan:"
 *   over rows whose stand van zaken is dated `2-4-2020:` / `8-4-2020:`.
 * Written under GM9971 and removed afterwards.
 */
const MUNICIPALITY = 'GM9971';
const DOCS = [
  '096-oosterhout-ibabs-toezeggingen-en-moties.txt',
  '091-coevorden-lta-toezegging-71-evenementen.txt',
  '098-woerden-lta-m005-parkeerbeleid.txt',
  '081-ridderkerk-openstaande-raadstoezeggingen-2020.txt',
];

let db: Database;
let server: ApolloServer<Context>;
let scratch: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, server, scratch, close } = await openScratchServer(MUNICIPALITY, 'status'));
  for (const doc of DOCS) {
    copyFileSync(join('tests/corpus/docs', doc), join(scratch, doc));
    const outcome = await ingestFile(db, join(scratch, doc), { municipality: MUNICIPALITY });
    expect(outcome.ok).toBe(true);
  }
});

afterAll(async () => {
  await close();
});

const FIND = /* GraphQL */ `
  query StatedCommitment($text: String!) {
    commitments(filter: { municipality: "GM9971", text: $text }, first: 5) {
      edges { node { id status statusHistory { origin seq status note evidence changedBy changedAt passages { quote source { fileName } } } } }
    }
  }
`;

const SET = /* GraphQL */ `
  mutation Reopen($id: ID!) {
    setCommitmentStatus(id: $id, status: OPEN, note: "Luchtkwaliteit nog niet besproken") { status }
  }
`;

interface Found { id: string; status: string; statusHistory: unknown[] }

async function commitmentWith(text: string): Promise<Found> {
  const result = await execute(server, db, FIND, { text });
  expect(result.errors).toBeUndefined();
  const edges = (result.data?.commitments as { edges: { node: Found }[] }).edges;
  expect(edges).toHaveLength(1);
  const node = edges[0]?.node;
  if (node === undefined) throw new Error(`no commitment with ${text}`);
  return node;
}

function stated(status: string, evidence: string, file: string, day: string, quote: string) {
  return { origin: 'DOCUMENT', seq: null, status, note: null, evidence, changedBy: file, changedAt: `${day}T00:00:00Z`, passages: [{ quote, source: { fileName: file } }] };
}

describe('status history from real registers', () => {
  it('Oosterhout: a row that calls its toezegging afgedaan, dated with its Datum afdoening (month first)', async () => {
    const c = await commitmentWith('Zodra dit in de toekomst aan de orde is');
    expect({ status: c.status, statusHistory: c.statusHistory }).toEqual({
      status: 'FULFILLED',
      statusHistory: [stated('FULFILLED', 'afgedaan', DOCS[0] ?? '', '2022-05-03', 'Voor nu zien wij deze toezegging als afgedaan.')],
    });
  });

  it('Oosterhout: "Daarmee beschouwen we deze motie als afgedaan" in the same row', async () => {
    const c = await commitmentWith('reguliere P&C-cyclus');
    expect(c.statusHistory).toEqual([stated('FULFILLED', 'afgedaan', DOCS[0] ?? '', '2022-05-03', 'Daarmee beschouwen we deze motie als afgedaan.')]);
  });

  it('Coevorden: a Stand van zaken section, "Motie is ingevuld.", dated with the page', async () => {
    const c = await commitmentWith('Met organisastoren van grotere activiteiten');
    expect({ status: c.status, statusHistory: c.statusHistory }).toEqual({
      status: 'FULFILLED',
      statusHistory: [stated('FULFILLED', 'is ingevuld', DOCS[1] ?? '', '2019-09-03', 'Motie is ingevuld.')],
    });
  });

  it('Woerden: a Status section of dated updates: still open ("Traject loopt"), as of the last update', async () => {
    // Item 1 of the register's Toezegging list; item 5 (`de raad te informeren over de uitkomsten`), which this test
    // read before, is no longer taken by the scorer retrained on 409 documents (a miss of the extractor, not of
    // the status reader, which gives every commitment of the entry the same stated status).
    const c = await commitmentWith('te onderzoeken welke wijzigingen in het parkeerbeleid');
    expect(c.statusHistory).toEqual([stated('OPEN', 'Traject loopt', DOCS[2] ?? '', '2022-12-05', 'Update maart 2022: Traject loopt.')]);
  });

  it("Ridderkerk: a group heading 'nog niet zijn afgedaan' over rows, each dated by its stand van zaken", async () => {
    const c = await commitmentWith('Ridderkerkpas');
    expect(c.statusHistory).toEqual([stated('OPEN', 'nog niet zijn afgedaan', DOCS[3] ?? '', '2020-04-08', 'Openstaande raadstoezeggingen, die nog niet zijn afgedaan:')]);
    // Row 64's own 'nog niet afgerond' (tests/unit/stated-status.test.ts reads it) needs its
    // commitment, 'Na de 1e fase zal een evaluatie volgen', which the scorer retrained on 223
    // documents no longer takes: a miss of the extractor, not of the status reader.
  });

  it("an editor's change, named by the editor's key, follows the document's entry; re-ingesting the changed document keeps both and the editor's status", async () => {
    const c = await commitmentWith('Zodra dit in de toekomst aan de orde is');
    const set = await execute(server, db, SET, { id: c.id }, { authorization: `Bearer ${TEST_NAMED_EDITOR_KEY}` });
    expect(set).toEqual({ data: { setCommitmentStatus: { status: 'OPEN' } } });
    // Republished with a trailing line break: another hash, so the file's facts are replaced.
    appendFileSync(join(scratch, DOCS[0] ?? ''), '\n');
    const again = await ingestFile(db, join(scratch, DOCS[0] ?? ''), { municipality: MUNICIPALITY });
    expect(again.ok && again.load?.status).toBe('replaced');
    const after = await commitmentWith('Zodra dit in de toekomst aan de orde is');
    const entries = after.statusHistory as { origin: string; seq: number | null; status: string; note: string | null; changedBy: string }[];
    expect({ status: after.status, entries: entries.map((e) => [e.origin, e.seq, e.status, e.note, e.changedBy]) }).toEqual({
      status: 'OPEN',
      entries: [
        ['DOCUMENT', null, 'FULFILLED', null, DOCS[0]],
        ['EDITOR', 0, 'OPEN', 'Luchtkwaliteit nog niet besproken', TEST_NAMED_EDITOR],
      ],
    });
  });
});
