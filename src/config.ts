import { z } from 'zod';

/**
 * Everything the process reads from its environment, with the defaults the README documents.
 * Parsed once at start-up; a bad value stops the process with a message naming the variable.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

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

  SEED_DIR: z.string().min(1).default('seeds/documents'),
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Comma-separated `key:role` pairs; a mutation needs `Authorization: Bearer <key>` with role editor. */
  API_KEYS: z.string().default(''),
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
