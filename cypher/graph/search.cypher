// Full-text search over the entities' texts (index entity_text) and over the passages that
// evidence them (index passage_quote; a passage hit counts for every entity it evidences).
// $lucene is already escaped by the caller. One row per entity with its best score, the text
// of its indexed properties, and the quote of its best-scoring passage hit (if any); ranked by
// score, then id. $labels (empty: any) filters the entities' labels. Offset paging: ranked
// results have no stable key.
CALL {
  CALL db.index.fulltext.queryNodes('entity_text', $lucene) YIELD node, score
  WHERE node:Entity
  RETURN node AS n, score, null AS quote, null AS passageId
  UNION ALL
  CALL db.index.fulltext.queryNodes('passage_quote', $lucene) YIELD node, score
  MATCH (n:Entity)-[:EVIDENCED_BY]->(node)
  RETURN n, score, node.quote AS quote, node.id AS passageId
}
WITH n, score, quote, passageId, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
ORDER BY score DESC, passageId
WITH n, label, max(score) AS best, collect(CASE WHEN passageId IS NULL THEN null ELSE {id: passageId, quote: quote} END) AS passages
ORDER BY best DESC, n.id
SKIP $offset
LIMIT $limit
RETURN n {.*, __label: label, sources: null} AS node, best AS score, passages[0] AS passage
