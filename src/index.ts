import { createServer as createNetServer } from 'node:net';
import { loadConfig, type Config } from './config.js';
import { applySchema } from './db/apply-schema.js';
import { Database } from './db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './db/embedded-neo4j.js';
import { loadSeeds } from './ingest/seed.js';
import { createLogger, type Logger } from './logger.js';
import { createServer, listen, type Listening } from './server.js';
import { parseApiKeys } from './auth/api-keys.js';
import { startStallTrace, type StallTrace } from './http/stall-trace.js';

/**
 * The composition root behind `npm start`: database (embedded unless NEO4J_URI is set) ->
 * constraints and indexes -> seeds -> GraphQL on HTTP. Stops in reverse order on SIGINT/SIGTERM.
 */

interface Running {
  neo4j: EmbeddedNeo4j | null;
  db: Database | null;
  http: Listening | null;
  trace: StallTrace | null;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fatal(error);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const running: Running = { neo4j: null, db: null, http: null, trace: config.TRACE_STALLS_FILE === undefined ? null : startStallTrace(config.TRACE_STALLS_FILE) };
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await shutdown(running, logger);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const started = Date.now();
  try {
    await assertPortFree(config.PORT, config.HOST);
    let uri = config.NEO4J_URI;
    if (uri === undefined) {
      running.neo4j = await startEmbeddedNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        port: config.NEO4J_EMBEDDED_PORT,
        heap: config.NEO4J_HEAP,
        pagecache: config.NEO4J_PAGECACHE,
        txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
        startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
        maxRestarts: config.NEO4J_MAX_RESTARTS,
        nice: config.NEO4J_EMBEDDED_NICE,
        logger,
      });
      uri = running.neo4j.uri;
    }
    running.db = Database.create({
      uri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
      acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS,
    });
    await running.db.verify();
    const supervised = running.neo4j;
    if (supervised !== null) {
      // While the supervisor restarts the JVM, queries wait up to a second for it, then fail with SERVICE_UNAVAILABLE.
      running.db.setAvailabilityGate({
        reason: () => (supervised.state() === 'up' ? null : `the embedded Neo4j is ${supervised.state()}`),
        onChange: (listener) => supervised.onStateChange(listener),
      });
    }
    const statements = await applySchema(running.db);
    logger.info({ statements }, 'constraints and indexes in place');
    if (config.SEED_ON_START) {
      const seeds = await loadSeeds(running.db, config.SEED_DIR, logger);
      logger.info(seeds, 'seeds checked');
    }
    const neo4j = running.neo4j;
    const deps = {
      db: running.db,
      logger,
      apiKeys: parseApiKeys(config.API_KEYS),
      limits: {
        maxDepth: config.MAX_DEPTH,
        maxAliases: config.MAX_ALIASES,
        maxDirectives: config.MAX_DIRECTIVES,
        maxTokens: config.MAX_TOKENS,
        maxCost: config.MAX_COST,
        maxResponseBytes: config.MAX_RESPONSE_BYTES,
      },
    };
    running.http = await listen(createServer(deps), {
      ...deps,
      corsOrigins: config.CORS_ORIGINS,
      bodyLimitBytes: config.BODY_LIMIT_BYTES,
      headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
      requestDeadlineMs: config.REQUEST_DEADLINE_MS,
      maxCypherQueries: config.MAX_CYPHER_QUERIES,
      graphiql: config.GRAPHIQL,
      // start-up applies the schema before it listens
      schemaApplied: () => true,
      admission: { maxActive: config.MAX_CONCURRENT_REQUESTS, maxQueued: config.MAX_QUEUED_REQUESTS, maxWaitMs: config.QUEUE_TIMEOUT_MS },
      ...(neo4j === null ? {} : { embeddedState: () => neo4j.state() }),
      ...(running.trace === null ? {} : { trace: running.trace }),
    }, config.PORT, config.HOST);
    logger.info({ url: running.http.url, ms: Date.now() - started }, 'raadsgraaf is serving GraphQL');
  } catch (error) {
    await shutdown(running, logger);
    fatal(error);
  }
}

async function shutdown(running: Running, logger: Logger): Promise<void> {
  try {
    await running.http?.stop();
    await running.db?.close();
    await running.neo4j?.stop();
    await running.trace?.stop();
  } catch (error) {
    logger.error({ err: error }, 'error while stopping');
  }
}

function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already in use; set PORT to another port`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function fatal(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`raadsgraaf: ${message}\n`);
  process.exit(1);
}

await main();
