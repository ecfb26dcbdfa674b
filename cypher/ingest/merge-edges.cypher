// $edges: [{sourceId, from, to, type, key, props, evidence: [passage id]}], of one source or of
// several loaded together. `key` tells apart two relationships of one type between the same
// nodes (two roles of one person). A role's or membership's `from` and `to` (the dates of the
// documents that show it) keep the earliest and the latest date any source gave.
UNWIND $edges AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, r.from AS oldFrom, r.to AS oldTo
SET r += row.props,
    r.sources = CASE WHEN row.sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.sourceId END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]
SET r.from = CASE WHEN oldFrom IS NULL OR (row.props.from IS NOT NULL AND row.props.from < oldFrom) THEN row.props.from ELSE oldFrom END,
    r.to = CASE WHEN oldTo IS NULL OR (row.props.to IS NOT NULL AND row.props.to > oldTo) THEN row.props.to ELSE oldTo END
