// One page of commitments per actor, for `Actor.commitments` on a list of actors: one query for
// the whole list. For each id in $actorIds, the commitments that actor made (COMMITTED), with
// the filter, order and keyset of commitment/page (its conditions verbatim, `madeBy` being the
// actor), at most $limit each. One row per actor id, the page as a list in page order (an empty
// list when nothing matches).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Entity {id: actorId})-[:COMMITTED]->(c:Commitment)
  WITH DISTINCT c
  WHERE ($municipality IS NULL OR c.municipality = $municipality)
    AND ($text IS NULL OR toLower(c.text) CONTAINS toLower($text))
    AND ($dueBefore IS NULL OR c.dueLatest <= date($dueBefore))
    AND ($dueAfter IS NULL OR c.dueEarliest >= date($dueAfter))
    AND ($dossier IS NULL OR EXISTS { MATCH (c)-[:IN_DOSSIER]->(:Entity {id: $dossier}) })
    AND ($meeting IS NULL OR EXISTS { MATCH (c)-[:MADE_IN]->(:Entity {id: $meeting}) })
    AND ($concerns IS NULL OR EXISTS { MATCH (c)-[:CONCERNS]->(:Entity {id: $concerns}) })
    AND ($policy IS NULL
         OR EXISTS { MATCH (c)-[:CONCERNS|IMPLEMENTS]->(:Policy {id: $policy}) }
         OR EXISTS { MATCH (c)-[:IN_DOSSIER|CONCERNS]->()-[:IMPLEMENTS]->(:Policy {id: $policy}) })
  WITH c, coalesce(c.curatedStatus, c.status) AS stored
  WITH c, CASE WHEN stored = 'open' AND c.dueLatest < date($today) THEN 'overdue' ELSE stored END AS status
  WHERE $status IS NULL OR status = $status
  WITH c, toString(CASE $order WHEN 'DATE_DESC' THEN c.date ELSE c.dueLatest END) AS k
  WHERE $afterId IS NULL
     OR (k IS NOT NULL AND $afterKey IS NOT NULL
         AND ((CASE WHEN $desc THEN k < $afterKey ELSE k > $afterKey END) OR (k = $afterKey AND c.id > $afterId)))
     OR (k IS NULL AND ($afterKey IS NOT NULL OR c.id > $afterId))
  WITH c, k
  ORDER BY k IS NULL, CASE WHEN $desc THEN k END DESC, CASE WHEN $desc THEN null ELSE k END, c.id
  LIMIT $limit
  RETURN collect({row: c {.*, __label: 'Commitment', sources: null}, key: k}) AS page
}
RETURN actorId, page
