// $nodes: [{id, label, props, evidence: [passage id]}]. Every fact node is also an :Entity, so
// one index finds any node by id. Labels are set from data with Cypher's dynamic labels.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props,
    n.municipality = coalesce(row.props.municipality, $municipality),
    n.sources = CASE WHEN $sourceId IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + $sourceId END
WITH n, row
UNWIND row.evidence AS passageId
MATCH (p:Passage {id: passageId})
MERGE (n)-[:EVIDENCED_BY]->(p)
