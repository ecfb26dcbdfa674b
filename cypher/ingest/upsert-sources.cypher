// upsert-source for many files loaded together (load.ts loadDocuments): one node per file,
// keyed by municipality and file name, remembering what it contributed. Keep the properties in
// step with upsert-source.cypher.
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s.fileName = source.fileName,
    s.sha256 = source.sha256,
    s.format = source.format,
    s.municipality = source.municipality,
    s.textLength = source.textLength,
    s.nodeIds = source.nodeIds,
    s.relKeys = source.relKeys,
    s.ingestedAt = datetime()
