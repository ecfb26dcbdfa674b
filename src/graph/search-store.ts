import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import type { EntityRow } from '../node/node-row.js';
import type { SearchHitRow } from './graph-row.js';
import type { SearchTerms } from './search-terms.js';

/** Full-text search over the entity_text and passage_quote indexes. One function per .cypher file. */
const Q = {
  search: cypher('graph/search'),
  count: cypher('graph/search-count'),
  withCount: cypher('graph/search-with-count'),
};

type HitRow = { node: EntityRow; score: number; passage: { id: string; quote: string } | null };

const hitRow = (terms: SearchTerms, offset: number) => (r: HitRow, i: number): SearchHitRow => ({
  rank: offset + i + 1,
  node: r.node,
  score: r.score,
  passageId: r.passage?.id ?? null,
  quote: r.passage?.quote ?? null,
  words: terms.words,
});

/**
 * A page and the total over all pages in one query (search-with-count.cypher): the indexes are
 * read once. `slim`: the operation reads of each hit's node only its id, label and kind (not its
 * name, texts or snippet), so the nodes are projected with those only.
 */
export async function searchPageWithCount(
  db: Database,
  terms: SearchTerms,
  labels: readonly string[],
  offset: number,
  limit: number,
  slim = false,
): Promise<{ readonly total: number; readonly page: SearchHitRow[] }> {
  const [row] = await db.read<{ total: number; page: HitRow[] }>(Q.withCount, { lucene: terms.lucene, labels, offset: int(offset), limit: int(limit), slim });
  return { total: row?.total ?? 0, page: (row?.page ?? []).map(hitRow(terms, offset)) };
}

/** A page of hits; `slim` as for searchPageWithCount. */
export async function searchPage(db: Database, terms: SearchTerms, labels: readonly string[], offset: number, limit: number, slim = false): Promise<SearchHitRow[]> {
  const rows = await db.read<HitRow>(Q.search, {
    lucene: terms.lucene,
    labels,
    offset: int(offset),
    limit: int(limit),
    slim,
  });
  return rows.map(hitRow(terms, offset));
}

export async function searchCount(db: Database, terms: SearchTerms, labels: readonly string[]): Promise<number> {
  const [row] = await db.read<{ total: number }>(Q.count, { lucene: terms.lucene, labels });
  return row?.total ?? 0;
}
