import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/**
 * The public list of error codes (`extensions.code`). Clients may rely on these; anything else
 * is masked as INTERNAL_SERVER_ERROR and logged once (see server.ts formatError).
 */
export const ErrorCode = {
  /** An argument is wrong; `extensions.argument` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A mutation without a valid API key. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid key whose role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The database cannot be reached, or answered too late; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The query ran past the Cypher transaction timeout. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /**
   * The operation goes over a limit checked before it runs (depth, aliases, directives, cost) or
   * while it runs (database queries per request, response size); `extensions.limit` names it.
   */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request ran past its deadline, or its client went away; its database work was cancelled. */
  REQUEST_CANCELLED: 'REQUEST_CANCELLED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message is meant for the client and is passed through unmasked. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode).filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}

export function databaseUnavailable(cause: unknown): GraphQLError {
  return new GraphQLError('The database is not available right now; try again later.', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

export function queryTimeout(cause: unknown): GraphQLError {
  return new GraphQLError('The query took longer than the server allows; narrow it down.', {
    extensions: { code: ErrorCode.QUERY_TIMEOUT },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * The database cannot serve us now: unreachable, restarting, or no pooled connection free within
 * the acquisition timeout. The driver's pool gives the last one as a Neo4jError with code `N/A`,
 * so the message is checked whatever the error's class.
 */
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|ECONNRESET|EPIPE|Connection acquisition timed out|Connection was closed by server|Pool is closed/;

export function isUnavailableError(error: unknown): boolean {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) return true;
  return error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message);
}

export function isTimeoutError(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction.*Terminated/.test(error.code);
}

/** A query limit refused the operation; `limit` names the setting (maxDepth, maxCost, ...). */
export function queryLimitExceeded(limit: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } });
}

export function requestCancelled(): GraphQLError {
  return new GraphQLError('The request ran past its deadline or its client went away; its database work was cancelled.', {
    extensions: { code: ErrorCode.REQUEST_CANCELLED },
  });
}
