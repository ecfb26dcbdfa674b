import { readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { extractDocument } from '../../src/ingest/extract-document.js';
import { FactBuilder } from '../../src/ingest/fact-builder.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { loadDocument } from '../../src/ingest/load.js';
import { reextractStored } from '../../src/ingest/reextract.js';
import { closeTestServer, execute, openTestServer, wipeMunicipality } from '../support/harness.js';

/**
 * A store built before the person identity rule keyed persons by surname alone, so Hoogeveen's
 * minutes of 29 October 2009 (tests/corpus: J.K. and L. Otten, A.A. and J.H. Steenbergen among
 * those present) were one Otten and one Steenbergen. `npm run reextract` (reextract.ts) extracts the
 * stored text again and replaces the document's facts: the two come apart. The old store is made
 * as the old loader wrote it: today's extraction with each surname's persons renamed onto the
 * surname's key. Written under GM9974 and removed afterwards.
 */
const MUNICIPALITY = 'GM9974';
const FILE = '137-hoogeveen-gemeentebelangen-verslag-besluiten-29-oktober-2009.txt';
const TEXT = readFileSync(`tests/corpus/docs/${FILE}`, 'utf8');
const MERGED = new Map([
  ['person:gm9974:otten-l', 'person:gm9974:otten'],
  ['person:gm9974:steenbergen-jh', 'person:gm9974:steenbergen'],
]);

/** The document as the surname key stored it: each second person of a surname merged into the first. */
function asOldStoreWroteIt(doc: ExtractedDocument): ExtractedDocument {
  const facts = new FactBuilder();
  for (const n of doc.nodes) facts.node(n.id, n.label, n.props, n.evidence);
  for (const e of doc.edges) facts.edge(e.type, e.from, e.to, e.props, e.evidence);
  facts.rename(MERGED);
  return facts.build(doc.source);
}

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  await wipeMunicipality(db, MUNICIPALITY);
  const today = extractDocument({ text: TEXT, fileName: FILE, sha256: 'hoogeveen-2009-10-29', municipality: MUNICIPALITY });
  expect(today.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([...MERGED.keys(), ...MERGED.values()]));
  const load = await loadDocument(db, asOldStoreWroteIt(today), TEXT.length, { url: null, title: null, publishedAt: null, text: TEXT });
  expect(load.status).toBe('created');
}, 120_000);

afterAll(async () => {
  await wipeMunicipality(db, MUNICIPALITY);
  await closeTestServer(server, db);
});

const PERSONS = /* GraphQL */ `
  query SplitPersons($text: String!) {
    persons(filter: { municipality: "GM9974", text: $text }) { edges { node { id name initials } } }
  }
`;

const ids = async (text: string): Promise<string[]> => {
  const result = await execute(server, db, PERSONS, { text });
  return (result.data?.persons as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id).sort();
};

describe('persons an older store merged under one surname', () => {
  it('are one node before, holding the form merged last', async () => {
    const ottens = await execute(server, db, PERSONS, { text: 'Otten' });
    // `Otten (CDA) vindt ...`, a bare surname both Ottens of the list share, is on the surname's unresolved node throughout.
    expect(ottens.data?.persons).toEqual({ edges: [
      { node: { id: 'person:gm9974:otten', name: 'L. Otten', initials: 'L.' } },
      { node: { id: 'person:gm9974:otten-onbepaald', name: 'Otten', initials: null } },
    ] });
    expect(await ids('Steenbergen')).toEqual(['person:gm9974:steenbergen', 'person:gm9974:van-heugten-steenbergen']);
  });

  it('come apart when the stored document is extracted again: the person the old node names keeps its id, the other gets its initials in a new one', async () => {
    expect(await reextractStored(db, { municipality: MUNICIPALITY })).toEqual([{ sourceId: 'source:gm9974:137-hoogeveen-gemeentebelangen-verslag-besluiten-29-oktober-2009-txt', fileName: FILE, status: 'replaced' }]);
    const ottens = await execute(server, db, PERSONS, { text: 'Otten' });
    const split = (ottens.data?.persons as { edges: { node: { id: string } }[] }).edges.map((e) => e.node).sort((a, b) => a.id.localeCompare(b.id));
    expect(split).toEqual([
      { id: 'person:gm9974:otten', name: 'L. Otten', initials: 'L.' },
      { id: 'person:gm9974:otten-jk', name: 'J.K. Otten', initials: 'J.K.' },
      { id: 'person:gm9974:otten-onbepaald', name: 'Otten', initials: null },
    ]);
    expect(await ids('Steenbergen')).toEqual(['person:gm9974:steenbergen', 'person:gm9974:steenbergen-aa', 'person:gm9974:van-heugten-steenbergen']);
    const quotes = await db.read<{ id: string; quotes: string[] }>(
      `MATCH (p:Person)-[:EVIDENCED_BY]->(q:Passage) WHERE p.id IN $ids
       WITH p, q ORDER BY q.start RETURN p.id AS id, collect(q.quote) AS quotes ORDER BY id`,
      { ids: ['person:gm9974:otten', 'person:gm9974:otten-jk'] },
    );
    expect(quotes.map((q) => [q.id, q.quotes.every((quote) => quote.includes('Otten'))])).toEqual([['person:gm9974:otten', true], ['person:gm9974:otten-jk', true]]);
    expect(quotes[0]?.quotes.join(' ')).not.toContain('J.K. Otten');
    expect(quotes[1]?.quotes.join(' ')).toContain('J.K. Otten');
  });
});
