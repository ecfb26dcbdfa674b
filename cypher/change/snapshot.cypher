// The state of the facts a write touched, read after the write (src/change/change-capture.ts):
// each node of $nodeIds and each relationship of $rels ([{from, to, type, key}]), with its
// properties when it exists (null when not) and the feed's last entry about it (its op, kind and
// the digest of the state it recorded; null when the feed never listed it). A node's evidence
// counts as its number of passages (one degree lookup, whatever the number of sources).
UNWIND $nodeIds AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN 'NODE' AS target, id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, null AS from, null AS to, null AS key,
       CASE WHEN n IS NULL THEN null ELSE properties(n) END AS props,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:EVIDENCED_BY]->() } END AS evidence,
       COLLECT { MATCH (c:Change {entityId: id}) RETURN c {.op, .kind, .digest} ORDER BY c.seq DESC LIMIT 1 }[0] AS last
UNION ALL
UNWIND $rels AS k
WITH k, k.from + '|' + k.type + '|' + k.to + '|' + k.key AS id
OPTIONAL MATCH (:Entity {id: k.from})-[r]->(:Entity {id: k.to})
WHERE type(r) = k.type AND r.key = k.key
RETURN 'RELATIONSHIP' AS target, id, k.type AS kind, k.from AS from, k.to AS to, k.key AS key,
       CASE WHEN r IS NULL THEN null ELSE properties(r) END AS props, 0 AS evidence,
       COLLECT { MATCH (c:Change {entityId: id}) RETURN c {.op, .kind, .digest} ORDER BY c.seq DESC LIMIT 1 }[0] AS last
