// The entities within 2 fact relationships of one entity ($types as in paths.cypher),
// nearest first (then by id), at most $limit nodes including the entity itself, and every fact
// relationship between the nodes kept (at most $edgeLimit). No row when the id is unknown.
// One file per depth (neighbourhood-1, -2, -3, the same but for the bound): a literal bound is
// what Neo4j prunes the search with; a `size(r) <= $depth` predicate inside it is not.
// $slim: the operation reads only the nodes' id, label and kind, so only those are projected.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST ((n)-[r:$any($types)]-{1,2}(m:Entity))
WITH n, m, length(p) AS distance
ORDER BY distance, m.id
WITH n, collect(m) AS reached
WITH [n] + reached[..$limit - 1] AS kept, size(reached) > $limit - 1 AS nodesCut
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[e:$any($types)]->(y:Entity)
  WHERE y IN kept
  WITH e, x.id AS from, y.id AS to
  ORDER BY from, type(e), to, coalesce(e.key, '')
  LIMIT $edgeLimit + 1
  RETURN collect({type: type(e), from: from, to: to, rel: e {.*, sources: null}}) AS edges
}
RETURN [x IN kept | CASE WHEN $slim THEN x {.id, .municipality, __label: [l IN labels(x) WHERE l <> 'Entity'][0]} ELSE x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null} END] AS nodes,
       edges[..$edgeLimit] AS edges,
       nodesCut OR size(edges) > $edgeLimit AS truncated
