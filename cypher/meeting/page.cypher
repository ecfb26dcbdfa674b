// One page of meetings matching the filter, ordered by start, newest first (nulls last, ties by id), with
// keyset pagination: $afterKey/$afterId are the last edge's sort key and id ($afterId null: first page).
MATCH (n:Meeting)
WHERE ($municipality IS NULL OR n.municipality = $municipality)
  AND ($body IS NULL OR EXISTS { MATCH (n)-[:OF_BODY]->(:Entity {id: $body}) })
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text))
WITH n, toString(n.start) AS k
WHERE $afterId IS NULL
   OR (k IS NOT NULL AND $afterKey IS NOT NULL AND (k < $afterKey OR (k = $afterKey AND n.id > $afterId)))
   OR (k IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
RETURN n {.*, __label: 'Meeting', sources: null} AS row, k AS key
ORDER BY k IS NULL, k DESC, n.id
LIMIT $limit
