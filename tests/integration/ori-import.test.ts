import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { ingestFiles, type FileOutcome } from '../../src/ingest/ingest-file.js';
import { closeTestServer, execute, openTestServer, wipeMunicipality } from '../support/harness.js';

/**
 * The Open Raadsinformatie importer on real ORI records (tests/fixtures/ori/SOURCE.md): a Groningen
 * meeting with its committee and an attached document with its text, and Heerde's council members
 * with their parties. Everything goes through `ingestFiles`, as `npm run ingest` does, into the real
 * Neo4j, and is read back through the GraphQL API. The municipalities are told from the records
 * (Groningen GM0014, Heerde GM0246); GM0244 (Hattem) holds the broken copy of the Heerde export.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/ori');
const GRONINGEN = join(FIXTURES, 'groningen-raadpleging-jeugdhulp.json');
const HEERDE = join(FIXTURES, 'heerde_persons.json');

let db: Database;
let server: ApolloServer<Context>;
let outcomes: FileOutcome[];
let tmp: string;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  for (const m of ['GM0014', 'GM0246', 'GM0244']) await wipeMunicipality(db, m);
  tmp = await mkdtemp(join(tmpdir(), 'raadsgraaf-ori-'));
  outcomes = await ingestFiles(db, [GRONINGEN, HEERDE]);
}, 120_000);

afterAll(async () => {
  for (const m of ['GM0014', 'GM0246', 'GM0244']) await wipeMunicipality(db, m);
  await rm(tmp, { recursive: true, force: true });
  await closeTestServer(server, db);
});

const status = (o: FileOutcome): string => (o.ok ? (o.load?.status ?? 'dry') : `failed: ${o.error}`);

describe('importing Open Raadsinformatie exports', () => {
  it('loads each record as a source of its own, in the municipality the records name', () => {
    expect(outcomes.map((o) => [o.path.replace(FIXTURES, ''), status(o)])).toEqual([
      ['/groningen-raadpleging-jeugdhulp.json#35332', 'created'],
      ['/groningen-raadpleging-jeugdhulp.json#35329', 'created'],
      ['/groningen-raadpleging-jeugdhulp.json#35150', 'created'],
      ['/groningen-raadpleging-jeugdhulp.json#35328', 'created'],
      ['/heerde_persons.json#0c6f5f52a9a7a942a2644ee47bc98f9a9432cc15', 'created'],
      ['/heerde_persons.json#35cb912b6f17747ec163867fe60ff4d14be1e99e', 'created'],
      ['/heerde_persons.json#369e65cdc69cc5abd2738913c8f18a7e3b99193a', 'created'],
      ['/heerde_persons.json#7b45dda38d7a458dafb0c9ac1ddf8de50560423c', 'created'],
    ]);
    const municipalities = outcomes.map((o) => (o.ok ? o.document.source.municipality : null));
    expect(municipalities).toEqual(['GM0014', 'GM0014', 'GM0014', 'GM0014', 'GM0246', 'GM0246', 'GM0246', 'GM0246']);
  });

  it('maps a meeting, its committee and its attached document, each fact quoting the JSON field it comes from', async () => {
    const result = await execute(
      server,
      db,
      `query OriMeeting($id: ID!) {
        meeting(id: $id) {
          title date municipality
          body { name kind }
          evidence { quote source { fileName url } }
        }
      }`,
      { id: 'meeting:gm0014:ori-35328' },
    );
    expect(result).toEqual({
      data: {
        meeting: {
          title: 'Raadpleging jeugdhulp',
          date: null,
          municipality: 'GM0014',
          body: { name: 'expertmeeting', kind: 'committee' },
          evidence: expect.arrayContaining([
            { quote: 'Raadpleging jeugdhulp', source: { fileName: 'groningen-raadpleging-jeugdhulp.json#35328', url: null } },
            { quote: 'Humanitas (Akerkhof 22)', source: { fileName: 'groningen-raadpleging-jeugdhulp.json#35328', url: null } },
            // The document's record names the meeting it belongs to (dcterms isReferencedBy 35328).
            { quote: '35328', source: { fileName: 'groningen-raadpleging-jeugdhulp.json#35329', url: 'https://api.notubiz.nl/document/8116469/1' } },
          ]),
        },
      },
    });
    const [doc] = await db.read<{ title: string; url: string; meeting: string; quotes: string[] }>(
      `MATCH (d:Document {id: 'document:gm0014:ori-35329'})-[:DISCUSSED_IN]->(m:Meeting)
       RETURN d.title AS title, d.url AS url, m.id AS meeting,
              COLLECT { MATCH (d)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(:Source {fileName: 'groningen-raadpleging-jeugdhulp.json#35329'}) RETURN p.quote ORDER BY p.start } AS quotes`,
    );
    expect(doc).toEqual({
      title: 'Uitnodiging deelnemers tafels jeugdzorg op 28 november vanaf 19 00 uur bij Humanitas (Akerkhof 22)',
      url: 'https://api.notubiz.nl/document/8116469/1',
      meeting: 'meeting:gm0014:ori-35328',
      quotes: ['Uitnodiging deelnemers tafels jeugdzorg op 28 november vanaf 19 00 uur bij Humanitas (Akerkhof 22)'],
    });
  });

  it("runs a document's text through the extractor: its facts quote the text, at offsets into the record's source", async () => {
    const fixture = JSON.parse(await readFile(GRONINGEN, 'utf8')) as { properties?: { predicate: string; value: unknown }[] }[];
    const text = fixture[1]?.properties?.find((p) => p.predicate === 'http://schema.org/text')?.value;
    expect(typeof text).toBe('string');
    const rows = await db.read<{ label: string; quote: string; start: number; end: number; sourceText: string }>(
      `MATCH (s:Source {fileName: 'groningen-raadpleging-jeugdhulp.json#35329'})-[:HAS_TEXT]->(t:SourceText)
       MATCH (n:Entity)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s)
       WHERE NOT n:Document AND NOT n:Meeting
       RETURN labels(n)[1] AS label, p.quote AS quote, p.start AS start, p.end AS end, t.text AS sourceText
       ORDER BY p.start`,
    );
    // The letter's fracties and the council it addresses come out of the text, as from any document.
    expect(new Set(rows.map((r) => r.label))).toEqual(expect.objectContaining(new Set(['Fractie', 'Body'])));
    expect(rows.map((r) => r.quote)).toEqual(expect.arrayContaining(['SP', 'VVD', 'PvdA']));
    for (const r of rows) {
      expect(r.sourceText.slice(r.start, r.end)).toBe(r.quote);
      expect(text).toContain(r.quote);
    }
  });

  it('maps persons with their council role and party membership, quoting the role and the party as the export gives them', async () => {
    const result = await execute(
      server,
      db,
      `query OriPerson($id: ID!) {
        person(id: $id) {
          name
          roles { role body { name } }
          fracties { name }
          evidence { quote source { url } }
        }
      }`,
      { id: 'person:gm0246:nienhuis' },
    );
    expect(result).toEqual({
      data: {
        person: {
          name: 'S.J.L. Nienhuis',
          roles: [{ role: 'raadslid', body: { name: 'Gemeenteraad' } }],
          fracties: [{ name: 'CDA' }],
          evidence: [{ quote: 'Dhr. S.J.L. Nienhuis', source: { url: 'https://almanak.overheid.nl/119675/Heerde/Dhr._S.J.L._Nienhuis/' } }],
        },
      },
    });
    const membership = await db.read<{ quotes: string[] }>(
      `MATCH (:Person {id: 'person:gm0246:nienhuis'})-[r:MEMBER_OF]->(:Fractie {id: 'fractie:gm0246:cda'})
       MATCH (p:Passage) WHERE p.id IN r.evidence
       RETURN collect(p.quote) AS quotes`,
    );
    expect(membership).toEqual([{ quotes: ['Raadslid', 'CDA'] }]);
    const [griffier] = await db.read<{ role: string }>(`MATCH (:Person {id: 'person:gm0246:espeldoorn-bloemendal'})-[r:HOLDS_ROLE]->(:Body {id: 'body:gm0246:gemeenteraad'}) RETURN r.role AS role`);
    expect(griffier).toEqual({ role: 'raadsgriffier' });
  });

  it('changes nothing when the same export is ingested again', async () => {
    const again = await ingestFiles(db, [GRONINGEN, HEERDE]);
    expect(again.map(status)).toEqual(Array(8).fill('unchanged'));
  });

  it('refuses a bad record with an error naming the record and the field; it writes nothing and the other records are loaded', async () => {
    const heerde = JSON.parse(await readFile(HEERDE, 'utf8')) as { persons: Record<string, unknown>[] };
    const broken = { ...heerde, persons: heerde.persons.map((p, i) => (i === 1 ? { ...p, name: 42 } : p)) };
    const path = join(tmp, 'heerde-broken.json');
    await writeFile(path, JSON.stringify(broken));
    const result = await ingestFiles(db, [path], { municipality: 'GM0244' });
    expect(result.map(status)).toEqual([
      'created',
      'created',
      'created',
      "failed: heerde-broken.json: persons[1] (35cb912b6f17747ec163867fe60ff4d14be1e99e): field 'name': Invalid input: expected string, received number",
    ]);
    const persons = await db.read<{ id: string }>(`MATCH (p:Person {municipality: 'GM0244'}) RETURN p.id AS id ORDER BY id`);
    expect(persons.map((p) => p.id)).toEqual(['person:gm0244:espeldoorn-bloemendal', 'person:gm0244:kuipers', 'person:gm0244:van-der-rhee']);
  });

  it('refuses a .json file that is not an ORI export, naming it', async () => {
    const path = join(tmp, 'notulen.json');
    await writeFile(path, JSON.stringify({ url: 'https://example.org/notulen.pdf', title: 'Notulen' }));
    const [outcome] = await ingestFiles(db, [path], { municipality: 'GM0244' });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.ok === false ? outcome.error : '').toMatch(/^notulen\.json: a \.json file that is not an Open Raadsinformatie export/);
  });
});
