// Full-text search over the entities' texts (index entity_text) and over the passages that
// evidence them (index passage_quote; a passage hit counts for every entity it evidences).
// $lucene is already escaped by the caller. One row per entity with its best score, the text
// of its indexed properties, and the quote of its best-scoring passage hit (highest score, then
// lowest id; if any); ranked by score, then id. $labels (empty: any) filters the entities'
// labels. Offset paging: ranked results have no stable key. Limit before expanding: a hit
// carries its passage node, and the best passage and its quote are read for the page only.
// $slim: the operation reads the hits' nodes for id, label and kind only, so only those are projected.
CALL {
  CALL db.index.fulltext.queryNodes('entity_text', $lucene) YIELD node, score
  WHERE node:Entity
  RETURN node AS n, score, null AS passage
  UNION ALL
  CALL db.index.fulltext.queryNodes('passage_quote', $lucene) YIELD node, score
  MATCH (n:Entity)-[:EVIDENCED_BY]->(node)
  RETURN n, score, node AS passage
}
WITH n, score, passage
WHERE size($labels) = 0 OR [l IN labels(n) WHERE l <> 'Entity'][0] IN $labels
WITH n, max(score) AS best, collect(CASE WHEN passage IS NULL THEN null ELSE {score: score, p: passage} END) AS passages
ORDER BY best DESC, n.id
SKIP $offset
LIMIT $limit
WITH n, best,
     reduce(top = null, c IN passages | CASE WHEN top IS NULL OR c.score > top.score OR (c.score = top.score AND c.p.id < top.p.id) THEN c ELSE top END) AS top
RETURN CASE WHEN $slim THEN n {.id, .municipality, __label: [l IN labels(n) WHERE l <> 'Entity'][0]} ELSE n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0], sources: null} END AS node, best AS score,
       CASE WHEN top IS NULL THEN null WHEN $slim THEN {id: top.p.id, quote: null} ELSE {id: top.p.id, quote: top.p.quote} END AS passage
