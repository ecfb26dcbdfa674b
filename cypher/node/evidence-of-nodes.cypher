// The passages that evidence each node, in text order.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)
RETURN id, p {.id, .quote, .start, .end, sourceId: s.id} AS passage
ORDER BY id, s.fileName, p.start, p.end
