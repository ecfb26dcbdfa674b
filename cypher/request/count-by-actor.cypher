// How many requests each actor in $actorIds raised that match the filter (the conditions of
// request/count, `raisedBy` being the actor), for `Actor.requests { totalCount }` on a list of
// actors: one query for the whole list, one row per actor id (0 when nothing matches).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Entity {id: actorId})-[:RAISED]->(n:Request)
  WITH DISTINCT n
  WHERE ($municipality IS NULL OR n.municipality = $municipality)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($dossier IS NULL OR EXISTS { MATCH (n)-[:IN_DOSSIER]->(:Entity {id: $dossier}) })
    AND ($meeting IS NULL OR EXISTS { MATCH (n)-[:MADE_IN]->(:Entity {id: $meeting}) })
    AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
    AND ($from IS NULL OR n.date >= date($from))
    AND ($to IS NULL OR n.date <= date($to))
    AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
  RETURN count(n) AS total
}
RETURN actorId, total
