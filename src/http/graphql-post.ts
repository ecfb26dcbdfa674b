import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { writeBusy, type Admission } from './admission.js';
import type { Metrics } from './metrics.js';
import { writeRefusal, type QueryPrecheck } from './precheck.js';
import type { StallTrace } from './stall-trace.js';

/** The media types /graphql reads a JSON body of (as express.json is told in app.ts). */
const JSON_TYPES: ReadonlySet<string> = new Set(['application/json', 'application/graphql-response+json']);

/**
 * Whether a request is the plain GraphQL POST this path serves: `POST /graphql` (no query
 * string), a JSON body in UTF-8 (no other media-type parameter), no content-encoding, and a
 * content-length between 1 and the body limit. Anything else (GET, a chunked or compressed or
 * too large body, another charset) goes through Express, whose body parser answers the odd
 * cases with the HTTP layer's errors (app.ts).
 */
export function isPlainGraphqlPost(req: IncomingMessage, bodyLimitBytes: number): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = Number(req.headers['content-length']);
  if (!Number.isInteger(length) || length < 1 || length > bodyLimitBytes) return false;
  const [media = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  if (!JSON_TYPES.has(media.trim().toLowerCase())) return false;
  return params.every((p) => /^\s*charset\s*=\s*"?utf-8"?\s*$/i.test(p));
}

export interface GraphqlPostOptions {
  readonly precheck?: QueryPrecheck;
  /** The admission line: a request that would find it full is answered 503 busy at once (admission.ts). */
  readonly admission?: Admission;
  /** Counts the refusals written here, as the Express handlers count theirs. */
  readonly metrics: Metrics;
  /** Builds the context of one operation (app.ts: the loaders, the caller). */
  readonly context: (req: IncomingMessage) => Promise<Context>;
  /** Runs `work` inside the request's database budget (app.ts requestBudget). */
  readonly withBudget: (req: IncomingMessage, res: ServerResponse, work: () => void) => void;
  /** Answers a body that is not JSON or was not received, as the Express app's error handler does. */
  readonly bodyError: (res: ServerResponse, type: 'entity.parse.failed' | 'request.aborted') => void;
  readonly logger: Logger;
  /** The diagnostic stall trace, when on (stall-trace.ts). */
  readonly trace?: StallTrace;
}

/**
 * `POST /graphql` straight to Apollo (`executeHTTPGraphQLRequest`, as Apollo's own Express
 * and standalone integrations call it), without Express' router, request and response objects
 * and body parser: `npm run bench:overhead` measured them at about half the CPU of a request
 * that needs no database. What it does is what the Express route does: read and parse the JSON
 * body, check the query text against the pre-check and the admission line's room, run the operation inside the request's
 * database budget, send Apollo's status, headers and body. A query the pre-check refuses, or one
 * that would find the admission line full, is answered here at once, with the response Express'
 * handlers write (precheck.ts writeRefusal, admission.ts writeBusy); request ids, the request log
 * and CORS come before both (app.ts).
 */
export function graphqlPost(server: ApolloServer<Context>, options: GraphqlPostOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => options.bodyError(res, 'request.aborted'));
    req.once('end', () => {
      options.trace?.mark(req, 'body');
      const text = chunks.length === 1 ? (chunks[0]?.toString('utf8') ?? '') : Buffer.concat(chunks).toString('utf8');
      const body = parseJsonBody(text);
      if (body === undefined) {
        options.bodyError(res, 'entity.parse.failed');
        return;
      }
      const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
      const verdict = typeof query === 'string' ? options.precheck?.verdict(query) : undefined;
      const full = options.admission?.full === true;
      options.trace?.mark(req, 'checked');
      // refused here, in the tick the body arrived, with the same response Express would write
      if (verdict?.refused === true) {
        writeRefusal(req, res, verdict.errors, options.metrics);
        return;
      }
      if (full) {
        writeBusy(req, res, options.metrics);
        return;
      }
      options.withBudget(req, res, () => void execute(server, options, req, res, body));
    });
  };
}

/** A JSON object or array (body-parser's strict mode), or undefined when the text is not one. */
function parseJsonBody(text: string): unknown {
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function execute(server: ApolloServer<Context>, options: GraphqlPostOptions, req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
  try {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    options.logger.error({ err: error }, 'unexpected error in the HTTP layer');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = 500;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  }
}
