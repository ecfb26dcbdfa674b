import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import type { ApiKeyring } from '../auth/api-keys.js';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import type { EmbeddedState } from '../db/embedded-neo4j.js';
import { withRequestBudget } from '../db/request-budget.js';
import type { Logger } from '../logger.js';
import { createExportHandler } from '../export/export-http.js';
import { explorerHandler } from './explorer.js';
import { GRAPHIQL_PAGE, graphiqlAssets } from './graphiql.js';
import type { Metrics } from './metrics.js';
import { checkReadiness } from './readiness.js';
import { precheckHandler, type QueryPrecheck } from './precheck.js';
import { graphqlPost, isPlainGraphqlPost } from './graphql-post.js';
import { requestLog } from './request-log.js';
import { admissionGate, type Admission } from './admission.js';
import type { StallTrace } from './stall-trace.js';

/** What the HTTP layer needs besides the GraphQL server. */
export interface AppOptions {
  readonly db: Database;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly apiKeys?: ApiKeyring;
  /** Origins allowed to call from a browser; empty: same origin only (no CORS headers). */
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  /** A request's database work is cancelled after this time, or when its client goes away. */
  readonly requestDeadlineMs: number;
  readonly maxCypherQueries: number;
  readonly graphiql: boolean;
  readonly schemaApplied: () => boolean;
  /** The embedded Neo4j's supervisor state, for /ready; absent with NEO4J_URI. */
  readonly embeddedState?: () => EmbeddedState;
  /** Serve the explorer (web/dist) at `/`; on unless false. */
  readonly explorer?: boolean;
  /** Refuses queries over the text limits before Apollo and its admission line (precheck.ts). */
  readonly precheck?: QueryPrecheck;
  /** The admission line (admission.ts): a request that would find it full is refused before Apollo. */
  readonly admission?: Admission;
  /** The diagnostic stall trace (TRACE_STALLS_FILE), when on. */
  readonly trace?: StallTrace;
}

/**
 * The HTTP surface: /graphql (Apollo, GraphiQL for browsers), /health, /ready, /metrics,
 * /export/<kind>.<csv|ndjson>, the explorer at `/`; a JSON 404 for anything else; every error a
 * JSON body without stacks or paths. Every request gets its id, its log line and CORS first; a
 * plain `POST /graphql` then goes straight to Apollo (graphql-post.ts), everything else through
 * Express.
 */
export function createApp(server: ApolloServer<Context>, options: AppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log = requestLog(options.logger, options.metrics);
  const allowOrigins = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && options.corsOrigins.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    maxAge: 600,
  });
  const budget = requestBudget(options.requestDeadlineMs, options.maxCypherQueries);
  const context = async (req: IncomingMessage) => createContext(options.db, options.logger, { authorization: req.headers.authorization }, options.apiKeys);
  const app = expressApp(server, options, budget, context);
  const post = graphqlPost(server, {
    ...(options.precheck ? { precheck: options.precheck } : {}),
    ...(options.admission ? { admission: options.admission } : {}),
    metrics: options.metrics,
    context,
    withBudget: budget,
    bodyError: (res, type) => sendBodyError(res, type),
    logger: options.logger,
    ...(options.trace ? { trace: options.trace } : {}),
  });
  const trace = options.trace;
  return (req, res) => {
    trace?.request(req, res);
    log(req, res, () => {
      allowOrigins(req, res, () => {
        if (isPlainGraphqlPost(req, options.bodyLimitBytes)) post(req, res);
        else app(req, res);
      });
    });
  };
}

type Budget = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function expressApp(server: ApolloServer<Context>, options: AppOptions, budget: Budget, context: (req: IncomingMessage) => Promise<Context>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.get('/health', (_req, res) => {
    res.json({ status: 'up' });
  });
  app.get('/ready', async (_req, res) => {
    const readiness = await checkReadiness({ db: options.db, schemaApplied: options.schemaApplied, ...(options.embeddedState ? { embeddedState: options.embeddedState } : {}) });
    options.metrics.databaseUp.set(readiness.database === 'up' ? 1 : 0);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });

  if (options.graphiql) {
    app.use(graphiqlAssets());
    app.get('/graphql', (req, res, next) => {
      // A browser asks for text/html first; API clients ask for JSON (or send no accept: JSON too).
      const wantsHtml = req.get('accept') !== undefined && req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
      if (wantsHtml) res.type('html').send(GRAPHIQL_PAGE);
      else next();
    });
  }

  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimitBytes, type: ['application/json', 'application/graphql-response+json'] }),
    ...(options.precheck ? [precheckHandler(options.precheck, options.metrics)] : []),
    ...(options.admission ? [admissionGate(options.admission, options.metrics)] : []),
    (req, res, next) => budget(req, res, next),
    expressMiddleware(server, { context: async ({ req }) => context(req) }),
  );

  // CSV/NDJSON exports under /export/, then the explorer for every other GET (its client routes
  // fall back to index.html); what is left is a JSON 404.
  app.use(createExportHandler(options.db, options.logger));
  if (options.explorer !== false) app.use(explorerHandler());

  app.use((req, res) => {
    res.status(404).json(errorBody(`Not found: ${req.method} ${req.path}; the API is at /graphql`, 'NOT_FOUND'));
  });
  app.use(jsonErrors(options.logger));
  return app;
}

/** Runs the rest of the request inside a database budget: a deadline, a query cap, and a signal fired when the client leaves. */
function requestBudget(deadlineMs: number, maxQueries: number): Budget {
  return (_req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('deadline')), deadlineMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new Error('client went away'));
    });
    withRequestBudget({ signal: controller.signal, deadline: Date.now() + deadlineMs, maxQueries, queries: 0 }, () => next());
  };
}

export function errorBody(message: string, code: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** body-parser's error types, answered with their status and a code; anything else is a masked 500. */
const BODY_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the server accepts.' },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be UTF-8 (charset=utf-8).' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body uses a content-encoding the server does not accept.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The request body is shorter or longer than its content-length.' },
};

/** A body error answered outside Express (graphql-post.ts), as jsonErrors answers it. */
function sendBodyError(res: ServerResponse, type: string): void {
  const known = BODY_ERRORS[type];
  if (known === undefined || res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = known.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(errorBody(known.message, known.code)));
}

function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const type = typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string' ? error.type : '';
    const known = BODY_ERRORS[type];
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (known !== undefined) {
      res.status(known.status).json(errorBody(known.message, known.code));
      return;
    }
    logger.error({ err: error }, 'unexpected error in the HTTP layer');
    res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
  };
}
