// Export: the decisions matching the filter (the conditions of meeting/decision-page, verbatim), one
// chunk in id order after $afterId; with their meeting and evidence passages with their sources' urls.
MATCH (n:Decision)
USING INDEX n:Decision(id)
WHERE n.id > $afterId
  AND ($municipality IS NULL OR n.municipality = $municipality)
  AND ($meeting IS NULL OR EXISTS { MATCH (n)-[:DECIDED_IN]->(:Entity {id: $meeting}) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($outcome IS NULL OR n.outcome = $outcome)
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
WITH n
ORDER BY n.id
LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (n)-[:DECIDED_IN]->(m:Meeting)
  WITH m ORDER BY coalesce(m.position, 0), m.id
  RETURN collect(m {.id, .title})[0] AS meeting
}
CALL (n) {
  OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)
  WITH p, s ORDER BY s.fileName, p.start, p.end
  RETURN collect(p {.quote, .start, .end, sourceId: s.id, sourceFile: s.fileName, sourceUrl: s.url}) AS evidence
}
RETURN n.id AS id, n {.text, .outcome, .municipality, date: toString(n.date)} AS props, meeting, evidence
