// For each id, the nodes it points at over relationships of the given types, with the
// relationship's properties. $labels filters the far end (an empty list allows any).
// Two relationships to one node (two roles at one body) come in the order of their key.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:$any($types)]->(m:Entity)
WHERE size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)
RETURN id, type(r) AS type, r {.*, sources: null} AS rel, m {.*, __label: [l IN labels(m) WHERE l <> 'Entity'][0], sources: null} AS row
ORDER BY id, coalesce(m.position, 0), m.id, type(r), r.key
