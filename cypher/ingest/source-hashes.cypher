// The stored hash and publication metadata of each source in $sourceIds (nulls for a source never
// loaded), for a batch of documents loaded together.
UNWIND $sourceIds AS sourceId
OPTIONAL MATCH (s:Source {id: sourceId}) USING INDEX s:Source(id)
RETURN sourceId, s.sha256 AS sha256, s.url AS url, s.title AS title, toString(s.publishedAt) AS publishedAt
