// How many entries are at or after $since: sequences have no gap (record.cypher), so the count is
// the last sequence minus the first one at or after $since, plus one. Two index lookups.
OPTIONAL CALL {
  MATCH (c:Change) WHERE c.at >= datetime($since)
  RETURN c.seq AS startSeq ORDER BY c.at ASC, c.seq ASC LIMIT 1
}
OPTIONAL MATCH (f:ChangeFeed {id: 'changes'})
RETURN CASE WHEN startSeq IS NULL OR f IS NULL THEN 0 ELSE f.seq - startSeq + 1 END AS total
