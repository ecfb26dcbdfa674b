// The dated events that touch an entity: its own dates and those of the entities one fact
// relationship away ($types as in paths.cypher). One node can give several events (a
// commitment is made and falls due; an agreement starts and ends). `at` is the event's
// temporal as an ISO string; `sortKey` puts an event without a time of day at the end of its
// day (`T24:00`), so a meeting comes before what was said in it; `key` is unique per event.
// The keyset ($afterSort, $afterKey) pages in (sortKey, key) order.
MATCH (n:Entity {id: $id})
CALL (n) {
  RETURN n AS e
  UNION
  MATCH (n)-[:$any($types)]-(e:Entity)
  RETURN e
}
WITH DISTINCT e, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
UNWIND CASE label
  WHEN 'Meeting' THEN [{kind: 'MEETING', at: e.start}]
  WHEN 'Decision' THEN [{kind: 'DECISION', at: e.date}]
  WHEN 'Commitment' THEN [{kind: 'COMMITMENT_MADE', at: e.date}, {kind: 'COMMITMENT_DUE', at: e.dueLatest}]
  WHEN 'Request' THEN [{kind: 'REQUEST', at: e.date}]
  WHEN 'Document' THEN [{kind: 'DOCUMENT', at: e.date}]
  WHEN 'Dossier' THEN [{kind: 'DOSSIER_CREATED', at: e.created}]
  WHEN 'Agreement' THEN [{kind: 'AGREEMENT_START', at: e.periodFrom}, {kind: 'AGREEMENT_END', at: e.periodTo}]
  WHEN 'Policy' THEN [{kind: 'POLICY_ADOPTED', at: e.adoptedEarliest}]
  ELSE []
END AS event
WITH e, label, event.kind AS kind, toString(event.at) AS at
WHERE at IS NOT NULL
WITH e, label, kind, at, CASE WHEN size(at) > 10 THEN at ELSE at + 'T24:00' END AS sortKey, e.id + '#' + kind AS key
WHERE $afterSort IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND key > $afterKey)
RETURN at, sortKey, key, kind, e {.*, __label: label, sources: null} AS node
ORDER BY sortKey, key
LIMIT $limit
