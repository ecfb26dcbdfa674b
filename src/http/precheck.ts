import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { GraphQLError, parse, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../errors.js';
import type { Metrics } from './metrics.js';
import { limitRules, type QueryLimits } from './query-limits.js';

/**
 * The query limits that depend on the query text alone (tokens, depth, aliases, directives),
 * checked in the Express layer before Apollo and before the admission line, with the verdict
 * cached per query text. A client that sends the same abusive query again is refused from the
 * cache, in microseconds of CPU, however busy the operations that run are; a new text costs one
 * parse (stopped at `maxTokens`) and graphql-armor's three rules, once. Apollo checks the same
 * limits again for what passes (its own document cache makes that cheap), and the cost, which
 * depends on the variables, stays in the query-limits plugin (also before admission).
 */
export type Verdict = { readonly refused: false } | { readonly refused: true; readonly errors: readonly GraphQLFormattedError[] };

const PASS: Verdict = { refused: false };

/** graphql-js' parser limit, as graphql-js words it ("more that 1000 tokens" in 16.x). */
const TOKEN_LIMIT = /Document contains more th(?:at|an) \d+ tokens/;

export interface PrecheckOptions {
  /** Characters of query text kept in the verdict cache (sum of the texts' lengths). Default 8 million. */
  readonly cacheChars?: number;
}

export class QueryPrecheck {
  private readonly rules;
  private readonly verdicts: LRUCache<string, Verdict>;
  /** Verdicts answered from the cache, and computed; for tests and the refusal-cost script. */
  readonly stats = { cached: 0, computed: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: QueryLimits,
    options: PrecheckOptions = {},
  ) {
    this.rules = limitRules(limits);
    this.verdicts = new LRUCache<string, Verdict>({ maxSize: options.cacheChars ?? 8_000_000, sizeCalculation: (_v, key) => Math.max(1, key.length) });
  }

  verdict(query: string): Verdict {
    const known = this.verdicts.get(query);
    if (known !== undefined) {
      this.stats.cached += 1;
      return known;
    }
    this.stats.computed += 1;
    const verdict = this.compute(query);
    this.verdicts.set(query, verdict);
    return verdict;
  }

  private compute(query: string): Verdict {
    let document;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens, noLocation: true });
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/^Syntax Error: /, '') : '';
      if (TOKEN_LIMIT.test(message)) return refusal([{ message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'maxTokens' } }]);
      // Another syntax error: Apollo answers it in its own words.
      return PASS;
    }
    const limited = validate(this.schema, document, this.rules).flatMap((error: GraphQLError) => {
      const limit = error.extensions.limit;
      return error.extensions.code === ErrorCode.QUERY_TOO_COMPLEX && typeof limit === 'string' ? [{ message: error.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } }] : [];
    });
    return limited.length === 0 ? PASS : refusal(limited);
  }
}

function refusal(errors: GraphQLFormattedError[]): Verdict {
  return { refused: true, errors };
}

/** The query text of a GraphQL request as Express has it: the JSON body's `query`, or the URL's `?query=` on GET. */
function queryText(body: unknown, urlQuery: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string') return body.query;
  if (typeof urlQuery === 'object' && urlQuery !== null && 'query' in urlQuery && typeof urlQuery.query === 'string') return urlQuery.query;
  return null;
}

/**
 * Writes the refusal of a query over a limit: QUERY_TOO_COMPLEX and the limit's name, as Apollo
 * would (status 400 to a client that accepts `application/graphql-response+json`, 200 to one
 * that accepts only `application/json`, as GraphQL over HTTP says). Plain Node calls, so that
 * the plain POST path (graphql-post.ts) answers at once, as soon as the verdict is known, and
 * Express (precheckHandler) writes the very same response.
 */
export function writeRefusal(req: IncomingMessage, res: ServerResponse, errors: readonly GraphQLFormattedError[], metrics: Metrics): void {
  for (const error of errors) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
  const modern = (req.headers.accept ?? '').includes('application/graphql-response+json');
  const body = JSON.stringify({ errors });
  res.statusCode = modern ? 400 : 200;
  res.setHeader('content-type', modern ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * Refuses a request whose query text is over a limit (writeRefusal) before it reaches Apollo or
 * the admission line. Everything else goes on.
 */
export function precheckHandler(precheck: QueryPrecheck, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const text = queryText(req.body, req.query);
    if (text === null) {
      next();
      return;
    }
    const verdict = precheck.verdict(text);
    if (!verdict.refused) {
      next();
      return;
    }
    writeRefusal(req, res, verdict.errors, metrics);
  };
}
