// neighbourhood-3.cypher for an operation that selects only the nodes (not `edges`, not
// `truncated`): the same entities in the same order, without reading the relationships among them.
// $slim: the operation reads only the nodes' id, label and kind, so only those are projected.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST ((n)-[r:$any($types)]-{1,3}(m:Entity))
WITH n, m, length(p) AS distance
ORDER BY distance, m.id
WITH n, collect(m) AS reached
WITH [n] + reached[..$limit - 1] AS kept
RETURN [x IN kept | CASE WHEN $slim THEN x {.id, .municipality, __label: [l IN labels(x) WHERE l <> 'Entity'][0]} ELSE x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null} END] AS nodes, [] AS edges, false AS truncated
