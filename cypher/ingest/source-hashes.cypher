// The stored hash of each source in $sourceIds (null for a source never loaded), for a batch of
// documents loaded together.
UNWIND $sourceIds AS sourceId
OPTIONAL MATCH (s:Source {id: sourceId})
RETURN sourceId, s.sha256 AS sha256
