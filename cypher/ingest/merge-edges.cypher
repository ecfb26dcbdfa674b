// $edges: [{sourceId, from, to, type, key, props, evidence: [passage id]}], of one source or of
// several loaded together. `key` tells apart two relationships of one type between the same
// nodes (two roles of one person). A role's or membership's `from` and `to` (the dates of the
// documents that show it) keep the earliest and the latest date any source gave: they are set
// first, from the relationship as it stands when the row is written (rows of one batch that
// meet one relationship see each other's dates), and the other props may not overwrite them;
// `to` stops at `left` (see the end).
UNWIND $edges AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, row.props AS props
SET r.from = CASE WHEN props.from IS NULL THEN r.from WHEN r.from IS NULL OR props.from < r.from THEN props.from ELSE r.from END,
    r.to = CASE WHEN props.to IS NULL THEN r.to WHEN r.to IS NULL OR props.to > r.to THEN props.to ELSE r.to END
SET r += props {.*, from: r.from, to: r.to},
    r.sources = CASE WHEN row.sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.sourceId END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]
// A membership a document ended (`left`) does not run past the departure: a later document that
// still names the person with the party adds its evidence, not a later `to`.
SET r.to = CASE WHEN r.left IS NOT NULL AND r.to > r.left THEN r.left ELSE r.to END
