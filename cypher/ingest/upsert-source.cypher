// One node per ingested file, keyed by municipality and file name; remembers what it contributed.
MERGE (s:Source {id: $source.id})
SET s.fileName = $source.fileName,
    s.sha256 = $source.sha256,
    s.format = $source.format,
    s.municipality = $source.municipality,
    s.textLength = $source.textLength,
    s.nodeIds = $source.nodeIds,
    s.relKeys = $source.relKeys,
    s.ingestedAt = datetime()
