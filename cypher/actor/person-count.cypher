// How many persons match the filter (the same conditions as actor/person-page), counted without collecting them.
MATCH (n:Person)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text))
RETURN count(n) AS total
