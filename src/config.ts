import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Everything the process reads from its environment, with the defaults the README documents.
 * Parsed once at start-up; a bad value stops the process with a message naming the variable.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Diagnostics: write the stall trace (src/http/stall-trace.ts) to this file; off when unset. */
  TRACE_STALLS_FILE: z.string().min(1).optional(),

  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Cypher transaction timeout, applied by the driver to every transaction and by the embedded server. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** How long to wait for the database to answer at start-up. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  /** How long a request waits for a database connection before it gets SERVICE_UNAVAILABLE. */
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().positive().default(1_500),

  NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m').default('512m'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]$/i, 'a size such as 128m').default('128m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** Restarts in a row of an embedded Neo4j that died before `npm start` gives up on it; 0: none. */
  NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).default(5),
  /** CPU niceness of the embedded Neo4j's JVM (0-19): the API's event loop goes first on a shared host. */
  NEO4J_EMBEDDED_NICE: z.coerce.number().int().min(0).max(19).default(5),

  SEED_DIR: z.string().min(1).default('seeds/documents'),
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Comma-separated `key:role` pairs; a mutation needs `Authorization: Bearer <key>` with role editor. */
  API_KEYS: z.string().default(''),

  /** Comma-separated origins allowed to call the API from a browser; empty: same origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== '')),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(100_000),
  /** A client must send its request headers within this time. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A client must send its whole request (headers and body) within this time; slow bodies are cut off. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** A request's database work is cancelled after this time, or as soon as the client goes away. */
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * GraphQL operations executing at once; more wait in line (refusals by a query limit never wait).
   * Twice the CPU cores: with the embedded Neo4j on the same cores, 16 at once on 2 cores let the
   * soak's ordinary p99 reach 4 s, where 4 kept it at 1.7 s and refusals under 100 ms.
   */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().positive().default(2 * availableParallelism()),
  /** Operations waiting for a turn; one more is answered 503 SERVICE_UNAVAILABLE at once. */
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(64),
  /** Longest wait for a turn before 503 SERVICE_UNAVAILABLE. */
  QUEUE_TIMEOUT_MS: z.coerce.number().int().positive().default(1_000),
  /** Query limits, checked before anything runs. */
  MAX_DEPTH: z.coerce.number().int().positive().default(8),
  MAX_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_DIRECTIVES: z.coerce.number().int().positive().default(50),
  MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  /** Largest estimated cost: list sizes (`first`, or the default page size) multiplied through nesting. */
  MAX_COST: z.coerce.number().int().positive().default(50_000),
  /** Most Cypher queries one request may send. */
  MAX_CYPHER_QUERIES: z.coerce.number().int().positive().default(50),
  /** Largest JSON response, in bytes. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /** Serve GraphiQL at /graphql to browsers. */
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return parsed.data;
}
