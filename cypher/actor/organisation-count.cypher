// How many organisations match the filter (the same conditions as actor/organisation-page), counted without collecting them.
MATCH (n:Organisation)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)))
RETURN count(n) AS total
