import { recordChangesOf, type TouchedFacts } from '../change/change-capture.js';
import type { Database } from '../db/database.js';
import { cypher } from '../db/cypher.js';
import { toNeo4jProps } from '../db/values.js';
import { edgeKey, type ExtractedDocument, type Passage } from './facts.js';
import { passageId, sourceId } from './ids.js';
import { NO_SOURCE_META, type SourceMeta } from './source-meta.js';

/** What the loader stores about a file besides its facts: its text (null: not kept) and publication metadata. */
export interface SourceContent extends SourceMeta {
  readonly text: string | null;
}

const NO_CONTENT: SourceContent = { ...NO_SOURCE_META, text: null };

const Q = {
  state: cypher('ingest/source-state'),
  hashes: cypher('ingest/source-hashes'),
  retractEdges: cypher('ingest/retract-edges'),
  retractNodes: cypher('ingest/retract-nodes'),
  deletePassages: cypher('ingest/delete-passages'),
  upsertSource: cypher('ingest/upsert-source'),
  writeBatch: cypher('ingest/write-batch'),
  updateSourceMeta: cypher('ingest/update-source-meta'),
  mergePassages: cypher('ingest/merge-passages'),
  mergeNodes: cypher('ingest/merge-nodes'),
  mergeEdges: cypher('ingest/merge-edges'),
};

export type LoadStatus = 'created' | 'replaced' | 'unchanged';

export interface LoadResult {
  readonly status: LoadStatus;
  readonly sourceId: string;
  readonly nodes: number;
  readonly edges: number;
  readonly passages: number;
}

interface RelKey {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly key: string;
}

const relKeyString = (k: RelKey): string => JSON.stringify([k.type, k.from, k.to, k.key]);

function parseRelKey(s: string): RelKey {
  const parsed: unknown = JSON.parse(s);
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((x) => typeof x === 'string')) {
    throw new Error(`corrupt relationship key on a Source node: ${s}`);
  }
  const [type, from, to, key] = parsed as [string, string, string, string];
  return { type, from, to, key };
}

/**
 * Writes one document's facts in one transaction.
 *
 * - The same file again (same hash): nothing is written.
 * - A changed file: its previous contribution is withdrawn first (nodes and relationships that
 *   only it supported are deleted, shared ones lose its support and evidence), then the new
 *   facts are merged. Facts other sources support are left alone.
 * - Any failure rolls the whole file back.
 */
/** A document's rows as the merge queries take them. */
interface Prepared {
  readonly doc: ExtractedDocument;
  readonly textLength: number;
  readonly content: SourceContent;
  readonly sid: string;
  readonly passagePrefix: string;
  readonly nodes: readonly { sourceId: string; municipality: string; id: string; label: string; props: Record<string, unknown>; evidence: string[] }[];
  readonly edges: readonly { sourceId: string; from: string; to: string; type: string; key: string; props: Record<string, unknown>; evidence: string[] }[];
  readonly passages: readonly { sourceId: string; id: string; start: number; end: number; quote: string }[];
}

function prepare(doc: ExtractedDocument, textLength: number, content: SourceContent): Prepared {
  const sid = sourceId(doc.source.municipality, doc.source.fileName);
  const passagePrefix = `${passageId(sid, 0, 0).replace(/0-0$/, '')}`;

  const passages = new Map<string, Passage>();
  const evidenceIds = (evidence: readonly Passage[]): string[] =>
    evidence.map((p) => {
      const id = passageId(sid, p.start, p.end);
      passages.set(id, p);
      return id;
    });

  const nodes = doc.nodes.map((n) => ({
    sourceId: sid,
    municipality: doc.source.municipality,
    id: n.id,
    label: n.label,
    props: toNeo4jProps(n.props),
    evidence: evidenceIds(n.evidence),
  }));
  const edges = doc.edges.map((e) => ({
    sourceId: sid,
    from: e.from,
    to: e.to,
    type: e.type,
    key: edgeKey(e.props),
    props: toNeo4jProps(e.props),
    evidence: evidenceIds(e.evidence),
  }));
  const passageRows = [...passages.entries()].map(([id, p]) => ({ sourceId: sid, id, start: p.start, end: p.end, quote: p.quote }));
  return { doc, textLength, content, sid, passagePrefix, nodes, edges, passages: passageRows };
}

const sourceRow = (p: Prepared) => ({
  id: p.sid,
  fileName: p.doc.source.fileName,
  sha256: p.doc.source.sha256,
  format: p.doc.source.format,
  municipality: p.doc.source.municipality,
  textLength: p.textLength,
  text: p.content.text,
  url: p.content.url,
  title: p.content.title,
  publishedAt: p.content.publishedAt,
  nodeIds: p.nodes.map((n) => n.id),
  relKeys: p.edges.map(relKeyString),
});

export async function loadDocument(db: Database, doc: ExtractedDocument, textLength: number, content: SourceContent = NO_CONTENT): Promise<LoadResult> {
  const prepared = prepare(doc, textLength, content);
  const { sid, passagePrefix, nodes, edges, passages: passageRows } = prepared;
  return db.writeTransaction(async (run) => {
    const [state] = await run<{ sha256: string | null; nodeIds: string[]; relKeys: string[]; url: string | null; title: string | null; publishedAt: string | null }>(Q.state, { sourceId: sid });
    const known = state?.sha256 ?? null;
    if (known === doc.source.sha256) {
      // The same text: only its publication metadata may have changed (a new sidecar, --source-url).
      if (state !== undefined && metaDiffers(state, content)) {
        await run(Q.updateSourceMeta, { sourceId: sid, url: content.url, title: content.title, publishedAt: content.publishedAt });
      }
      return { status: 'unchanged', sourceId: sid, nodes: 0, edges: 0, passages: 0 };
    }
    if (known !== null && state !== undefined) {
      await run(Q.retractEdges, { rels: state.relKeys.map(parseRelKey), sourceId: sid, passagePrefix });
      await run(Q.retractNodes, { nodeIds: state.nodeIds, sourceId: sid });
      await run(Q.deletePassages, { sourceId: sid });
    }
    await run(Q.upsertSource, { source: sourceRow(prepared) });
    await run(Q.mergePassages, { passages: passageRows });
    await run(Q.mergeNodes, { nodes });
    await run(Q.mergeEdges, { edges });
    const previous = known !== null && state !== undefined ? { sid, nodeIds: state.nodeIds, rels: state.relKeys.map(parseRelKey) } : null;
    await recordChangesOf(run, touchedBy([prepared], previous), { kind: 'INGEST' });
    return {
      status: known === null ? 'created' : 'replaced',
      sourceId: sid,
      nodes: nodes.length,
      edges: edges.length,
      passages: passageRows.length,
    };
  });
}

/** What a write of these documents may change, for the change feed; `previous`: what a changed file contributed before. */
const touchedBy = (docs: readonly Prepared[], previous: { readonly sid: string; readonly nodeIds: readonly string[]; readonly rels: readonly RelKey[] } | null = null): TouchedFacts => ({
  nodes: [...docs.flatMap((p) => p.nodes), ...(previous?.nodeIds ?? []).map((id) => ({ id, sourceId: previous?.sid ?? null }))],
  rels: [...docs.flatMap((p) => p.edges), ...(previous?.rels ?? []).map((r) => ({ ...r, sourceId: previous?.sid ?? null }))],
});

const metaDiffers = (stored: { url: string | null; title: string | null; publishedAt: string | null }, content: SourceMeta): boolean =>
  stored.url !== content.url || stored.title !== content.title || stored.publishedAt !== content.publishedAt;

/**
 * The parameters of write-batch.cypher: every fresh document's rows together, one row per fact.
 * A fact several documents of the batch state (the municipality, the college, a person on every
 * page) is written once, not once per document: each write of a node or relationship rewrites
 * its `sources` list, which grows with the store, so a batch of n documents naming a hub n times
 * cost n rewrites of that list. One row gives the state the documents' rows, applied one after
 * another, would leave: properties merged in document order (a later document's value wins, a
 * null removes), the node's `municipality` as the last row sets it, the supporting sources and
 * passages in the order they were appended, and the `from`/`to` candidates of every row (the
 * query keeps the earliest and latest, as it did row by row). Evidence goes as distinct
 * (node, passage) pairs.
 */
function batchParams(fresh: readonly Prepared[]): Record<string, unknown> {
  const evidence = new Map<string, { node: string; passage: string }>();
  const nodes = new Map<string, { id: string; labels: string[]; props: Record<string, unknown>; municipality: unknown; sourceIds: string[] }>();
  const edges = new Map<string, { from: string; to: string; type: string; key: string; props: Record<string, unknown>; froms: unknown[]; tos: unknown[]; sourceIds: string[]; evidence: string[] }>();
  for (const p of fresh) {
    for (const n of p.nodes) {
      for (const passage of n.evidence) evidence.set(JSON.stringify([n.id, passage]), { node: n.id, passage });
      const municipality = n.props.municipality ?? n.municipality;
      const row = nodes.get(n.id);
      if (row === undefined) {
        nodes.set(n.id, { id: n.id, labels: [n.label], props: { ...n.props }, municipality, sourceIds: [n.sourceId] });
        continue;
      }
      if (!row.labels.includes(n.label)) row.labels.push(n.label);
      Object.assign(row.props, n.props);
      row.municipality = municipality;
      if (!row.sourceIds.includes(n.sourceId)) row.sourceIds.push(n.sourceId);
    }
    for (const e of p.edges) {
      const k = relKeyString(e);
      const row = edges.get(k);
      if (row === undefined) {
        edges.set(k, { from: e.from, to: e.to, type: e.type, key: e.key, props: { ...e.props }, froms: [e.props.from ?? null], tos: [e.props.to ?? null], sourceIds: [e.sourceId], evidence: [...e.evidence] });
        continue;
      }
      Object.assign(row.props, e.props);
      row.froms.push(e.props.from ?? null);
      row.tos.push(e.props.to ?? null);
      if (!row.sourceIds.includes(e.sourceId)) row.sourceIds.push(e.sourceId);
      // Row by row, a passage already on the relationship was not appended again.
      const before = new Set(row.evidence);
      row.evidence.push(...e.evidence.filter((x) => !before.has(x)));
    }
  }
  return {
    sources: fresh.map(sourceRow),
    passages: fresh.flatMap((p) => p.passages),
    nodes: [...nodes.values()],
    evidence: [...evidence.values()],
    edges: [...edges.values()],
  };
}

/** What `loadDocuments` did with one document: its load, or why it was refused. */
export type BatchOutcome = { readonly ok: true; readonly load: LoadResult } | { readonly ok: false; readonly error: Error };

/**
 * Writes many documents in one transaction: one statement (write-batch.cypher) UNWINDs the rows
 * of all of them, so a batch costs two round trips (their stored hashes, then the write) instead
 * of a few per document. Only documents the database has
 * never seen are written together; an unchanged one is skipped, and a changed one (its old facts
 * must be withdrawn first) or a second document with the same source id goes through
 * `loadDocument` on its own. When the batch fails, nothing of it is written and every document
 * is retried on its own, so one bad file still writes nothing and the others are loaded.
 * Outcomes come back in the order of `items`.
 */
export async function loadDocuments(db: Database, items: readonly { readonly doc: ExtractedDocument; readonly textLength: number; readonly content?: SourceContent }[]): Promise<BatchOutcome[]> {
  const outcomes = new Array<BatchOutcome | undefined>(items.length);
  // A document whose rows cannot even be prepared (a malformed date) is refused before the batch.
  const prepared = items.map((item, i) => {
    try {
      return prepare(item.doc, item.textLength, item.content ?? NO_CONTENT);
    } catch (error) {
      outcomes[i] = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      return null;
    }
  });
  const alone: number[] = [];
  try {
    await db.writeTransaction(async (run) => {
      const sourceIds = prepared.flatMap((p) => (p === null ? [] : [p.sid]));
      const rows = await run<{ sourceId: string; sha256: string | null; url: string | null; title: string | null; publishedAt: string | null }>(Q.hashes, { sourceIds });
      const stored = new Map(rows.map((r) => [r.sourceId, r.sha256]));
      const storedMeta = new Map(rows.map((r) => [r.sourceId, r]));
      const fresh: Prepared[] = [];
      const seen = new Set<string>();
      alone.length = 0;
      prepared.forEach((p, i) => {
        if (p === null) return;
        const known = stored.get(p.sid) ?? null;
        const meta = storedMeta.get(p.sid);
        if (known === p.doc.source.sha256 && !seen.has(p.sid) && !(meta !== undefined && metaDiffers(meta, p.content))) {
          outcomes[i] = { ok: true, load: { status: 'unchanged', sourceId: p.sid, nodes: 0, edges: 0, passages: 0 } };
        } else if (known !== null || seen.has(p.sid)) {
          alone.push(i);
        } else {
          fresh.push(p);
          outcomes[i] = { ok: true, load: { status: 'created', sourceId: p.sid, nodes: p.nodes.length, edges: p.edges.length, passages: p.passages.length } };
        }
        seen.add(p.sid);
      });
      if (fresh.length === 0) return;
      await run(Q.writeBatch, batchParams(fresh));
      await recordChangesOf(run, touchedBy(fresh), { kind: 'INGEST' });
    });
  } catch {
    // Nothing of the batch was written: load each document on its own.
    alone.length = 0;
    prepared.forEach((p, i) => {
      if (p === null) return;
      outcomes[i] = undefined;
      alone.push(i);
    });
  }
  for (const i of alone) {
    const item = items[i];
    if (item === undefined) continue;
    try {
      outcomes[i] = { ok: true, load: await loadDocument(db, item.doc, item.textLength, item.content ?? NO_CONTENT) };
    } catch (error) {
      outcomes[i] = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
  }
  return outcomes.map((o) => o ?? { ok: false, error: new Error('not loaded') });
}
