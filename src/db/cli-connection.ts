import type { loadConfig } from '../config.js';
import type { createLogger } from '../logger.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';

/**
 * The database of a command-line tool (ingest, export): NEO4J_URI if set; else the embedded
 * Neo4j of a running `npm start`; else an embedded Neo4j started for this run (stop it after).
 * Transactions get at least two minutes: batch work is not an API request.
 */
export async function connectForCli(config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>): Promise<{ db: Database; embedded: EmbeddedNeo4j | null }> {
  const options = (uri: string, connectTimeoutMs: number) => ({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    txTimeoutMs: Math.max(config.NEO4J_TX_TIMEOUT_MS, 120_000),
    connectTimeoutMs,
  });
  if (config.NEO4J_URI !== undefined) {
    const db = Database.create(options(config.NEO4J_URI, config.NEO4J_CONNECT_TIMEOUT_MS));
    await db.verify();
    return { db, embedded: null };
  }
  // A running `npm start` holds the embedded store; talk to it rather than start a second one.
  const running = Database.create(options(`bolt://127.0.0.1:${config.NEO4J_EMBEDDED_PORT}`, 1_000));
  try {
    await running.verify();
    return { db: running, embedded: null };
  } catch {
    await running.close();
  }
  const embedded = await startEmbeddedNeo4j({
    dataDir: config.NEO4J_DATA_DIR,
    port: 0,
    heap: config.NEO4J_HEAP,
    pagecache: config.NEO4J_PAGECACHE,
    txTimeoutMs: Math.max(config.NEO4J_TX_TIMEOUT_MS, 120_000),
    startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
    logger,
  });
  const db = Database.create(options(embedded.uri, config.NEO4J_CONNECT_TIMEOUT_MS));
  await db.verify();
  return { db, embedded };
}

