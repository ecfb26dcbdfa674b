// The state of the facts a write touched, read after the write (src/change/change-capture.ts):
// each node of $nodeIds and each relationship of $rels ([{from, to, type, key}]), with its
// properties when it exists (null when not) and the feed's last entry about it (its op, kind and
// the digest of the state it recorded; null when the feed never listed it). A node's evidence
// counts as its number of passages (one degree lookup, whatever the number of sources).
// The feed's last entry is read from the (entityId, seq) index: a composite index is used only
// with a predicate on each of its properties (hence `seq IS NOT NULL`, which every entry meets),
// and the hint keeps the plan made on an empty store from scanning every Change per fact. A
// relationship is looked up between its two ends, both seeked (Expand(Into)), never by scanning.
UNWIND $nodeIds AS id
OPTIONAL MATCH (n:Entity {id: id}) USING INDEX n:Entity(id)
RETURN 'NODE' AS target, id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, null AS from, null AS to, null AS key,
       CASE WHEN n IS NULL THEN null ELSE properties(n) END AS props,
       CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:EVIDENCED_BY]->() } END AS evidence,
       COLLECT {
         MATCH (c:Change {entityId: id}) USING INDEX c:Change(entityId, seq) WHERE c.seq IS NOT NULL
         RETURN c {.op, .kind, .digest} ORDER BY c.seq DESC LIMIT 1
       }[0] AS last
UNION ALL
UNWIND $rels AS k
WITH k, k.from + '|' + k.type + '|' + k.to + '|' + k.key AS id
OPTIONAL MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
USING INDEX a:Entity(id)
USING INDEX b:Entity(id)
WHERE type(r) = k.type AND r.key = k.key
RETURN 'RELATIONSHIP' AS target, id, k.type AS kind, k.from AS from, k.to AS to, k.key AS key,
       CASE WHEN r IS NULL THEN null ELSE properties(r) END AS props, 0 AS evidence,
       COLLECT {
         MATCH (c:Change {entityId: id}) USING INDEX c:Change(entityId, seq) WHERE c.seq IS NOT NULL
         RETURN c {.op, .kind, .digest} ORDER BY c.seq DESC LIMIT 1
       }[0] AS last
