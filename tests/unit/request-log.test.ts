import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createMetrics, type Metrics } from '../../src/http/metrics.js';
import { requestLog } from '../../src/http/request-log.js';

/** One log line and one count per request, with the id sent back (src/http/request-log.ts). */
const lines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
// No Cypher here: the metrics only need somewhere to listen for queries.
const noDatabase = { onQuery: () => () => undefined, onQueryTiming: () => () => undefined } as unknown as Database;
let metrics: Metrics;
let server: Server;
let origin: string;

beforeAll(async () => {
  metrics = createMetrics({ db: noDatabase });
  const log = requestLog(logger, metrics);
  server = createServer((req, res) =>
    log(req, res, () => {
      res.statusCode = req.url === '/busy' ? 503 : req.url === '/broken' ? 500 : 200;
      res.end('{}');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  metrics.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('requestLog', () => {
  it('logs each request once with its id, method, url and status, and counts it by route', async () => {
    lines.length = 0;
    const given = await fetch(`${origin}/health?x=1`, { headers: { 'x-request-id': 'trace-42' } });
    const own = await fetch(`${origin}/graphql`, { method: 'POST', body: '{}' });
    const bad = await fetch(`${origin}/graphql`, { headers: { 'x-request-id': 'not a sensible id' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const ownId = own.headers.get('x-request-id');
    expect(ownId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((l) => [l.level, l.msg, l.req, l.res])).toEqual([
      [30, 'request completed', { id: 'trace-42', method: 'GET', url: '/health?x=1' }, { statusCode: 200 }],
      [30, 'request completed', { id: ownId, method: 'POST', url: '/graphql' }, { statusCode: 200 }],
      [30, 'request completed', { id: bad.headers.get('x-request-id'), method: 'GET', url: '/graphql' }, { statusCode: 200 }],
    ]);
    const counted = await metrics.registry.getSingleMetricAsString('raadsgraaf_http_requests_total');
    expect(counted).toContain('raadsgraaf_http_requests_total{method="GET",route="/health",status="200"} 1');
    expect(counted).toContain('raadsgraaf_http_requests_total{method="POST",route="/graphql",status="200"} 1');
  });

  it('logs a 500 at error and a 503 (a refusal the server chose) at info', async () => {
    lines.length = 0;
    await fetch(`${origin}/broken`);
    await fetch(`${origin}/busy`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((l) => [l.level, (l.res as { statusCode: number }).statusCode])).toEqual([
      [50, 500],
      [30, 503],
    ]);
  });
});
