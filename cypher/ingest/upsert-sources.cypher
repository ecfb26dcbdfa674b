// upsert-source for many files loaded together (load.ts loadDocuments): one node per file,
// keyed by municipality and file name, remembering what it contributed, with its full text on a
// (:SourceText) beside it. Keep the properties in step with upsert-source.cypher.
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s.fileName = source.fileName,
    s.sha256 = source.sha256,
    s.format = source.format,
    s.municipality = source.municipality,
    s.textLength = source.textLength,
    s.url = source.url,
    s.title = source.title,
    s.publishedAt = CASE WHEN source.publishedAt IS NULL THEN null ELSE date(source.publishedAt) END,
    s.nodeIds = source.nodeIds,
    s.relKeys = source.relKeys,
    s.ingestedAt = datetime()
FOREACH (text IN CASE WHEN source.text IS NULL THEN [] ELSE [source.text] END |
  MERGE (t:SourceText {id: source.id})
  SET t.text = text, t.municipality = source.municipality
  MERGE (s)-[:HAS_TEXT]->(t)
)
