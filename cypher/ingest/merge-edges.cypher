// $edges: [{sourceId, from, to, type, key, props, evidence: [passage id]}], of one source or of
// several loaded together. `key` tells apart two relationships of one type between the same
// nodes (two roles of one person).
UNWIND $edges AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props,
    r.sources = CASE WHEN row.sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.sourceId END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]
