// One page of requests per actor, for `Actor.requests` on a list of actors: one query for the
// whole list. For each id in $actorIds, the requests that actor raised (RAISED), with the
// filter, order and keyset of request/page (its conditions verbatim, `raisedBy` being the
// actor), at most $limit each. One row per actor id, the page as a list in page order (an empty
// list when nothing matches).
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
  WITH n, toString(n.date) AS k
  WHERE $afterId IS NULL
     OR (k IS NOT NULL AND $afterKey IS NOT NULL AND (k < $afterKey OR (k = $afterKey AND n.id > $afterId)))
     OR (k IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
  WITH n, k
  ORDER BY k IS NULL, k DESC, n.id
  LIMIT $limit
  RETURN collect({row: n {.*, __label: 'Request', sources: null}, key: k}) AS page
}
RETURN actorId, page
