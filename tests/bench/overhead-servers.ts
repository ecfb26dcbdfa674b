/**
 * The servers `npm run bench:overhead` (overhead.ts) loads, in one process of their own (the load
 * tool does not share their event loop), all on NEO4J_URI through one driver:
 * - raadsgraaf as `npm start` serves it: src/server.ts createServer + listen (limits, metrics,
 *   admission, the whole HTTP stack), with a pino logger at LOG_LEVEL (default info, as `npm
 *   start`) writing to stdout, which overhead.ts sends to /dev/null;
 * - a bare Apollo Server 5 on its standalone HTTP server (as the peer in compare-servers.ts runs),
 *   with one field `one` that reads `RETURN 1` through the same Database;
 * - the same bare Apollo through Express 5 (@as-integrations/express5 with express.json()), to
 *   tell Express' own cost from ours.
 * Prints `OVERHEAD_SERVERS <ours> <bare> <bare-express>` on stderr once all listen (stdout is the
 * log). Reads commands on stdin, one a line: `profile-start`, `profile-stop <file>` (a V8 CPU
 * profile of what runs in between, written as .cpuprofile; answered `PROFILED` on stderr), `cpu`
 * (answered `CPU <microseconds>`: the process' user + system CPU time so far). Stops
 * on SIGTERM or when stdin closes.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 [LOG_LEVEL=info] tsx tests/bench/overhead-servers.ts
 */
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, listen } from '../../src/server.js';
import { exitWhenParentGoes } from './bench-child.js';

const uri = process.env.NEO4J_URI;
if (uri === undefined) throw new Error('NEO4J_URI is not set');
const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
const db = Database.create({ uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 60_000, connectTimeoutMs: 30_000 });
await db.verify();

const ours = await listen(createServer({ db, logger }), { db, logger, requestDeadlineMs: 60_000, requestTimeoutMs: 90_000 }, 0, '127.0.0.1');

const bareSchema = {
  typeDefs: 'type Query { one: Int }',
  resolvers: { Query: { one: async () => Number((await db.read<{ one: unknown }>('RETURN 1 AS one'))[0]?.one) } },
};
const bare = new ApolloServer(bareSchema);
const { url: bareUrl } = await startStandaloneServer(bare, { listen: { port: 0, host: '127.0.0.1' } });

const bareExpress = new ApolloServer(bareSchema);
await bareExpress.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(bareExpress));
const expressHttp = createHttpServer(app);
await new Promise<void>((resolve) => expressHttp.listen(0, '127.0.0.1', resolve));
const expressUrl = `http://127.0.0.1:${(expressHttp.address() as AddressInfo).port}/graphql`;

process.stderr.write(`OVERHEAD_SERVERS ${ours.url} ${bareUrl} ${expressUrl}\n`);

const inspector = new Session();
inspector.connect();
let pending = '';
process.stdin.on('data', (chunk: Buffer) => {
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) void command(line.trim());
});
async function command(line: string): Promise<void> {
  if (line === 'profile-start') {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
    process.stderr.write('PROFILING\n');
  } else if (line === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.stderr.write(`CPU ${user + system}\n`);
  } else if (line.startsWith('profile-stop ')) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(line.slice('profile-stop '.length), JSON.stringify(profile));
    process.stderr.write('PROFILED\n');
  }
}

exitWhenParentGoes(async () => {
  expressHttp.close();
  await Promise.allSettled([ours.stop(), bare.stop(), bareExpress.stop()]);
  await db.close();
});
