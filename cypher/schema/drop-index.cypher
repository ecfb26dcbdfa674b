// Drops one index by name (the migration in src/db/apply-schema.ts, before it is recreated).
DROP INDEX $name IF EXISTS
