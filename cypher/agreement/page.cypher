// One page of agreements matching the filter, ordered by id (nulls last, ties by id), with
// keyset pagination: $afterKey/$afterId are the last edge's sort key and id ($afterId null: first page).
MATCH (n:Agreement)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($party IS NULL OR EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) })
  AND ($concerns IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($activeFrom IS NULL OR n.periodTo IS NULL OR n.periodTo >= date($activeFrom))
  AND ($activeTo IS NULL OR n.periodFrom IS NULL OR n.periodFrom <= date($activeTo))
  AND ($text IS NULL OR toLower(n.description) CONTAINS toLower($text))
WITH n, n.id AS k
WHERE $afterId IS NULL
   OR (k IS NOT NULL AND $afterKey IS NOT NULL AND (k > $afterKey OR (k = $afterKey AND n.id > $afterId)))
   OR (k IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
RETURN n {.*, __label: 'Agreement', sources: null} AS row, k AS key
ORDER BY k IS NULL, k, n.id
LIMIT $limit
