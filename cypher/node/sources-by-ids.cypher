// Sources by id (their text is read apart: node/source-texts-by-ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s {.id, .fileName, .municipality, .format, .sha256, .ingestedAt, .url, .title, .publishedAt, .textLength} AS source
