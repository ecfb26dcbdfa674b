import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../errors.js';

/** The request errors the spec wants answered 200 to application/json; a malformed request (BAD_REQUEST) stays 400. */
const DOCUMENT_ERRORS: ReadonlySet<unknown> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) gets
 * request errors (parse, validation, variable coercion, query limits) with status 200, as the
 * spec says it should; one that accepts `application/graphql-response+json` gets the 4xx.
 */
export function legacyStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes('application/graphql-response+json')) return;
      return {
        async willSendResponse({ response }) {
          const status = response.http.status;
          if (status === undefined || status < 400 || status >= 500 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data === undefined && errors !== undefined && errors.every((e) => DOCUMENT_ERRORS.has(e.extensions?.code))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
