// $nodes: [{sourceId, municipality, id, label, props, evidence: [passage id]}], of one source or
// of several loaded together (a node two of them share is merged once and lists both sources).
// Every fact node is also an :Entity, so one index finds any node by id. Labels are set from
// data with Cypher's dynamic labels.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props,
    n.municipality = coalesce(row.props.municipality, row.municipality),
    n.sources = CASE WHEN row.sourceId IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + row.sourceId END
WITH n, row
UNWIND row.evidence AS passageId
MATCH (p:Passage {id: passageId})
MERGE (n)-[:EVIDENCED_BY]->(p)
