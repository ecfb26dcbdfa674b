// The status changes editors recorded for each commitment, oldest first.
UNWIND $ids AS id
MATCH (:Commitment {id: id})-[:HAS_STATUS_CHANGE]->(s:StatusChange)
RETURN id, s {.status, .note, .evidence, .changedBy, changedAt: s.changedAt} AS change
ORDER BY id, s.seq, s.changedAt
