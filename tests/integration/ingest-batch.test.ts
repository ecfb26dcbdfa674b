import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { date, type ExtractedDocument, type FactNode, type Props } from '../../src/ingest/facts.js';
import { sourceId } from '../../src/ingest/ids.js';
import { loadDocument, loadDocuments } from '../../src/ingest/load.js';
import { connectTestDatabase } from '../support/harness.js';

/**
 * Many documents in one transaction (load.ts loadDocuments), on a municipality of this file's
 * own (GM9992): what a batch writes equals what loading the documents one by one writes; a
 * document the database refuses makes the batch fail and is then refused alone, while the
 * others of the batch are written; unchanged and changed documents are told apart as
 * loadDocument does.
 */
const MUNICIPALITY = 'GM9992';
const SHARED_ORGANISATION = 'organisation:gm9992:stichting-gedeeld';

/** Document k: one commitment of its own, concerning an organisation every document shares. */
function doc(k: number, extra: Props = {}, version = 1): { doc: ExtractedDocument; textLength: number } {
  const text = `Versie ${version}. De wethouder zegt toe batchpunt ${k} te regelen met Stichting Gedeeld.`;
  const quote = { start: 0, end: text.length, quote: text };
  const nodes: FactNode[] = [
    { id: SHARED_ORGANISATION, label: 'Organisation', props: { name: 'Stichting Gedeeld' }, evidence: [] },
    { id: `commitment:gm9992:batch-${k}`, label: 'Commitment', props: { text, kind: 'explicit', status: 'open', date: date('2024-03-01'), ...extra }, evidence: [quote] },
  ];
  const edges = [{ type: 'CONCERNS' as const, from: `commitment:gm9992:batch-${k}`, to: SHARED_ORGANISATION, props: {}, evidence: [quote] }];
  const sha256 = createHash('sha256').update(text + JSON.stringify(extra)).digest('hex');
  return { doc: { source: { fileName: `batch-${k}.txt`, sha256, format: 'text', municipality: MUNICIPALITY }, nodes, edges, warnings: [] }, textLength: text.length };
}

let db: Database;
beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** What the graph holds for GM9992, as comparable rows. */
async function contents(): Promise<unknown[]> {
  return db.read(
    `MATCH (s:Source {municipality: $m})
     OPTIONAL MATCH (p:Passage)-[:FROM_SOURCE]->(s)
     WITH s, p ORDER BY p.id
     WITH s, collect(p.id) AS passages
     RETURN s.id AS source, s.nodeIds AS nodeIds, s.relKeys AS relKeys, passages,
            COLLECT { MATCH (n:Entity {municipality: $m}) WHERE s.id IN n.sources RETURN n.id ORDER BY n.id } AS supports
     ORDER BY source`,
    { m: MUNICIPALITY },
  );
}

async function wipe(): Promise<void> {
  await db.write('MATCH (n {municipality: $m}) DETACH DELETE n', { m: MUNICIPALITY });
}

describe('loading documents in batches', () => {
  it('writes what loading them one by one writes', async () => {
    await wipe();
    for (const k of [1, 2, 3]) await loadDocument(db, doc(k).doc, doc(k).textLength);
    const single = await contents();
    const [organisation] = await db.read<{ sources: string[] }>('MATCH (o:Organisation {id: $id}) RETURN o.sources AS sources', { id: SHARED_ORGANISATION });
    await wipe();
    const outcomes = await loadDocuments(db, [1, 2, 3].map((k) => doc(k)));
    expect(outcomes.map((o) => (o.ok ? o.load.status : o.error.message))).toEqual(['created', 'created', 'created']);
    expect(await contents()).toEqual(single);
    expect(await db.read('MATCH (o:Organisation {id: $id}) RETURN o.sources AS sources', { id: SHARED_ORGANISATION })).toEqual([organisation]);
  });

  it('writes a fact several documents of the batch state as the documents one by one would: properties, role period, sources, evidence', async () => {
    const PERSON = 'person:gm9992:gedeeld';
    const BODY = 'body:gm9992:college';
    /** Document k names the same person and role, with its own period, office and passage. */
    const shared = (k: number, from: string | null, to: string | null, office: string | null): { doc: ExtractedDocument; textLength: number } => {
      const text = `Stuk ${k}. Wethouder Gedeeld zit in het college.`;
      const quote = { start: 0, end: text.length, quote: text };
      const roleProps: Props = { role: 'wethouder', ...(from === null ? {} : { from: date(from) }), ...(to === null ? {} : { to: date(to) }) };
      const nodes: FactNode[] = [
        { id: PERSON, label: 'Person', props: { name: 'Gedeeld', surname: 'Gedeeld', ...(office === null ? {} : { office }) }, evidence: [quote] },
        { id: BODY, label: 'Body', props: { name: 'College van B en W' }, evidence: [] },
      ];
      const edges = [{ type: 'HOLDS_ROLE' as const, from: PERSON, to: BODY, props: roleProps, evidence: [quote] }];
      const sha256 = createHash('sha256').update(text).digest('hex');
      return { doc: { source: { fileName: `shared-${k}.txt`, sha256, format: 'text', municipality: MUNICIPALITY }, nodes, edges, warnings: [] }, textLength: text.length };
    };
    const docs = [shared(1, '2019-05-01', '2019-09-01', 'kamer 1'), shared(2, '2018-01-01', null, null), shared(3, null, '2021-02-01', 'kamer 3')];
    const state = () =>
      db.read(
        `MATCH (p:Entity {id: $person})-[r:HOLDS_ROLE]->(b:Entity {id: $body})
         RETURN p {.*, labels: labels(p)} AS person, b {.*, labels: labels(b)} AS body, r {.*, from: toString(r.from), to: toString(r.to)} AS role,
                COUNT { (p)-[:EVIDENCED_BY]->() } AS personEvidence`,
        { person: PERSON, body: BODY },
      );
    await wipe();
    for (const d of docs) await loadDocument(db, d.doc, d.textLength);
    const single = await state();
    expect(single).toHaveLength(1);
    await wipe();
    const outcomes = await loadDocuments(db, docs);
    expect(outcomes.map((o) => (o.ok ? o.load.status : o.error.message))).toEqual(['created', 'created', 'created']);
    expect(await state()).toEqual(single);
    expect(single[0]).toMatchObject({ role: { from: '2018-01-01', to: '2021-02-01' }, person: { office: 'kamer 3' }, personEvidence: 3 });
  });

  it('refuses a document the database cannot store, alone: nothing of it is written, the rest of the batch is', async () => {
    await wipe();
    // A list of mixed types cannot be stored as a property: the batch fails, then this document alone.
    const bad = doc(5, { tags: ['a', 1] as unknown as readonly string[] });
    const outcomes = await loadDocuments(db, [doc(4), bad, doc(6)]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const sources = await db.read<{ id: string }>('MATCH (s:Source {municipality: $m}) RETURN s.id AS id ORDER BY id', { m: MUNICIPALITY });
    expect(sources.map((s) => s.id)).toEqual([sourceId(MUNICIPALITY, 'batch-4.txt'), sourceId(MUNICIPALITY, 'batch-6.txt')]);
    expect(await db.read('MATCH (c:Commitment {id: $id}) RETURN c.id', { id: 'commitment:gm9992:batch-5' })).toEqual([]);
  });

  it('skips unchanged documents and replaces changed ones as loadDocument does', async () => {
    const outcomes = await loadDocuments(db, [doc(4), doc(6, {}, 2), doc(7)]);
    expect(outcomes.map((o) => (o.ok ? o.load.status : o.error.message))).toEqual(['unchanged', 'replaced', 'created']);
    const [text] = await db.read<{ text: string }>('MATCH (c:Commitment {id: $id}) RETURN c.text AS text', { id: 'commitment:gm9992:batch-6' });
    expect(text?.text).toMatch(/^Versie 2\./);
  });
});
