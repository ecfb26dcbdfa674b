// Passages by id (relationships keep their evidence as passage ids).
UNWIND $ids AS id
MATCH (p:Passage {id: id})-[:FROM_SOURCE]->(s:Source)
RETURN id, p {.id, .quote, .start, .end, sourceId: s.id} AS passage
