// What the database knows of one source file: nothing, or its hash, its publication metadata and what it contributed.
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN s.sha256 AS sha256, coalesce(s.nodeIds, []) AS nodeIds, coalesce(s.relKeys, []) AS relKeys,
       s.url AS url, s.title AS title, toString(s.publishedAt) AS publishedAt
