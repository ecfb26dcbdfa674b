// The passages of one source go with it; EVIDENCED_BY relationships to them go too.
MATCH (p:Passage)-[:FROM_SOURCE]->(:Source {id: $sourceId})
DETACH DELETE p
