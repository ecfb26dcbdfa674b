// Each commitment's status history: the statuses documents state, by date, then the changes
// editors recorded, in the order they were recorded (`seq`, which concurrent calls keep exact
// where their clocks may not). The changes editors recorded
// (HAS_STATUS_CHANGE, numbered by `seq`; `changedAt` is a UTC instant, and changes recorded
// before it was stored with its zone hold UTC wall-clock time) and the statuses documents state
// (STATUS_STATED, one per document: `changedBy` is the file, `changedAt` the document's date at
// midnight UTC, `evidence` the stated words, `passages` the quote's passage ids).
UNWIND $ids AS id
MATCH (c:Commitment {id: id})
CALL (c) {
  MATCH (c)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
  RETURN s {.seq, .status, .note, .evidence, .changedBy, changedAt: datetime({datetime: s.changedAt, timezone: '+00:00'}), origin: 'editor', passages: []} AS change
  UNION ALL
  MATCH (c)-[r:STATUS_STATED]->(c)
  RETURN {seq: null, status: r.status, note: null, evidence: r.statedAs, changedBy: r.statedIn,
          changedAt: datetime({date: r.date, timezone: '+00:00'}), origin: 'document', passages: coalesce(r.evidence, [])} AS change
}
RETURN id, change
ORDER BY id, CASE change.origin WHEN 'document' THEN 0 ELSE 1 END, CASE change.origin WHEN 'document' THEN change.changedAt END, change.seq
