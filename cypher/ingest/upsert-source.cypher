// One node per ingested file, keyed by municipality and file name; remembers what it contributed.
// Its full text is stored once, on a (:SourceText) beside it: no full-text index covers that label,
// and reading a Source's fields never loads the text.
MERGE (s:Source {id: $source.id})
SET s.fileName = $source.fileName,
    s.sha256 = $source.sha256,
    s.format = $source.format,
    s.municipality = $source.municipality,
    s.textLength = $source.textLength,
    s.url = $source.url,
    s.title = $source.title,
    s.publishedAt = CASE WHEN $source.publishedAt IS NULL THEN null ELSE date($source.publishedAt) END,
    s.nodeIds = $source.nodeIds,
    s.relKeys = $source.relKeys,
    s.ingestedAt = datetime()
FOREACH (text IN CASE WHEN $source.text IS NULL THEN [] ELSE [$source.text] END |
  MERGE (t:SourceText {id: $source.id})
  SET t.text = text, t.municipality = $source.municipality
  MERGE (s)-[:HAS_TEXT]->(t)
)
