// Export: the agreements matching the filter (the conditions of agreement/page, verbatim), one chunk
// in id order after $afterId ('' for the first); with their parties (role and party) and evidence passages with their
// sources' urls.
MATCH (n:Agreement)
USING INDEX n:Agreement(id)
WHERE n.id > $afterId
  AND ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($party IS NULL OR EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($activeFrom IS NULL OR n.periodTo IS NULL OR n.periodTo >= date($activeFrom))
  AND ($activeTo IS NULL OR n.periodFrom IS NULL OR n.periodFrom <= date($activeTo))
  AND ($text IS NULL OR toLower(n.description) CONTAINS toLower($text))
WITH n
ORDER BY n.id
LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (a:Entity)-[r:PARTY_TO]->(n)
  WITH a, r ORDER BY coalesce(a.position, 0), a.id, r.role
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name, role: r.role} END) AS parties
}
CALL (n) {
  OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)
  WITH p, s ORDER BY s.fileName, p.start, p.end
  RETURN collect(p {.quote, .start, .end, sourceId: s.id, sourceFile: s.fileName, sourceUrl: s.url}) AS evidence
}
RETURN n.id AS id,
       n {.kind, .description, .municipality, .periodText, .amount, .currency, .amountPeriod, .approximate,
          periodFrom: toString(n.periodFrom), periodTo: toString(n.periodTo)} AS props,
       parties, evidence
