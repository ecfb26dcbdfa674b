// One page of requests matching the filter, ordered by date, newest first (nulls last, ties by id), with
// keyset pagination: $afterKey/$afterId are the last edge's sort key and id ($afterId null: first page).
MATCH (n:Request)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($raisedBy IS NULL OR EXISTS { MATCH (:Entity {id: $raisedBy})-[:RAISED]->(n) })
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
RETURN n {.*, __label: 'Request', sources: null} AS row, k AS key
ORDER BY k IS NULL, k DESC, n.id
LIMIT $limit
