// The full text of sources by source id (kept apart from the Source node: see ingest/upsert-source).
UNWIND $ids AS id
MATCH (:Source {id: id})-[:HAS_TEXT]->(t:SourceText)
RETURN id, t.text AS text
