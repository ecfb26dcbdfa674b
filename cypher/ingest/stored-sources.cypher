// The stored documents to extract again (reextract.ts): every Source of a municipality (all when
// $municipality is null) with its stored full text, oldest ingest first, so persons are settled in
// the order they were first met.
MATCH (s:Source)
WHERE $municipality IS NULL OR s.municipality = $municipality
OPTIONAL MATCH (s)-[:HAS_TEXT]->(t:SourceText)
RETURN s.id AS id, s.fileName AS fileName, s.sha256 AS sha256, s.format AS format, s.municipality AS municipality,
       s.url AS url, s.title AS title, toString(s.publishedAt) AS publishedAt, t.text AS text
ORDER BY s.ingestedAt, s.id
