// Withdraws one source's support from the nodes it contributed. A node no source supports any
// more is deleted, unless people curated it (status changes are never lost).
UNWIND $nodeIds AS id
MATCH (n:Entity {id: id})
SET n.sources = [x IN coalesce(n.sources, []) WHERE x <> $sourceId]
WITH n
WHERE size(n.sources) = 0 AND NOT EXISTS { (n)-[:HAS_STATUS_CHANGE]->() }
DETACH DELETE n
