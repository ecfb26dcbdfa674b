// One page of the change feed: entries at or after $since (an ISO instant) and after sequence
// $afterSeq (0: from the start), in `seq` order. `at` never decreases as `seq` grows
// (record.cypher), so the entries at or after $since are those from the first such entry on:
// found through the `at` index, then read in `seq` order through the `seq` constraint's index,
// $limit of them, whatever the size of the feed. A relationship entry comes with the
// relationship as it is now (null once retracted), the shape of the graph queries' edges.
CALL {
  MATCH (c:Change) WHERE c.at >= datetime($since)
  RETURN c.seq AS startSeq ORDER BY c.at ASC, c.seq ASC LIMIT 1
}
// The page is a subquery of its own, seeking from one start: so the planner reads the `seq`
// index in order and stops after $limit entries (a page costs the same at any depth of the feed).
CALL (startSeq) {
  MATCH (c:Change)
  WHERE c.seq >= CASE WHEN startSeq > $afterSeq THEN startSeq ELSE $afterSeq + 1 END
  RETURN c ORDER BY c.seq ASC LIMIT $limit
}
OPTIONAL MATCH (:Entity {id: c.from})-[r]->(:Entity {id: c.to})
WHERE c.target = 'RELATIONSHIP' AND type(r) = c.kind AND r.key = c.key
RETURN c {.seq, .at, .op, .target, .kind, .entityId, .from, .to, .key, .originKind, .sourceId, .editor,
          relationship: CASE WHEN r IS NULL THEN null ELSE {type: type(r), from: c.from, to: c.to, rel: r {.*, sources: null}} END} AS row
ORDER BY c.seq ASC
