// $passages: [{id, start, end, quote}] of one source.
MATCH (s:Source {id: $sourceId})
UNWIND $passages AS row
MERGE (p:Passage {id: row.id})
SET p.start = row.start, p.end = row.end, p.quote = row.quote, p.municipality = s.municipality
MERGE (p)-[:FROM_SOURCE]->(s)
