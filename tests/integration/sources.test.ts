import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { closeTestServer, execute, openTestServer, wipeMunicipality } from '../support/harness.js';

/**
 * Sources a reader can check: url, publication day, title and the full text of real corpus
 * documents, from each of the three places metadata comes from, and passages whose offsets
 * highlight exactly their quote in that text. Written under GM9996 and removed afterwards.
 */
const MUNICIPALITY = 'GM9996';
const CORPUS = 'tests/corpus/docs';
const HOGELAND = '071-hethogeland-rtvnoord-subsidie-dorpshuizen.txt';
const HOGELAND_URL = 'https://www.rtvnoord.nl/nieuws/800010/Raad-Het-Hogeland-akkoord-met-aanpassing-subsidie-voor-dorpshuizen';
const ZEEWOLDE = '053-zeewolde-omroep-vijf-jongerenmoties.txt';

let db: Database;
let server: ApolloServer<Context>;
let scratch: string;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  scratch = mkdtempSync(join(tmpdir(), 'raadsgraaf-sources-'));
});

afterAll(async () => {
  await wipeMunicipality(db, MUNICIPALITY);
  await closeTestServer(server, db);
  rmSync(scratch, { recursive: true, force: true });
});

const SOURCE = /* GraphQL */ `
  query Source($id: ID!) {
    source(id: $id) { id fileName url publishedAt title textLength text }
  }
`;

const EVIDENCE = /* GraphQL */ `
  query Evidence($municipality: String!) {
    commitments(filter: { municipality: $municipality }, first: 100) {
      edges { node { id evidence { id quote start end source { id url text } } } }
    }
  }
`;

async function ingestAs(path: string, meta = {}): Promise<string> {
  const outcome = await ingestFile(db, path, { municipality: MUNICIPALITY, meta });
  if (!outcome.ok) throw new Error(outcome.error);
  if (outcome.load === null) throw new Error('nothing loaded');
  return outcome.load.sourceId;
}

describe('a source with a SOURCE: first line', () => {
  it('has its url and its whole text, unchanged', async () => {
    const id = await ingestAs(join(CORPUS, HOGELAND));
    const text = readFileSync(join(CORPUS, HOGELAND), 'utf8');
    const result = await execute(server, db, SOURCE, { id });
    expect(result).toEqual({
      data: { source: { id, fileName: HOGELAND, url: HOGELAND_URL, publishedAt: null, title: null, textLength: text.length, text } },
    });
  });

  it('lets a client highlight every passage: text.slice(start, end) is the quote', async () => {
    const result = await execute(server, db, EVIDENCE, { municipality: MUNICIPALITY });
    const edges = (result.data?.commitments as { edges: { node: { evidence: { quote: string; start: number; end: number; source: { url: string; text: string } }[] } }[] }).edges;
    const passages = edges.flatMap((e) => e.node.evidence);
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      expect(p.source.url).toBe(HOGELAND_URL);
      expect(p.source.text.slice(p.start, p.end)).toBe(p.quote);
    }
  });
});

describe('a source with a sidecar JSON', () => {
  it('takes url, publishedAt and title from <file>.json; the command line wins over it', async () => {
    const file = join(scratch, ZEEWOLDE);
    copyFileSync(join(CORPUS, ZEEWOLDE), file);
    writeFileSync(`${file}.json`, JSON.stringify({ url: 'https://example.org/zeewolde/jongerenmoties', publishedAt: '2023-06-01', title: 'Vijf jongerenmoties' }));
    const id = await ingestAs(file);
    const sidecar = await execute(server, db, 'query S($id: ID!) { source(id: $id) { url publishedAt title } }', { id });
    expect(sidecar).toEqual({ data: { source: { url: 'https://example.org/zeewolde/jongerenmoties', publishedAt: '2023-06-01', title: 'Vijf jongerenmoties' } } });

    // Same bytes, new metadata: the facts are unchanged, the metadata is updated.
    await ingestAs(file, { url: 'https://example.org/zeewolde/origineel', title: 'Jongerenmoties Zeewolde' });
    const given = await execute(server, db, 'query S($id: ID!) { source(id: $id) { url publishedAt title } }', { id });
    expect(given).toEqual({ data: { source: { url: 'https://example.org/zeewolde/origineel', publishedAt: '2023-06-01', title: 'Jongerenmoties Zeewolde' } } });
  });

  it('refuses a malformed sidecar, naming it, and writes nothing', async () => {
    const file = join(scratch, 'kapot.txt');
    copyFileSync(join(CORPUS, ZEEWOLDE), file);
    writeFileSync(join(scratch, 'kapot.json'), '{ "url": 12 }');
    const outcome = await ingestFile(db, file, { municipality: MUNICIPALITY });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('kapot.json') });
    expect(await db.read('MATCH (s:Source {municipality: $m, fileName: $f}) RETURN s.id AS id', { m: MUNICIPALITY, f: 'kapot.txt' })).toEqual([]);
  });
});

describe('source(id:)', () => {
  it('is null for an unknown id', async () => {
    expect(await execute(server, db, SOURCE, { id: 'source:gm9996:nothing' })).toEqual({ data: { source: null } });
  });
});
