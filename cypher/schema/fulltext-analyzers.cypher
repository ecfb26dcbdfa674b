// The analyzer of every full-text index, for the migration in src/db/apply-schema.ts.
SHOW FULLTEXT INDEXES YIELD name, options
RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer
