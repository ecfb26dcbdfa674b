import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { EntityRow, PassageRow, RelatedRow, RelRow, SourceRow } from './node-row.js';

/** Graph-wide reads: nodes by id, their neighbours, their evidence. Every function takes many ids (for DataLoader). */
const Q = {
  byIds: cypher('node/by-ids'),
  relatedOut: cypher('node/related-out'),
  relatedIn: cypher('node/related-in'),
  evidenceOfNodes: cypher('node/evidence-of-nodes'),
  passagesByIds: cypher('node/passages-by-ids'),
  sourcesByIds: cypher('node/sources-by-ids'),
  sourceTextsByIds: cypher('node/source-texts-by-ids'),
};

export type Direction = 'out' | 'in';

export async function nodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await db.read<{ id: string; row: EntityRow }>(Q.byIds, { ids });
  return new Map(rows.map((r) => [r.id, r.row]));
}

export async function relatedByIds(
  db: Database,
  ids: readonly string[],
  direction: Direction,
  types: readonly string[],
  labels: readonly string[] = [],
): Promise<Map<string, RelatedRow[]>> {
  const rows = await db.read<{ id: string; type: string; rel: RelRow; row: EntityRow }>(direction === 'out' ? Q.relatedOut : Q.relatedIn, {
    ids,
    types,
    labels,
  });
  return groupBy(rows, (r) => r.id, (r) => ({ type: r.type, rel: r.rel, node: r.row }));
}

export async function evidenceOfNodes(db: Database, ids: readonly string[]): Promise<Map<string, PassageRow[]>> {
  const rows = await db.read<{ id: string; passage: PassageRow }>(Q.evidenceOfNodes, { ids });
  return groupBy(rows, (r) => r.id, (r) => r.passage);
}

export async function passagesByIds(db: Database, ids: readonly string[]): Promise<Map<string, PassageRow>> {
  const rows = await db.read<{ id: string; passage: PassageRow }>(Q.passagesByIds, { ids });
  return new Map(rows.map((r) => [r.id, r.passage]));
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRow>> {
  const rows = await db.read<{ id: string; source: SourceRow }>(Q.sourcesByIds, { ids });
  return new Map(rows.map((r) => [r.id, r.source]));
}

function groupBy<R, V>(rows: readonly R[], key: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list === undefined) out.set(k, [value(r)]);
    else list.push(value(r));
  }
  return out;
}

/** The full text of each source (kept on its own node, read only when asked for). */
export async function sourceTextsByIds(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; text: string }>(Q.sourceTextsByIds, { ids });
  return new Map(rows.map((r) => [r.id, r.text]));
}
