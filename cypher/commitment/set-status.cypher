// Records an editor's status change: a (:StatusChange) linked from the commitment, numbered in
// order (`seq`), and the curated status on the commitment (kept apart from the extracted
// `status`, so re-ingesting a document never overwrites what people decided). No row when no
// commitment has the id.
MATCH (c:Commitment {id: $id})
WITH c, COUNT { (c)-[:HAS_STATUS_CHANGE]->() } AS seq
CREATE (c)-[:HAS_STATUS_CHANGE]->(:StatusChange {
  id: $changeId, seq: seq, status: $status, note: $note, evidence: $evidence,
  changedBy: $changedBy, changedAt: localdatetime($changedAt)
})
SET c.curatedStatus = $status
RETURN c {.*, __label: 'Commitment', sources: null} AS row
