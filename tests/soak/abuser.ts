/**
 * The soak's abusive client, in a process of its own so that its timings are not those of the
 * soak's busy event loop (which also drives autocannon's 64 connections): sends the doubling
 * query and 1,000 aliases in turn until its end time, and prints one JSON line per request:
 * `{"kind","id","sent","at","ms","status","code"}` (`id` its x-request-id, `sent` and `at` epoch
 * ms when it was sent and answered, for the server's stall trace).
 *
 *   tsx tests/soak/abuser.ts <graphql url> <end epoch ms>
 */
import { request } from 'node:http';
import { aliasQuery, doublingQuery } from '../support/abuse.js';

const [url, endText] = process.argv.slice(2);
if (url === undefined || endText === undefined) throw new Error('usage: abuser.ts <url> <end epoch ms>');
const end = Number(endText);
const target = new URL(url);

function post(body: string, id: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body), 'x-request-id': id } },
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

let n = 0;
while (Date.now() < end) {
  for (const [kind, body] of bodies) {
    n += 1;
    const id = `abuse-${kind}-${process.pid}-${n}`;
    const started = performance.now();
    const sent = performance.timeOrigin + started;
    try {
      const { status, text } = await post(body, id);
      const ms = performance.now() - started;
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      process.stdout.write(`${JSON.stringify({ kind, id, sent, at: sent + ms, ms, status, code: parsed.errors?.[0]?.extensions?.code ?? 'ANSWERED' })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ kind, id, sent, at: Date.now(), ms: Number.NaN, status: 0, code: String(error) })}\n`);
    }
  }
  await new Promise((r) => setTimeout(r, 250));
}
