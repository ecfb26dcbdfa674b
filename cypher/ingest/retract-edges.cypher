// Withdraws one source's support from the relationships it contributed; a relationship that no
// source supports any more is deleted. $rels: [{from, to, type, key}]
UNWIND $rels AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
WHERE type(r) = k.type AND r.key = k.key
SET r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId],
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH $passagePrefix]
WITH r
WHERE size(r.sources) = 0
DELETE r
