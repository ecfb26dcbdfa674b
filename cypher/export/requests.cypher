// Export: the requests matching the filter (the conditions of request/page, verbatim), one chunk in
// id order after $afterId ('' for the first chunk; a range seek on the id index, read in index
// order, so each chunk costs its own rows, however deep); with who raised them (in Request.raisedBy's order), their meeting and
// dossier, and their evidence passages with their sources' urls.
MATCH (n:Request)
USING INDEX n:Request(id)
WHERE n.id > $afterId
  AND ($municipality IS NULL OR n.municipality = $municipality)
  AND ($raisedBy IS NULL OR EXISTS { MATCH (:Entity {id: $raisedBy})-[:RAISED]->(n) })
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($dossier IS NULL OR EXISTS { MATCH (n)-[:IN_DOSSIER]->(:Entity {id: $dossier}) })
  AND ($meeting IS NULL OR EXISTS { MATCH (n)-[:MADE_IN]->(:Entity {id: $meeting}) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
WITH n
ORDER BY n.id
LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (a:Entity)-[:RAISED]->(n)
  WITH a ORDER BY coalesce(a.position, 0), a.id
  RETURN collect(a {.id, .name}) AS raisedBy
}
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE_IN]->(m:Meeting)
  WITH m ORDER BY coalesce(m.position, 0), m.id
  RETURN collect(m {.id, .title})[0] AS meeting
}
CALL (n) {
  OPTIONAL MATCH (n)-[:IN_DOSSIER]->(d:Dossier)
  WITH d ORDER BY coalesce(d.position, 0), d.id
  RETURN collect(d {.id, .number})[0] AS dossier
}
CALL (n) {
  OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)
  WITH p, s ORDER BY s.fileName, p.start, p.end
  RETURN collect(p {.quote, .start, .end, sourceId: s.id, sourceFile: s.fileName, sourceUrl: s.url}) AS evidence
}
RETURN n.id AS id, n {.text, .kind, .municipality, date: toString(n.date)} AS props, raisedBy, meeting, dossier, evidence
