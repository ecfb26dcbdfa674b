// How many events timeline-events.cypher gives for an entity, over all pages.
MATCH (n:Entity {id: $id})
CALL (n) {
  RETURN n AS e
  UNION
  MATCH (n)-[:$any($types)]-(e:Entity)
  RETURN e
}
WITH DISTINCT e, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
UNWIND CASE label
  WHEN 'Meeting' THEN [e.start]
  WHEN 'Decision' THEN [e.date]
  WHEN 'Commitment' THEN [e.date, e.dueLatest]
  WHEN 'Request' THEN [e.date]
  WHEN 'Document' THEN [e.date]
  WHEN 'Dossier' THEN [e.created]
  WHEN 'Agreement' THEN [e.periodFrom, e.periodTo]
  WHEN 'Policy' THEN [e.adoptedEarliest]
  ELSE []
END AS at
WITH at WHERE at IS NOT NULL
RETURN count(*) AS total
