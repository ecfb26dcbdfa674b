// The persons of the municipalities $municipalities (CBS codes, upper case), with the roles they
// hold, to settle new documents' persons against (src/ingest/person-registry.ts). One row per
// person; one query for all the municipalities of a batch of files.
UNWIND $municipalities AS municipality
MATCH (p:Person {municipality: municipality})
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->()
WITH municipality, p, [x IN collect(r.role) WHERE x IS NOT NULL] AS roles
RETURN municipality, p.id AS id, coalesce(p.surname, p.name, '') AS surname, p.initials AS initials, p.givenName AS givenName,
       coalesce(p.name, p.surname, '') AS name, roles, coalesce(p.unresolved, false) AS unresolved
ORDER BY municipality, p.id
