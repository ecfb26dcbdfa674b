import type { TypedDocumentString } from './gql/graphql.js';

/** The explorer talks only to the public GraphQL API, on the same origin as the page. */
const ENDPOINT = new URL('graphql', document.baseURI).href;

export class ApiError extends Error {}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('De API is niet bereikbaar.');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (body.errors !== undefined && body.errors.length > 0) {
    const first = body.errors[0];
    const code = first?.extensions?.code;
    throw new ApiError(code === 'BAD_USER_INPUT' ? `Ongeldige invoer: ${first?.message ?? ''}` : `De API gaf een fout${code ? ` (${code})` : ''}.`);
  }
  if (body.data === undefined || body.data === null) throw new ApiError(`De API antwoordde niet (${response.status}).`);
  return body.data;
}
