// Records an editor's status change: a (:StatusChange) linked from the commitment, numbered in
// order (`seq`, 0, 1, 2, ... with no gap and no repeat), and the curated status on the commitment
// (kept apart from the extracted `status`, so re-ingesting a document never overwrites what
// people decided). No row when no commitment has the id.
// The SET comes first: it takes the commitment's write lock before the changes are counted, so
// concurrent changes of one commitment are counted one after another, never from the same total.
MATCH (c:Commitment {id: $id})
SET c.curatedStatus = $status
WITH c, COUNT { (c)-[:HAS_STATUS_CHANGE]->() } AS seq
CREATE (c)-[:HAS_STATUS_CHANGE]->(:StatusChange {
  id: $changeId, seq: seq, status: $status, note: $note, evidence: $evidence,
  changedBy: $changedBy, changedAt: datetime($changedAt)
})
RETURN c {.*, __label: 'Commitment', sources: null} AS row
