import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiKeyring } from './auth/api-keys.js';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { ErrorCode, PUBLIC_CODES } from './errors.js';
import { asUserInputError, inputErrorPlugin } from './input-errors.js';
import type { Logger } from './logger.js';
import { resolvers, typeDefs } from './schema.js';

export interface ServerDeps {
  readonly db: Database;
  readonly logger: Logger;
  /** The API keys mutations accept (parsed from API_KEYS); none means no mutation is allowed. */
  readonly apiKeys?: ApiKeyring;
}

/**
 * The GraphQL server, without a transport: tests call `executeOperation` on it, and
 * `listen` puts it on HTTP. Errors with a public code pass through; everything else is masked
 * as INTERNAL_SERVER_ERROR and logged once, here.
 */
export function createServer({ logger }: ServerDeps): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: typeDefs(),
    resolvers: resolvers(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [inputErrorPlugin<Context>()],
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
}

/** Apollo's own codes for requests that are malformed (parse, validation, bad HTTP request): the client's to see. */
const APOLLO_REQUEST_CODES: ReadonlySet<string> = new Set(
  Object.values(ApolloServerErrorCode).filter((c) => c !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
);

export function maskError(given: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const formatted = asUserInputError(given, error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code))) {
    return formatted;
  }
  const original = unwrapResolverError(error);
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

export interface Listening {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves `/graphql` over HTTP. Rejects with a clear message when the port is taken. */
export async function listen(server: ApolloServer<Context>, deps: ServerDeps, port: number, host: string): Promise<Listening> {
  try {
    const { url } = await startStandaloneServer(server, {
      listen: { port, host },
      context: async ({ req }) => createContext(deps.db, deps.logger, { authorization: req.headers.authorization }, deps.apiKeys),
    });
    return { url: `${url.replace(/\/$/, '')}/graphql`, stop: () => server.stop() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is already in use; set PORT to another port`);
    if (code === 'EACCES') throw new Error(`not allowed to listen on port ${port}; set PORT to a port above 1023`);
    throw error;
  }
}
