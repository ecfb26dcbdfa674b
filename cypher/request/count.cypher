// How many requests match the filter (the same conditions as request/page), counted without collecting them.
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
RETURN count(n) AS total
