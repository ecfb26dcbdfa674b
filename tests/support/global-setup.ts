import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { loadSeeds } from '../../src/ingest/seed.js';
import { createLogger } from '../../src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the integration run: embedded on a free port with a temporary data
 * folder, or the server in NEO4J_URI when set (then it must be a database you can wipe).
 * Constraints, indexes and the seeds are loaded once; the folder is removed afterwards.
 * Transactions may take 120 s: seeding on a loaded 2-core machine took over 30 s.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  let neo4j: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  if (uri === undefined) {
    dataDir = mkdtempSync(join(tmpdir(), 'raadsgraaf-test-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '768m', pagecache: '64m', txTimeoutMs: 120_000, startTimeoutMs: 150_000, logger });
    uri = neo4j.uri;
  }
  else if (process.env.RAADSGRAAF_TEST_ALLOW_WIPE !== '1') {
    throw new Error('the integration tests empty the database at NEO4J_URI; set RAADSGRAAF_TEST_ALLOW_WIPE=1 if that is what you want');
  }
  const db = testDatabase(uri);
  await db.verify();
  await db.write('MATCH (n) DETACH DELETE n');
  await applySchema(db);
  const seeds = await loadSeeds(db, 'seeds/documents', logger);
  if (seeds.failed.length > 0) throw new Error(`seeds failed to load: ${seeds.failed.join('; ')}`);
  await db.close();
  project.provide('neo4jUri', uri);

  return async () => {
    await neo4j?.stop();
    if (dataDir !== null) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function testDatabase(uri: string): Database {
  return Database.create({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    txTimeoutMs: 120_000,
    connectTimeoutMs: 20_000,
  });
}
