// One page of bodies matching the filter, ordered by name (nulls last, ties by id), with
// keyset pagination: $afterKey/$afterId are the last edge's sort key and id ($afterId null: first page).
MATCH (n:Body)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text))
WITH n, toLower(n.name) AS k
WHERE $afterId IS NULL
   OR (k IS NOT NULL AND $afterKey IS NOT NULL AND (k > $afterKey OR (k = $afterKey AND n.id > $afterId)))
   OR (k IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
RETURN n {.*, __label: 'Body', sources: null} AS row, k AS key
ORDER BY k IS NULL, k, n.id
LIMIT $limit
