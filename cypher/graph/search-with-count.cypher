// search.cypher's page and search-count.cypher's total in one query, for a search that asks for
// totalCount: the two full-text indexes are read once, the hits ranked as search.cypher ranks
// them (one row per entity, its best score, its best-scoring passage hit), counted, and the page
// ($offset, $limit) cut from the ranked list. $lucene is already escaped by the caller.
// Limit before expanding: a hit carries its passage node, not its quote; the label is read only
// when $labels filters; the best passage (highest score, then lowest id) and the quote are read
// for the page's entities only. $slim: the operation reads the hits' nodes for id, label and kind
// only (no name, snippet or typed node), so only those are projected.
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
WITH collect({n: n, best: best, passages: passages}) AS hits
CALL (hits) {
  UNWIND hits[$offset..$offset + $limit] AS h
  WITH h, h.n AS x,
       reduce(top = null, c IN h.passages | CASE WHEN top IS NULL OR c.score > top.score OR (c.score = top.score AND c.p.id < top.p.id) THEN c ELSE top END) AS top
  RETURN collect({
    node: CASE WHEN $slim THEN x {.id, .municipality, __label: [l IN labels(x) WHERE l <> 'Entity'][0]} ELSE x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null} END,
    score: h.best,
    passage: CASE WHEN top IS NULL THEN null WHEN $slim THEN {id: top.p.id, quote: null} ELSE {id: top.p.id, quote: top.p.quote} END
  }) AS page
}
RETURN size(hits) AS total, page
