// How many commitments match the filter (the same conditions as commitment/page), counted
// without collecting them.
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
RETURN count(c) AS total
