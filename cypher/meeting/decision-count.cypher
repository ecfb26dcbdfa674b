// How many decisions match the filter (the same conditions as meeting/decision-page), counted without collecting them.
MATCH (n:Decision)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($meeting IS NULL OR EXISTS { MATCH (n)-[:DECIDED_IN]->(:Entity {id: $meeting}) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($outcome IS NULL OR n.outcome = $outcome)
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
RETURN count(n) AS total
