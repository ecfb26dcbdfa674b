import type { ApolloServerPlugin } from '@apollo/server';

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
          if (status !== undefined && status >= 400 && status < 500 && response.body.kind === 'single' && !('data' in response.body.singleResult && response.body.singleResult.data !== undefined)) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
