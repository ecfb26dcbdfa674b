// search.cypher's page and search-count.cypher's total in one query, for a search that asks for
// totalCount: the two full-text indexes are read once, the hits ranked as search.cypher ranks
// them (one row per entity, its best score, its best-scoring passage hit), counted, and the page
// ($offset, $limit) cut from the ranked list. $lucene is already escaped by the caller.
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
WITH collect({n: n, label: label, best: best, passage: passages[0]}) AS hits
CALL (hits) {
  UNWIND hits[$offset..$offset + $limit] AS h
  WITH h, h.n AS x
  RETURN collect({node: x {.*, __label: h.label, sources: null}, score: h.best, passage: h.passage}) AS page
}
RETURN size(hits) AS total, page
