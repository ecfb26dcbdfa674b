// $passages: [{sourceId, id, start, end, quote}], of one source or of several loaded together.
UNWIND $passages AS row
MATCH (s:Source {id: row.sourceId})
MERGE (p:Passage {id: row.id})
SET p.start = row.start, p.end = row.end, p.quote = row.quote, p.municipality = s.municipality
MERGE (p)-[:FROM_SOURCE]->(s)
