// How many commitments each actor in $actorIds made that match the filter (the conditions of
// commitment/count, `madeBy` being the actor), for `Actor.commitments { totalCount }` on a list
// of actors: one query for the whole list, one row per actor id (0 when nothing matches).
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
  RETURN count(c) AS total
}
RETURN actorId, total
