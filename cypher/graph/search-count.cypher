// How many entities search.cypher finds for $lucene and $labels, over all pages.
CALL {
  CALL db.index.fulltext.queryNodes('entity_text', $lucene) YIELD node
  WHERE node:Entity
  RETURN node AS n
  UNION
  CALL db.index.fulltext.queryNodes('passage_quote', $lucene) YIELD node
  MATCH (n:Entity)-[:EVIDENCED_BY]->(node)
  RETURN n
}
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
RETURN count(DISTINCT n) AS total
