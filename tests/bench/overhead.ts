/**
 * `npm run bench:overhead`: the cost of a request outside Cypher. Opens the bench store of
 * `--nodes` (bench-store.ts, as bench:compare does), starts overhead-servers.ts in a child process
 * (raadsgraaf as `npm start` serves it, under tsx with NODE_ENV=production as compare-servers.ts
 * runs it, its log at LOG_LEVEL (default info) going to a file; a bare Apollo Server 5 on its
 * standalone HTTP server, as the peer in bench:compare runs; the same bare Apollo through Express
 * 5), then loads each with autocannon, interleaved, `--rounds` times, and prints req/s, p50 and
 * p99, and the server process' CPU time per request (user + system, from process.cpuUsage;
 * on a shared machine a steadier figure than req/s, which depends on the CPU the others leave), for:
 *   - `{ __typename }`, which needs no database;
 *   - one cheap database query: ours `{ persons(first: 0) { totalCount } }` (a count-store
 *     read), the bare servers' `{ one }` (`RETURN 1`).
 * With `--profile`, raadsgraaf's process is CPU-profiled (V8 sampling, 200 µs) during one more
 * load of `--profile-query` (default `{ __typename }`; `--only-profile` skips the table), and the
 * top costs are printed: self time by function and by package.
 *
 * Every row is loaded for `--warmup` seconds first, unmeasured (the JIT).
 *
 *   npm run bench:overhead [-- --nodes 10000 --uri bolt://... --duration 5 --rounds 2 --warmup 2 --connections 8 --profile]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPost, type LoadFigures } from './autocannon-load.js';
import { Command } from 'commander';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { percentile } from './timing.js';

const opts = new Command()
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .option('--duration <s>', 'seconds of load per query, server and round', '5')
  .option('--rounds <n>', 'rounds, interleaved', '2')
  .option('--connections <n>', 'concurrent connections', '8')
  .option('--warmup <s>', 'seconds of unmeasured load per row before the first round', '2')
  .option('--profile-query <text>', 'the query --profile loads raadsgraaf with', '{ __typename }')
  .option('--only-profile', 'skip the table: only the profiled load')
  .option('--before <folder>', "also load raadsgraaf as another checkout of the repository serves it (its tests/bench/overhead-servers.ts; copy this one there if it has none), interleaved: before/after rows")
  .option('--uri <bolt>', 'a Neo4j already serving the bench store (default: open the store of --nodes)')
  .option('--profile', "CPU-profile raadsgraaf's process under one more load of --profile-query and print the top costs")
  .parse()
  .opts<{ before?: string; profileQuery: string; onlyProfile?: boolean; nodes: string; uri?: string; duration: string; warmup: string; rounds: string; connections: string; profile?: boolean }>();
const NODES = Number(opts.nodes);
const DURATION = Number(opts.duration);
const ROUNDS = Number(opts.rounds);
const CONNECTIONS = Number(opts.connections);

interface Figures extends LoadFigures {
  /** Server CPU microseconds spent during the loads. */
  cpu: number;
}

const load = (url: string, query: string, into: Figures, duration = DURATION): Promise<void> =>
  loadPost(url, { query }, { connections: CONNECTIONS, duration }, into);

async function check(url: string, query: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors !== undefined) throw new Error(`${url} ${query}: ${res.status} ${JSON.stringify(body)}`);
}

interface Servers {
  readonly ours: string;
  readonly bare: string;
  readonly bareExpress: string;
  send(line: string): void;
  waitFor(marker: string): Promise<void>;
  /** The server process' CPU microseconds so far. */
  cpu(): Promise<number>;
  stop(): void;
}

function startServers(uri: string, logFile: string, script = join(import.meta.dirname, 'overhead-servers.ts')): Promise<Servers> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: join(dirname(script), '..', '..'),
      env: { ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.pipe(createWriteStream(logFile));
    let err = '';
    const waiters: { marker: string; done: () => void }[] = [];
    const cpuWaiters: ((us: number) => void)[] = [];
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      for (let m = /CPU (\d+)\n/.exec(err); m !== null; m = /CPU (\d+)\n/.exec(err)) {
        err = err.replace(m[0], '');
        cpuWaiters.shift()?.(Number(m[1]));
      }
      for (const w of [...waiters]) {
        if (err.includes(w.marker)) {
          waiters.splice(waiters.indexOf(w), 1);
          err = err.replace(w.marker, '');
          w.done();
        }
      }
      const m = /OVERHEAD_SERVERS (\S+) (\S+) (\S+)/.exec(err);
      if (m !== null) {
        err = err.replace(m[0], '');
        resolve({
          ours: m[1] ?? '',
          bare: m[2] ?? '',
          bareExpress: m[3] ?? '',
          send: (line) => void child.stdin.write(`${line}\n`),
          waitFor: (marker) => new Promise((done) => waiters.push({ marker, done })),
          cpu: () =>
            new Promise((done) => {
              cpuWaiters.push(done);
              child.stdin.write('cpu\n');
            }),
          stop: () => void child.kill('SIGTERM'),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`the servers exited with ${code}: ${err}`)));
  });
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

/** Self time by function and by package (node_modules/<name>, node:internal, our src/) of a V8 CPU profile. */
function summarise(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number };
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    const url = n.callFrame.url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node:internal' : url.includes('/src/') ? 'raadsgraaf src/' : url === '' ? `(${n.callFrame.functionName || 'native'})` : url);
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|tests)\//, '$1/');
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${where}${where === '' ? '' : `:${n.callFrame.lineNumber + 1}`}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const show = (title: string, m: Map<string, number>, top: number) => {
    console.log(title);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log(`profile: ${file} (${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s)`);
  show('self time by package:', byPackage, 20);
  show('self time by function:', byFunction, 30);
}

const fmt = (f: Figures): string => {
  const sorted = [...f.latencies].sort((a, b) => a - b);
  return `${(f.requests / f.seconds).toFixed(0).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(7)} ${percentile(sorted, 99).toFixed(1).padStart(7)} ${(f.cpu / Math.max(1, f.requests)).toFixed(0).padStart(9)}${f.failures > 0 ? `  (${f.failures} failed)` : ''}`;
};

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const store = opts.uri === undefined ? await openStore({ nodes: NODES, dir: defaultStoreDir(NODES), logger }) : null;
  const uri = opts.uri ?? store?.neo4j.uri ?? '';
  const logFile = join(tmpdir(), 'raadsgraaf-bench-overhead-server.log');
  let servers: Servers | null = null;
  let before: Servers | null = null;
  try {
    servers = await startServers(uri, logFile);
    const s = servers;
    if (opts.before !== undefined) before = await startServers(uri, `${logFile}.before`, join(opts.before, 'tests', 'bench', 'overhead-servers.ts'));
    const b = before;
    const rows: { name: string; url: string; query: string; proc: Servers; figures: Figures }[] = [
      { name: 'raadsgraaf      { __typename }', url: s.ours, query: '{ __typename }', proc: s },
      { name: 'bare Apollo     { __typename }', url: s.bare, query: '{ __typename }', proc: s },
      { name: 'bare + Express  { __typename }', url: s.bareExpress, query: '{ __typename }', proc: s },
      { name: 'raadsgraaf      { persons(first: 0) { totalCount } }', url: s.ours, query: '{ persons(first: 0) { totalCount } }', proc: s },
      { name: 'bare Apollo     { one } (RETURN 1)', url: s.bare, query: '{ one }', proc: s },
      { name: 'bare + Express  { one } (RETURN 1)', url: s.bareExpress, query: '{ one }', proc: s },
      ...(b === null
        ? []
        : [
            { name: 'before          { __typename }', url: b.ours, query: '{ __typename }', proc: b },
            { name: 'before          { persons(first: 0) { totalCount } }', url: b.ours, query: '{ persons(first: 0) { totalCount } }', proc: b },
          ]),
    ].map((r) => ({ ...r, figures: { requests: 0, seconds: 0, latencies: [], failures: 0, cpu: 0 } }));
    for (const r of rows) await check(r.url, r.query);
    if (opts.onlyProfile === true) rows.length = 0;
    for (const r of rows) await load(r.url, r.query, { requests: 0, seconds: 0, latencies: [], failures: 0, cpu: 0 }, Number(opts.warmup));
    for (let round = 0; round < ROUNDS; round++) {
      for (const r of rows) {
        process.stderr.write(`round ${round + 1}/${ROUNDS}: ${r.name}\n`);
        const cpu = await r.proc.cpu();
        await load(r.url, r.query, r.figures);
        r.figures.cpu += (await r.proc.cpu()) - cpu;
      }
    }
    if (rows.length > 0) console.log(`${ROUNDS} round(s) of ${DURATION} s per row at ${CONNECTIONS} connections, interleaved; latencies in ms; raadsgraaf logs at ${process.env.LOG_LEVEL ?? 'info'} to ${logFile}.`);
    if (rows.length > 0) console.log(`${'server, query'.padEnd(55)}   req/s     p50     p99  CPU µs/req`);
    for (const r of rows) console.log(`${r.name.padEnd(55)} ${fmt(r.figures)}`);

    if (opts.profile === true) {
      const file = join(tmpdir(), `raadsgraaf-overhead-${Date.now()}.cpuprofile`);
      const profiled: Figures = { requests: 0, seconds: 0, latencies: [], failures: 0, cpu: 0 };
      await check(s.ours, opts.profileQuery);
      await load(s.ours, opts.profileQuery, profiled, Number(opts.warmup));
      profiled.requests = 0;
      profiled.seconds = 0;
      profiled.latencies = [];
      s.send('profile-start');
      await s.waitFor('PROFILING');
      await load(s.ours, opts.profileQuery, profiled);
      s.send(`profile-stop ${file}`);
      await s.waitFor('PROFILED');
      console.log(`\nraadsgraaf ${opts.profileQuery} while profiled: ${fmt(profiled)}`);
      summarise(file);
    }
  } finally {
    servers?.stop();
    before?.stop();
    await store?.close();
  }
}

await main();
