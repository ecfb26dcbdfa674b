import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';

/** A client's own request id is kept when it looks like one: word characters, `.`, `:`, `-`, at most 100. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The routes /metrics counts requests by; anything else is `other` (GraphiQL's assets `/graphiql`). */
const ROUTES: ReadonlySet<string> = new Set(['/graphql', '/health', '/ready', '/metrics']);

function routeOf(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  return ROUTES.has(path) ? path : path.startsWith('/graphiql/') ? '/graphiql' : 'other';
}

/**
 * Every request gets an id (the client's `x-request-id` when it sent a sensible one, else a
 * UUID), sent back in `x-request-id`; when the response is done the request is counted in
 * /metrics (method, route, status) and logged once as one JSON line: `request completed` with
 * id, method, url, status and milliseconds, or `request aborted` when the client left first.
 * A 5xx is logged at error, except 503, a refusal the server chose (busy, or the database
 * restarting), counted in /metrics and logged at info, so that shedding load does not flood the
 * error log and spend the CPU on it.
 *
 * One listener per request and no child logger: pino-http did the same with a child logger and
 * three listeners per request, which showed in the CPU profile of `npm run bench:overhead`.
 */
export function requestLog(logger: Logger, metrics: Metrics): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    const started = performance.now();
    // req.url changes under Express' mounted routers; the original is read now
    const method = req.method ?? '';
    const url = req.url ?? '';
    res.once('close', () => {
      const status = res.statusCode;
      const finished = res.writableFinished;
      if (finished) metrics.httpRequests.inc({ method, route: routeOf(url), status: String(status) });
      const level = !finished || (status >= 500 && status !== 503) ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const entry = { req: { id, method, url }, res: { statusCode: status }, responseTime: Math.round(performance.now() - started) };
      logger[level](entry, finished ? 'request completed' : 'request aborted');
    });
    next();
  };
}
