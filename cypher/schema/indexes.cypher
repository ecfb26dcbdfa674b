// Range indexes for the filters and orderings the API offers, and full-text indexes for search.
// The full-text indexes use Neo4j's `dutch` analyzer: Snowball stemming (wijkteams = wijkteam) and
// umlauts/acutes folded (financiën = financien). src/db/apply-schema.ts drops and recreates a
// full-text index whose analyzer differs from the one named here (a store made before).
CREATE INDEX dossier_number IF NOT EXISTS FOR (n:Dossier) ON (n.number);
CREATE INDEX dossier_municipality_created IF NOT EXISTS FOR (n:Dossier) ON (n.municipality, n.created);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.start);
// A municipality's meetings newest first (src/meeting/meeting-query.ts): rows in list order, and its count.
CREATE INDEX meeting_municipality_start IF NOT EXISTS FOR (n:Meeting) ON (n.municipality, n.start);
CREATE INDEX commitment_status IF NOT EXISTS FOR (n:Commitment) ON (n.status);
CREATE INDEX commitment_due_latest IF NOT EXISTS FOR (n:Commitment) ON (n.dueLatest);
CREATE INDEX commitment_municipality IF NOT EXISTS FOR (n:Commitment) ON (n.municipality);
// Lists are sorted by dueLatest or date with a LIMIT (src/commitment/commitment-query.ts): these
// give rows in list order, over all commitments or within one municipality, so a page reads
// about $limit index entries instead of sorting every match.
CREATE INDEX commitment_date IF NOT EXISTS FOR (n:Commitment) ON (n.date);
CREATE INDEX commitment_municipality_due_latest IF NOT EXISTS FOR (n:Commitment) ON (n.municipality, n.dueLatest);
CREATE INDEX commitment_municipality_date IF NOT EXISTS FOR (n:Commitment) ON (n.municipality, n.date);
// The status filter seeks `status = x OR curatedStatus = x` (the stored status is their coalesce).
CREATE INDEX commitment_curated_status IF NOT EXISTS FOR (n:Commitment) ON (n.curatedStatus);
CREATE INDEX commitment_confidence IF NOT EXISTS FOR (n:Commitment) ON (n.confidence);
CREATE INDEX request_date IF NOT EXISTS FOR (n:Request) ON (n.date);
CREATE INDEX request_municipality_date IF NOT EXISTS FOR (n:Request) ON (n.municipality, n.date);
CREATE INDEX request_kind IF NOT EXISTS FOR (n:Request) ON (n.kind);
CREATE INDEX source_municipality IF NOT EXISTS FOR (n:Source) ON (n.municipality);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.subject, n.title, n.text, n.summary, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX passage_quote IF NOT EXISTS FOR (n:Passage) ON EACH [n.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
// The change feed starts at the first entry at or after `since` (cypher/change/page.cypher).
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
// A write compares each fact it touched with the feed's last entry about it (cypher/change/snapshot.cypher).
CREATE INDEX change_entity_seq IF NOT EXISTS FOR (n:Change) ON (n.entityId, n.seq);
// Settling a new document's persons reads a municipality's persons (cypher/ingest/known-persons.cypher).
CREATE INDEX person_municipality IF NOT EXISTS FOR (n:Person) ON (n.municipality);
