// One page of commitments matching the filter, in $order order with keyset pagination.
// Sort key k: the due window's last day (DUE_ASC, DUE_DESC) or the day it was made (DATE_DESC),
// as an ISO string; nulls sort last in both directions, ties go by id. $afterKey/$afterId are
// the last edge's key ($afterId null: first page). Effective status: curated over extracted,
// OVERDUE when open and the due window ended before $today.
MATCH (c:Commitment)
WHERE ($municipality IS NULL OR c.municipality = $municipality)
  AND ($text IS NULL OR toLower(c.text) CONTAINS toLower($text))
  AND ($dueBefore IS NULL OR c.dueLatest <= date($dueBefore))
  AND ($dueAfter IS NULL OR c.dueEarliest >= date($dueAfter))
  AND ($madeBy IS NULL OR EXISTS { MATCH (:Entity {id: $madeBy})-[:COMMITTED]->(c) })
  AND ($dossier IS NULL OR EXISTS { MATCH (c)-[:IN_DOSSIER]->(:Entity {id: $dossier}) })
  AND ($meeting IS NULL OR EXISTS { MATCH (c)-[:MADE_IN]->(:Entity {id: $meeting}) })
  AND ($concerns IS NULL OR EXISTS { MATCH (c)-[:CONCERNS]->(:Entity {id: $concerns}) })
  AND ($policy IS NULL
       OR EXISTS { MATCH (c)-[:CONCERNS|IMPLEMENTS]->(:Policy {id: $policy}) }
       OR EXISTS { MATCH (c)-[:IN_DOSSIER|CONCERNS]->()-[:IMPLEMENTS]->(:Policy {id: $policy}) })
WITH c, coalesce(c.curatedStatus, c.status) AS stored
WITH c, CASE WHEN stored = 'open' AND c.dueLatest < date($today) THEN 'overdue' ELSE stored END AS status
WHERE $status IS NULL OR status = $status
WITH c, toString(CASE $order WHEN 'DATE_DESC' THEN c.date ELSE c.dueLatest END) AS k
WHERE $afterId IS NULL
   OR (k IS NOT NULL AND $afterKey IS NOT NULL
       AND ((CASE WHEN $desc THEN k < $afterKey ELSE k > $afterKey END) OR (k = $afterKey AND c.id > $afterId)))
   OR (k IS NULL AND ($afterKey IS NOT NULL OR c.id > $afterId))
RETURN c {.*, __label: 'Commitment', sources: null} AS row, k AS key
ORDER BY k IS NULL, CASE WHEN $desc THEN k END DESC, CASE WHEN $desc THEN null ELSE k END, c.id
LIMIT $limit
