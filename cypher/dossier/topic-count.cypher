// How many topics match the filter (the same conditions as dossier/topic-page), counted without collecting them.
MATCH (n:Topic)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text))
RETURN count(n) AS total
