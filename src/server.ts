import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, type GraphQLFormattedError } from 'graphql';
import type { ApiKeyring } from './auth/api-keys.js';
import type { Context } from './context.js';
import type { Database } from './db/database.js';
import type { EmbeddedState } from './db/embedded-neo4j.js';
import { Admission, admissionPlugin, DEFAULT_ADMISSION_LIMITS, type AdmissionLimits } from './http/admission.js';
import { ErrorCode, PUBLIC_CODES } from './errors.js';
import { asUserInputError, inputErrorPlugin } from './input-errors.js';
import { createApp } from './http/app.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { metricsPlugin } from './http/metrics-plugin.js';
import { legacyStatusPlugin } from './http/status-plugin.js';
import { DEFAULT_QUERY_LIMITS, limitRules, queryLimitsPlugin, type QueryLimits } from './http/query-limits.js';
import { QueryPrecheck } from './http/precheck.js';
import type { StallTrace } from './http/stall-trace.js';
import type { Logger } from './logger.js';
import { resolvers, typeDefs } from './schema.js';

export interface ServerDeps {
  readonly db: Database;
  readonly logger: Logger;
  /** The API keys mutations accept (parsed from API_KEYS); none means no mutation is allowed. */
  readonly apiKeys?: ApiKeyring;
  /** Query limits checked before execution; the README's defaults when absent. */
  readonly limits?: QueryLimits;
}

/**
 * The GraphQL server, without a transport: tests call `executeOperation` on it, and
 * `listen` puts it on HTTP. Query limits apply to both. Errors with a public code pass
 * through; everything else is masked as INTERNAL_SERVER_ERROR and logged once, here.
 */
export function createServer({ logger, limits = DEFAULT_QUERY_LIMITS }: ServerDeps): ApolloServer<Context> {
  const sdl = typeDefs();
  return new ApolloServer<Context>({
    typeDefs: sdl,
    resolvers: resolvers(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Mutations authenticate with a bearer header only (no cookies), which a cross-site form or
    // image cannot send: Apollo's CSRF check would only refuse plain GET queries (see README).
    csrfPrevention: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    // No cache hints in the schema and no cache-control header sent: Apollo's cache-control
    // plugin (on by default) would only hook every field of every request (bench:overhead).
    plugins: [inputErrorPlugin<Context>(), queryLimitsPlugin<Context>(limits, buildSchema(sdl)), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
}

/** Apollo's own codes for requests that are malformed (parse, validation, bad HTTP request): the client's to see. */
const APOLLO_REQUEST_CODES: ReadonlySet<string> = new Set(
  Object.values(ApolloServerErrorCode).filter((c) => c !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
);

/** graphql-js' parser limit, as graphql-js words it ("more that 1000 tokens" in 16.x). */
const TOKEN_LIMIT = /Document contains more th(?:at|an) \d+ tokens/;

export function maskError(given: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const formatted = asUserInputError(given, error);
  const limited = queryLimitError(formatted);
  if (limited !== null) return limited;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code))) {
    return formatted;
  }
  const original = unwrapResolverError(error);
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** HTTP settings (config.ts reads them from the environment); each has the README's default. */
export interface HttpOptions extends ServerDeps {
  readonly corsOrigins?: readonly string[];
  readonly bodyLimitBytes?: number;
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly requestDeadlineMs?: number;
  readonly maxCypherQueries?: number;
  readonly graphiql?: boolean;
  /** True once constraints and indexes are in place (/ready); assumed true when absent. */
  readonly schemaApplied?: () => boolean;
  /** The embedded Neo4j's supervisor state, for /ready and /metrics; absent with NEO4J_URI. */
  readonly embeddedState?: () => EmbeddedState;
  /** How many operations run at once and how long others wait (README: MAX_CONCURRENT_REQUESTS, ...). */
  readonly admission?: AdmissionLimits;
  /** The diagnostic stall trace (TRACE_STALLS_FILE), when on: it watches the sockets and every request. */
  readonly trace?: StallTrace;
}

/**
 * A query limit's refusal comes back from Apollo as a validation (or parse) error; clients get
 * QUERY_TOO_COMPLEX with the limit's name instead, and no "Syntax Error" prefix.
 */
function queryLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const code = formatted.extensions?.code;
  const limit = formatted.extensions?.limit;
  const message = formatted.message.replace(/^Syntax Error: /, '');
  if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && typeof limit === 'string') {
    return { message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } };
  }
  if (code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED && TOKEN_LIMIT.test(message)) {
    return { message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'maxTokens' } };
  }
  return null;
}

export interface Listening {
  /** The GraphQL endpoint: http://host:port/graphql. */
  readonly url: string;
  readonly metrics: Metrics;
  stop(): Promise<void>;
}

/** Serves `/graphql` and the operational endpoints over HTTP. Rejects with a clear message when the port is taken. */
export async function listen(server: ApolloServer<Context>, options: HttpOptions, port: number, host: string): Promise<Listening> {
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const httpServer = createHttpServer({
    headersTimeout: Math.min(options.headersTimeoutMs ?? 10_000, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    // How often Node checks the two timeouts above (default 30 s): a slow body is cut off within a second of its limit.
    connectionsCheckingInterval: 1_000,
    keepAliveTimeout: 5_000,
  });
  const embeddedState = options.embeddedState;
  const metrics = createMetrics({ db: options.db, ...(embeddedState ? { embeddedState } : {}) });
  server.addPlugin(metricsPlugin<Context>(metrics));
  const admission = new Admission(options.admission ?? DEFAULT_ADMISSION_LIMITS);
  server.addPlugin(admissionPlugin<Context>(admission, () => options.db.whenAvailable()));
  server.addPlugin(legacyStatusPlugin<Context>());
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  const app = createApp(server, {
    db: options.db,
    logger: options.logger,
    metrics,
    ...(options.apiKeys ? { apiKeys: options.apiKeys } : {}),
    corsOrigins: options.corsOrigins ?? [],
    bodyLimitBytes: options.bodyLimitBytes ?? 100_000,
    requestDeadlineMs: options.requestDeadlineMs ?? 10_000,
    maxCypherQueries: options.maxCypherQueries ?? 50,
    graphiql: options.graphiql ?? true,
    schemaApplied: options.schemaApplied ?? (() => true),
    ...(embeddedState ? { embeddedState } : {}),
    precheck: new QueryPrecheck(buildSchema(typeDefs()), options.limits ?? DEFAULT_QUERY_LIMITS),
    admission,
    ...(options.trace ? { trace: options.trace } : {}),
  });
  options.trace?.watch(httpServer);
  httpServer.on('request', app);
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    metrics.close();
    await server.stop();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is already in use; set PORT to another port`);
    if (code === 'EACCES') throw new Error(`not allowed to listen on port ${port}; set PORT to a port above 1023`);
    throw error;
  }
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    metrics,
    stop: async () => {
      await server.stop();
      metrics.close();
    },
  };
}
