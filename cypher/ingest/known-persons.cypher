// The persons of one municipality, with the roles they hold, to settle a new document's persons
// against (src/ingest/person-registry.ts). One row per person.
MATCH (p:Person {municipality: $municipality})
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->()
WITH p, [x IN collect(r.role) WHERE x IS NOT NULL] AS roles
RETURN p.id AS id, coalesce(p.surname, p.name, '') AS surname, p.initials AS initials, p.givenName AS givenName,
       coalesce(p.name, p.surname, '') AS name, roles, coalesce(p.unresolved, false) AS unresolved
ORDER BY p.id
