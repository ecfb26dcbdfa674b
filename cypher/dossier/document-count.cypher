// How many documents match the filter (the same conditions as dossier/document-page), counted without collecting them.
MATCH (n:Document)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text))
RETURN count(n) AS total
