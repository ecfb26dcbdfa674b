// How many agreements match the filter (the same conditions as agreement/page), counted without collecting them.
MATCH (n:Agreement)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($party IS NULL OR EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($activeFrom IS NULL OR n.periodTo IS NULL OR n.periodTo >= date($activeFrom))
  AND ($activeTo IS NULL OR n.periodFrom IS NULL OR n.periodFrom <= date($activeTo))
  AND ($text IS NULL OR toLower(n.description) CONTAINS toLower($text))
RETURN count(n) AS total
