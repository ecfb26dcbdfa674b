// The status changes editors recorded for each commitment, oldest first. `changedAt` is a UTC
// instant (changes recorded before it was stored with its zone hold UTC wall-clock time).
UNWIND $ids AS id
MATCH (:Commitment {id: id})-[:HAS_STATUS_CHANGE]->(s:StatusChange)
RETURN id, s {.seq, .status, .note, .evidence, .changedBy, changedAt: datetime({datetime: s.changedAt, timezone: '+00:00'})} AS change
ORDER BY id, s.seq, s.changedAt
