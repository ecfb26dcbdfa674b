// How many fracties match the filter (the same conditions as actor/fractie-page), counted without collecting them.
MATCH (n:Fractie)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.abbreviation, '')) CONTAINS toLower($text))
RETURN count(n) AS total
