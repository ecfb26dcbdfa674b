import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { date, type ExtractedDocument } from '../../src/ingest/facts.js';
import { ingestFiles } from '../../src/ingest/ingest-file.js';
import { loadDocument, loadDocuments } from '../../src/ingest/load.js';
import { corpusText, extractReal } from '../support/real-text.js';
import { execute, openScratchServer } from '../support/harness.js';

/**
 * Fractie membership over time (issue 11), on real documents only, against the real Neo4j:
 * - Leeuwarderadeel's Frisian minutes of 2013 (tests/corpus/docs/042, dated 13 June 2013 by the
 *   extractor) and of 2017 (189, 7 September 2017) both say `De hear Dijkstra (FNP)`: a local
 *   party the lexicon does not know, behind the Frisian title.
 * - Achtkarspelen's council meeting of 28 March 2019 (065): `Afmelding: Dhr. F.J. Hoekstra (VVD)`,
 *   `De heer S.W. Vegelin (GBA)`, and the chair's statement that M.C. Buising `geen deel meer
 *   uitmaakt van de GBA-fractie, maar zelfstandig verder gaat`: a membership that ends.
 * - Wormerland's voorronde of 26 September 2023 (145): `Aanwezig: G. Hoovenstat (BVNL), A. Stol
 *   (CDA), ...`, parties in an attendance list.
 * Written under GM9993 and removed afterwards.
 */
const MUNICIPALITY = 'GM9993';

let db: Database;
let server: ApolloServer<Context>;
let scratch: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, server, scratch, close } = await openScratchServer(MUNICIPALITY, 'fracties'));
  const files = [
    ['tests/corpus/docs/042-leeuwarderadeel-notulen-2013-05-23-p25.txt', '042-leeuwarderadeel-2013.txt'],
    ['tests/corpus/docs/189-leeuwarderadeel-notulen-2017-p51-graskeien.txt', '189-leeuwarderadeel-2017.txt'],
    ['tests/corpus/docs/065-achtkarspelen-ris2-raad-28-maart-2019.txt', '065-achtkarspelen-2019.txt'],
    ['tests/corpus/docs/145-wormerland-voorronde-groene-zaal-26-september-2023.txt', '145-wormerland-2023.txt'],
  ];
  for (const [from, to] of files) copyFileSync(from ?? '', join(scratch, to ?? ''));
  const outcomes = await ingestFiles(db, files.map(([, to]) => join(scratch, to ?? '')), { municipality: MUNICIPALITY });
  expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true]);
});

afterAll(async () => {
  await close();
});

const MEMBERSHIPS = /* GraphQL */ `
  query Memberships($id: ID!) {
    person(id: $id) {
      name
      memberships { fractie { id name abbreviation } from to ended left evidence { quote source { fileName } } }
    }
  }
`;

describe('fractie membership over time', () => {
  it('a local party in brackets after a Frisian title, in two real minutes four years apart: one membership from the first to the last', async () => {
    const dijkstra = await execute(server, db, MEMBERSHIPS, { id: 'person:gm9993:dijkstra' });
    expect(dijkstra).toEqual({
      data: { person: {
        name: 'Dijkstra',
        memberships: [{
          fractie: { id: 'fractie:gm9993:fnp', name: 'FNP', abbreviation: 'FNP' },
          from: '2013-06-13', to: '2017-09-07', ended: false, left: null,
          evidence: [
            { quote: 'De hear Dijkstra (FNP)', source: { fileName: '042-leeuwarderadeel-2013.txt' } },
            { quote: 'De hear Dijkstra (FNP)', source: { fileName: '189-leeuwarderadeel-2017.txt' } },
            { quote: 'De hear Dijkstra (FNP)', source: { fileName: '189-leeuwarderadeel-2017.txt' } },
          ],
        }],
      } },
    });
  });

  it('a real departure ("geen deel meer uitmaakt van de GBA-fractie") ends the membership on the document\'s date, with the statement as evidence', async () => {
    const buising = await execute(server, db, MEMBERSHIPS, { id: 'person:gm9993:buising' });
    expect(buising).toEqual({
      data: { person: {
        name: 'M.C. Buising',
        memberships: [{
          fractie: { id: 'fractie:gm9993:gba', name: 'GBA', abbreviation: 'GBA' },
          from: '2019-03-28', to: '2019-03-28', ended: true, left: '2019-03-28',
          evidence: [{
            quote: 'De voorzitter deelt mee dat de heer M.C. Buising vorige week heeft bekend gemaakt dat hij geen deel meer uitmaakt van de GBA-fractie, maar zelfstandig verder gaat onder de naam Raadslid Buising',
            source: { fileName: '065-achtkarspelen-2019.txt' },
          }],
        }],
      } },
    });
    // The fractie he left still has the member who stayed.
    const gba = await execute(server, db, /* GraphQL */ `
      query Gba($id: ID!) { fractie(id: $id) { name members { name } } }
    `, { id: 'fractie:gm9993:gba' });
    const members = ((gba.data?.fractie as { members: { name: string }[] }).members).map((m) => m.name).sort();
    expect(members).toEqual(['M.C. Buising', 'S.W. Vegelin']);
  });

  it('untitled names with initials in an attendance list and an apology take the party in brackets', async () => {
    const rows = await db.read<{ id: string; fractie: string; quote: string }>(
      `MATCH (p:Person {municipality: $m})-[r:MEMBER_OF]->(f:Fractie)
       WHERE p.id IN $ids
       MATCH (q:Passage) WHERE q.id IN r.evidence
       RETURN p.id AS id, f.id AS fractie, q.quote AS quote ORDER BY id`,
      { m: MUNICIPALITY, ids: ['person:gm9993:hoekstra', 'person:gm9993:hoovenstat', 'person:gm9993:stol', 'person:gm9993:vegelin'] },
    );
    expect(rows).toEqual([
      { id: 'person:gm9993:hoekstra', fractie: 'fractie:gm9993:vvd', quote: 'F.J. Hoekstra (VVD)' },
      { id: 'person:gm9993:hoovenstat', fractie: 'fractie:gm9993:bvnl', quote: 'G. Hoovenstat (BVNL)' },
      { id: 'person:gm9993:stol', fractie: 'fractie:gm9993:cda', quote: 'A. Stol (CDA)' },
      { id: 'person:gm9993:vegelin', fractie: 'fractie:gm9993:gba', quote: 'De heer S.W. Vegelin (GBA)' },
    ]);
  });
});

/**
 * A document after a departure that still names the member with his old party. No real later
 * document names M.C. Buising: the membership of such a document is made here from the real text
 * of 065 (its passages and ids as extracted), filed under another name and dated later, without the
 * departure. It is written once through the batch of new documents (write-batch.cypher) and once
 * through a single document's load (merge-edges.cypher).
 */
describe('a departure caps the membership', () => {
  const BUISING = 'person:gm9993:buising';
  const later = (fileName: string, day: string): ExtractedDocument => {
    const text = corpusText('065-achtkarspelen-ris2-raad-28-maart-2019.txt');
    const doc = extractReal(fileName, text, MUNICIPALITY);
    return {
      ...doc,
      edges: doc.edges.map((e) => (e.type === 'MEMBER_OF' && e.from === BUISING ? { ...e, props: { from: date(day), to: date(day) } } : e)),
    };
  };

  it('a later document naming him with the GBA adds its evidence, not a `to` past `left`', async () => {
    const june = later('065-juni.txt', '2019-06-27');
    const [batch] = await loadDocuments(db, [{ doc: june, textLength: corpusText('065-achtkarspelen-ris2-raad-28-maart-2019.txt').length }]);
    expect(batch?.ok).toBe(true);
    const single = await loadDocument(db, later('065-september.txt', '2019-09-26'), corpusText('065-achtkarspelen-ris2-raad-28-maart-2019.txt').length);
    expect(single.status).toBe('created');
    const buising = await execute(server, db, MEMBERSHIPS, { id: BUISING });
    const memberships = (buising.data?.person as { memberships: { fractie: { id: string }; from: string; to: string; ended: boolean; left: string; evidence: { source: { fileName: string } }[] }[] }).memberships;
    expect(memberships.map((m) => ({ fractie: m.fractie.id, from: m.from, to: m.to, ended: m.ended, left: m.left, sources: [...new Set(m.evidence.map((e) => e.source.fileName))].sort() }))).toEqual([
      { fractie: 'fractie:gm9993:gba', from: '2019-03-28', to: '2019-03-28', ended: true, left: '2019-03-28', sources: ['065-achtkarspelen-2019.txt', '065-juni.txt', '065-september.txt'] },
    ]);
  });
});

