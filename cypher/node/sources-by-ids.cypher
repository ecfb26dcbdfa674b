// Sources by id.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s {.id, .fileName, .municipality, .format, .sha256, .ingestedAt} AS source
