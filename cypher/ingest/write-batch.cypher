// A batch of documents the database has never seen, in one statement (load.ts loadDocuments):
// one round trip for the whole batch. Sources, their texts and passages are new by construction
// (the caller checked every source id is unknown, and passage ids start with their source's id),
// so they are CREATEd; a concurrent writer of the same source makes the unique constraint fail
// the batch, which is then loaded document by document. Fact nodes and relationships are
// MERGEd: other sources share them. Keep the Source properties in step with upsert-source.cypher
// and the fact merges with merge-nodes.cypher and merge-edges.cypher (a role's `from`/`to` keep
// the earliest and latest date any source gave).
//
// $sources:  [{id, fileName, sha256, format, municipality, textLength, text, url, title, publishedAt, nodeIds, relKeys}]
// $passages: [{sourceId, id, start, end, quote}]
// $nodes:    [{id, labels, props, municipality, sourceIds}], one row per node (load.ts batchParams)
// $evidence: [{node, passage}] (distinct pairs)
// $edges:    [{from, to, type, key, props, froms, tos, sourceIds, evidence: [passage id]}], one row per
//            relationship: `froms`/`tos` are every document's `from`/`to` (null: not given)
CALL () {
  UNWIND $sources AS source
  CREATE (s:Source {id: source.id})
  SET s.fileName = source.fileName,
      s.sha256 = source.sha256,
      s.format = source.format,
      s.municipality = source.municipality,
      s.textLength = source.textLength,
      s.url = source.url,
      s.title = source.title,
      s.publishedAt = CASE WHEN source.publishedAt IS NULL THEN null ELSE date(source.publishedAt) END,
      s.nodeIds = source.nodeIds,
      s.relKeys = source.relKeys,
      s.ingestedAt = datetime()
  FOREACH (text IN CASE WHEN source.text IS NULL THEN [] ELSE [source.text] END |
    CREATE (s)-[:HAS_TEXT]->(:SourceText {id: source.id, text: text, municipality: source.municipality})
  )
}
CALL () {
  UNWIND $passages AS row
  MATCH (s:Source {id: row.sourceId}) USING INDEX s:Source(id)
  CREATE (p:Passage {id: row.id, start: row.start, end: row.end, quote: row.quote, municipality: s.municipality})-[:FROM_SOURCE]->(s)
}
CALL () {
  UNWIND $nodes AS row
  MERGE (n:Entity {id: row.id})
  SET n:$(row.labels)
  SET n += row.props,
      n.municipality = row.municipality,
      n.sources = coalesce(n.sources, []) + [x IN row.sourceIds WHERE NOT x IN coalesce(n.sources, [])]
}
CALL () {
  UNWIND $evidence AS row
  MATCH (n:Entity {id: row.node}) USING INDEX n:Entity(id)
  MATCH (p:Passage {id: row.passage}) USING INDEX p:Passage(id)
  CREATE (n)-[:EVIDENCED_BY]->(p)
}
CALL () {
  UNWIND $edges AS row
  MATCH (a:Entity {id: row.from}) USING INDEX a:Entity(id)
  MATCH (b:Entity {id: row.to}) USING INDEX b:Entity(id)
  MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  WITH r, row, row.props AS props
  SET r.from = reduce(acc = r.from, f IN row.froms | CASE WHEN f IS NULL THEN acc WHEN acc IS NULL OR f < acc THEN f ELSE acc END),
      r.to = reduce(acc = r.to, t IN row.tos | CASE WHEN t IS NULL THEN acc WHEN acc IS NULL OR t > acc THEN t ELSE acc END)
  SET r += props {.*, from: r.from, to: r.to},
      r.sources = coalesce(r.sources, []) + [x IN row.sourceIds WHERE NOT x IN coalesce(r.sources, [])],
      r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]
  // A membership a document ended does not run past its `left` (as merge-edges.cypher).
  SET r.to = CASE WHEN r.left IS NOT NULL AND r.to > r.left THEN r.left ELSE r.to END
}
