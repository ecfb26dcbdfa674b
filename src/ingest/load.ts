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

const Q = {
  state: cypher('ingest/source-state'),
  retractEdges: cypher('ingest/retract-edges'),
  retractNodes: cypher('ingest/retract-nodes'),
  deletePassages: cypher('ingest/delete-passages'),
  upsertSource: cypher('ingest/upsert-source'),
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
export async function loadDocument(
  db: Database,
  doc: ExtractedDocument,
  textLength: number,
  content: SourceContent = { ...NO_SOURCE_META, text: null },
): Promise<LoadResult> {
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
    id: n.id,
    label: n.label,
    props: toNeo4jProps(n.props),
    evidence: evidenceIds(n.evidence),
  }));
  const edges = doc.edges.map((e) => ({
    from: e.from,
    to: e.to,
    type: e.type,
    key: edgeKey(e.props),
    props: toNeo4jProps(e.props),
    evidence: evidenceIds(e.evidence),
  }));
  const passageRows = [...passages.entries()].map(([id, p]) => ({ id, start: p.start, end: p.end, quote: p.quote }));

  return db.writeTransaction(async (run) => {
    const [state] = await run<{ sha256: string | null; nodeIds: string[]; relKeys: string[]; url: string | null; title: string | null; publishedAt: string | null }>(Q.state, { sourceId: sid });
    const known = state?.sha256 ?? null;
    if (known === doc.source.sha256) {
      if (state !== undefined && (state.url !== content.url || state.title !== content.title || state.publishedAt !== content.publishedAt)) {
        await run(Q.updateSourceMeta, { sourceId: sid, url: content.url, title: content.title, publishedAt: content.publishedAt });
      }
      return { status: 'unchanged', sourceId: sid, nodes: 0, edges: 0, passages: 0 };
    }
    if (known !== null && state !== undefined) {
      await run(Q.retractEdges, { rels: state.relKeys.map(parseRelKey), sourceId: sid, passagePrefix });
      await run(Q.retractNodes, { nodeIds: state.nodeIds, sourceId: sid });
      await run(Q.deletePassages, { sourceId: sid });
    }
    await run(Q.upsertSource, {
      source: {
        id: sid,
        fileName: doc.source.fileName,
        sha256: doc.source.sha256,
        format: doc.source.format,
        municipality: doc.source.municipality,
        textLength,
        text: content.text,
        url: content.url,
        title: content.title,
        publishedAt: content.publishedAt,
        nodeIds: nodes.map((n) => n.id),
        relKeys: edges.map(relKeyString),
      },
    });
    await run(Q.mergePassages, { sourceId: sid, passages: passageRows });
    await run(Q.mergeNodes, { nodes, sourceId: sid, municipality: doc.source.municipality });
    await run(Q.mergeEdges, { edges, sourceId: sid });
    return {
      status: known === null ? 'created' : 'replaced',
      sourceId: sid,
      nodes: nodes.length,
      edges: edges.length,
      passages: passageRows.length,
    };
  });
}
