// Export: the commitments matching the filter (the conditions of commitment/page, verbatim), one
// chunk in id order after $afterId ('' for the first chunk). The exporter asks chunk after
// chunk, so memory stays flat however many rows there are and no transaction runs long.
// Each row: the commitment as the API shows it, its maker (the first, as Commitment.madeBy picks),
// its meeting and dossier, and its evidence passages in text order with their sources' urls.
MATCH (c:Commitment)
USING INDEX c:Commitment(id)
WHERE c.id > $afterId
  AND ($municipality IS NULL OR c.municipality = $municipality)
  AND ($text IS NULL OR toLower(c.text) CONTAINS toLower($text))
  AND ($dueBefore IS NULL OR c.dueLatest <= date($dueBefore))
  AND ($dueAfter IS NULL OR c.dueEarliest >= date($dueAfter))
  AND ($madeBy IS NULL OR EXISTS { MATCH (:Entity {id: $madeBy})-[:COMMITTED]->(c) })
  AND ($dossier IS NULL OR EXISTS { MATCH (c)-[:IN_DOSSIER]->(:Entity {id: $dossier}) })
  AND ($meeting IS NULL OR EXISTS { MATCH (c)-[:MADE_IN]->(:Entity {id: $meeting}) })
  AND ($concerns IS NULL OR EXISTS { MATCH (c)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($policy IS NULL
       OR EXISTS { MATCH (c)-[:CONCERNS|IMPLEMENTS]->(:Policy {id: $policy}) }
       OR EXISTS { MATCH (c)-[:IN_DOSSIER|CONCERNS]->()-[:IMPLEMENTS]->(:Policy {id: $policy}) })
WITH c, coalesce(c.curatedStatus, c.status, 'open') AS stored
WITH c, CASE WHEN stored = 'open' AND c.dueLatest < date($today) THEN 'overdue' ELSE stored END AS status
WHERE $status IS NULL OR status = $status
WITH c, status
ORDER BY c.id
LIMIT $limit
CALL (c) {
  OPTIONAL MATCH (a:Entity)-[:COMMITTED]->(c)
  WITH a ORDER BY coalesce(a.position, 0), a.id
  RETURN collect(a {.id, .name})[0] AS madeBy
}
CALL (c) {
  OPTIONAL MATCH (c)-[:MADE_IN]->(m:Meeting)
  WITH m ORDER BY coalesce(m.position, 0), m.id
  RETURN collect(m {.id, .title})[0] AS meeting
}
CALL (c) {
  OPTIONAL MATCH (c)-[:IN_DOSSIER]->(d:Dossier)
  WITH d ORDER BY coalesce(d.position, 0), d.id
  RETURN collect(d {.id, .number})[0] AS dossier
}
CALL (c) {
  OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)
  WITH p, s ORDER BY s.fileName, p.start, p.end
  RETURN collect(p {.quote, .start, .end, sourceId: s.id, sourceFile: s.fileName, sourceUrl: s.url}) AS evidence
}
RETURN c.id AS id, c {.text, .kind, .municipality, .dueText, date: toString(c.date), dueEarliest: toString(c.dueEarliest), dueLatest: toString(c.dueLatest)} AS props,
       status, madeBy, meeting, dossier, evidence
