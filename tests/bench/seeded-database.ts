import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { loadSeeds } from '../../src/ingest/seed.js';
import type { Logger } from '../../src/logger.js';

/**
 * The database a bench script runs against: an embedded Neo4j on a temporary folder with the
 * schema and the seeds loaded, or, with NEO4J_URI set, that running database as it is (it must
 * hold the seeds). `close` closes the driver, stops the embedded server and removes its folder.
 */
export interface SeededDatabase {
  readonly db: Database;
  /** Where it listens, for a child process (a CLI) to connect to. */
  readonly uri: string;
  close(): Promise<void>;
}

export async function openSeededDatabase(logger: Logger, purpose: string): Promise<SeededDatabase> {
  let neo4j: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  const cleanUp = async (): Promise<void> => {
    await neo4j?.stop();
    if (dataDir !== null) rmSync(dataDir, { recursive: true, force: true });
  };
  if (uri === undefined) {
    dataDir = mkdtempSync(join(tmpdir(), `raadsgraaf-${purpose}-`));
    neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '768m', pagecache: '64m', txTimeoutMs: 30_000, startTimeoutMs: 150_000, logger });
    uri = neo4j.uri;
  }
  const db = Database.create({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    txTimeoutMs: 30_000,
    connectTimeoutMs: 20_000,
  });
  const close = async (): Promise<void> => {
    await db.close();
    await cleanUp();
  };
  try {
    await db.verify();
    if (neo4j !== null) {
      await applySchema(db);
      const seeds = await loadSeeds(db, 'seeds/documents', logger);
      if (seeds.failed.length > 0) throw new Error(`seeds failed: ${seeds.failed.join('; ')}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { db, uri, close };
}
