// neighbourhood-1.cypher for an operation that selects only the nodes (not `edges`, not
// `truncated`): the same entities in the same order, without reading the relationships among them.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST ((n)-[r:$any($types)]-{1,1}(m:Entity))
WITH n, m, length(p) AS distance
ORDER BY distance, m.id
WITH n, collect(m) AS reached
WITH [n] + reached[..$limit - 1] AS kept
RETURN [x IN kept | x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null}] AS nodes, [] AS edges, false AS truncated
