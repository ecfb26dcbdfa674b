// Appends entries to the change feed, in the transaction of the write they describe (a rolled
// back write leaves none). $changes: [{op, target, kind, id, from, to, key, digest, originKind, sourceId, editor}]
// (`digest`: the state recorded, which the next write of the fact is compared with; null when retracted).
// The SET takes the feed counter's write lock first, so writers number their entries one after
// another in commit order: `seq` runs 1, 2, 3, ... with no gap and no repeat, and an entry
// numbered below one a reader has seen is never committed later. `at` is the clock when the
// lock was taken, never earlier than the previous entry's, so `at` never decreases as `seq` grows.
MERGE (f:ChangeFeed {id: 'changes'})
SET f.locked = true
WITH f, coalesce(f.seq, 0) AS last, datetime.realtime() AS now
WITH f, last, CASE WHEN f.at IS NOT NULL AND f.at > now THEN f.at ELSE now END AS at
SET f.seq = last + size($changes), f.at = at
WITH last, at
UNWIND range(0, size($changes) - 1) AS i
WITH last + i + 1 AS seq, $changes[i] AS c, at
CREATE (:Change {
  seq: seq, at: at, op: c.op, target: c.target, kind: c.kind, entityId: c.id, from: c.from, to: c.to, key: c.key, digest: c.digest,
  originKind: c.originKind, sourceId: c.sourceId, editor: c.editor
})
