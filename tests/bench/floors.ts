/**
 * Hand-written Cypher shared by the bench floors: the dated events of an entity and its fact
 * neighbours, in timeline order ($id, $types). Each floor adds its own paging and columns.
 */
export const TIMELINE_EVENTS = `
      MATCH (n:Entity {id: $id})
      CALL (n) { RETURN n AS e UNION MATCH (n)-[:$any($types)]-(e:Entity) RETURN e }
      WITH DISTINCT e, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
      UNWIND CASE label
        WHEN 'Meeting' THEN [{kind: 'MEETING', at: e.start}] WHEN 'Decision' THEN [{kind: 'DECISION', at: e.date}]
        WHEN 'Commitment' THEN [{kind: 'COMMITMENT_MADE', at: e.date}, {kind: 'COMMITMENT_DUE', at: e.dueLatest}]
        WHEN 'Request' THEN [{kind: 'REQUEST', at: e.date}] WHEN 'Document' THEN [{kind: 'DOCUMENT', at: e.date}]
        WHEN 'Dossier' THEN [{kind: 'DOSSIER_CREATED', at: e.created}]
        WHEN 'Agreement' THEN [{kind: 'AGREEMENT_START', at: e.periodFrom}, {kind: 'AGREEMENT_END', at: e.periodTo}]
        WHEN 'Policy' THEN [{kind: 'POLICY_ADOPTED', at: e.adoptedEarliest}] ELSE [] END AS ev
      WITH e, ev.kind AS kind, toString(ev.at) AS at WHERE at IS NOT NULL
      WITH e, kind, at ORDER BY CASE WHEN size(at) > 10 THEN at ELSE at + 'T24:00' END, e.id + '#' + kind`;
