import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { applySchema } from '../../src/db/apply-schema.js';
import type { Database } from '../../src/db/database.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { closeTestServer, execute, openTestServer, wipeMunicipality } from '../support/harness.js';

/**
 * Search speaks Dutch: inflected forms find the same entities (subsidies = subsidie), accents are
 * folded (geevalueerd = geëvalueerd), and a store whose full-text indexes were made with the old
 * analyzer gets them rebuilt by applySchema. On the seeds plus two real corpus documents
 * (written under GM9995, removed afterwards).
 */
const MUNICIPALITY = 'GM9995';
const DOCS = ['tests/corpus/docs/071-hethogeland-rtvnoord-subsidie-dorpshuizen.txt', 'tests/corpus/docs/053-zeewolde-omroep-vijf-jongerenmoties.txt'];

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  for (const path of DOCS) {
    const outcome = await ingestFile(db, path, { municipality: MUNICIPALITY });
    if (!outcome.ok) throw new Error(outcome.error);
  }
});

afterAll(async () => {
  await wipeMunicipality(db, MUNICIPALITY);
  await closeTestServer(server, db);
});

const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 100) {
      totalCount
      edges { node { entity { id } matchedIn snippet } }
    }
  }
`;

interface Hits {
  totalCount: number;
  edges: { node: { entity: { id: string }; matchedIn: string; snippet: string } }[];
}

async function search(query: string): Promise<Hits> {
  const result = await execute(server, db, SEARCH, { query });
  expect(result.errors).toBeUndefined();
  return result.data?.search as Hits;
}

const ids = (hits: Hits): string[] => hits.edges.map((e) => e.node.entity.id).sort();

describe('Dutch search', () => {
  it('finds with "subsidies" what it finds with "subsidie"', async () => {
    const singular = await search('subsidie');
    const plural = await search('subsidies');
    // The seeds say 'Subsidie MEE-Vivenz' and 'losse subsidies': each form finds both.
    const snippets = (hits: Hits) => hits.edges.map((e) => e.node.snippet);
    for (const hits of [singular, plural]) {
      expect(snippets(hits)).toEqual(expect.arrayContaining(['«Subsidie» MEE-Vivenz (lokaal deel) loopt 31 december 2020 af', 'VO06r 2017: losse «subsidies»']));
    }
    expect(ids(plural)).toEqual(ids(singular));
    expect(plural.totalCount).toBe(singular.totalCount);
  });

  it('folds accents: "clientervaring" and "mariette" find what "cliëntervaring" and "Mariëtte" find, and highlight them', async () => {
    for (const [plain, accented] of [
      ['clientervaring', 'cliëntervaring'],
      ['mariette', 'Mariëtte'],
    ] as const) {
      const a = await search(plain);
      const b = await search(accented);
      expect(a.totalCount).toBeGreaterThan(0);
      expect(ids(a)).toEqual(ids(b));
      for (const e of a.edges) expect(e.node.snippet).toContain(`«${accented}»`);
    }
  });

  it('a store with the old analyzer gets its full-text index rebuilt with the dutch one', async () => {
    await db.write('DROP INDEX passage_quote');
    await db.write('CREATE FULLTEXT INDEX passage_quote FOR (n:Passage) ON EACH [n.quote]');
    await db.write('CALL db.awaitIndexes(60)');
    const analyzer = async () =>
      (await db.read<{ analyzer: string }>("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'passage_quote' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer"))[0]?.analyzer;
    expect(await analyzer()).toBe('standard-no-stop-words');
    await applySchema(db);
    expect(await analyzer()).toBe('dutch');
    const plural = await search('subsidies');
    expect(ids(plural)).toEqual(ids(await search('subsidie')));
  });
});
