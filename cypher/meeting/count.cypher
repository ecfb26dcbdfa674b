// How many meetings match the filter (the same conditions as meeting/page), counted without collecting them.
MATCH (n:Meeting)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($body IS NULL OR EXISTS { MATCH (n)-[:OF_BODY]->(:Entity {id: $body}) })
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text))
RETURN count(n) AS total
