// neighbourhood-1.cypher for an operation that selects only the nodes (not `edges`, not
// `truncated`): the same entities in the same order, without reading the relationships among them.
// $slim: the operation reads only the nodes' id, label and kind, so only those are projected.
MATCH (n:Entity {id: $id})
// At depth 1 every entity reached is 1 away: a plain pattern (one row per relationship, made
// distinct) finds the same entities as ANY SHORTEST {1,1} without a shortest-path search.
OPTIONAL MATCH (n)-[:$any($types)]-(m:Entity)
WITH n, m
ORDER BY m.id
WITH n, collect(DISTINCT m) AS reached
WITH [n] + reached[..$limit - 1] AS kept
RETURN [x IN kept | CASE WHEN $slim THEN x {.id, .municipality, __label: [l IN labels(x) WHERE l <> 'Entity'][0]} ELSE x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0], sources: null} END] AS nodes, [] AS edges, false AS truncated
