/**
 * The soak's abusive client, in a process of its own so that its timings are not those of the
 * soak's busy event loop (which also drives autocannon's 64 connections): sends the doubling
 * query and 1,000 aliases in turn until its end time, and prints one JSON line per request:
 * `{"kind","at","ms","status","code"}`.
 *
 *   tsx tests/soak/abuser.ts <graphql url> <end epoch ms>
 */
import { request } from 'node:http';
import { aliasQuery, doublingQuery } from '../support/abuse.js';

const [url, endText] = process.argv.slice(2);
if (url === undefined || endText === undefined) throw new Error('usage: abuser.ts <url> <end epoch ms>');
const end = Number(endText);
const target = new URL(url);

function post(body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const bodies = [
  ['doubling', JSON.stringify({ query: doublingQuery() })],
  ['aliases', JSON.stringify({ query: aliasQuery(1000) })],
] as const;

while (Date.now() < end) {
  for (const [kind, body] of bodies) {
    const started = performance.now();
    try {
      const { status, text } = await post(body);
      const ms = performance.now() - started;
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      process.stdout.write(`${JSON.stringify({ kind, at: Date.now(), ms, status, code: parsed.errors?.[0]?.extensions?.code ?? 'ANSWERED' })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ kind, at: Date.now(), ms: Number.NaN, status: 0, code: String(error) })}\n`);
    }
  }
  await new Promise((r) => setTimeout(r, 250));
}
