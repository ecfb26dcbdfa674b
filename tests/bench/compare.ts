/**
 * `npm run bench:compare`: raadsgraaf against @neo4j/graphql 7 on the same store, and both
 * against the hand-written Cypher floor (one query through the driver, the same data).
 *
 * Opens the bench store of `--nodes` (tests/bench/bench-store.ts; built first when missing),
 * starts both servers in a child process (compare-servers.ts), checks that raadsgraaf, the peer
 * and the floor return the same ids, in the same order where the query orders, for every query
 * of the mix, warms all three up on every query (`--warmup` seconds each, not counted), then loads
 * each in turn with autocannon (`--connections` for `--duration` seconds, `--rounds` times,
 * interleaved: raadsgraaf, peer, floor, next query, the three sides' order turning by one each
 * round) and prints req/s, p50 and p99. A query whose data differs is reported and not timed. The peer has no equivalent of
 * search, neighbourhood and paths: those are compared to the floor only. The last line sums it
 * up. p50s are kept per size (compare-<nodes>.json beside the stores) for the 1M/10k ratio.
 *
 *   npm run bench:compare [-- --nodes 10000 --duration 10 --rounds 2 --connections 8 --warmup 5 --quick]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyLoadFigures, loadPost, type LoadFigures } from './autocannon-load.js';
import { Command } from 'commander';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { percentile as sortedPercentile } from './timing.js';
import { cases, pick, type Case, type Gql } from './compare-mix.js';

const opts = new Command()
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .option('--dir <folder>', 'the bench store folder (default: per size, under BENCH_STORE_ROOT or the temp folder)')
  .option('--duration <s>', 'seconds of load per query, server and round', '10')
  .option('--rounds <n>', 'rounds over the whole mix', '2')
  .option('--connections <n>', 'concurrent connections (and floor workers)', '8')
  .option('--warmup <s>', 'seconds of uncounted load per query and server before the rounds', '5')
  .option('--quick', 'one round of 2 s per query, 4 connections: a smoke run, not figures')
  .parse()
  .opts<{ nodes: string; dir?: string; duration: string; rounds: string; connections: string; warmup: string; quick?: boolean }>();
const NODES = Number(opts.nodes);
const DURATION = opts.quick === true ? 2 : Number(opts.duration);
const ROUNDS = opts.quick === true ? 1 : Number(opts.rounds);
const CONNECTIONS = opts.quick === true ? 4 : Number(opts.connections);
const WARMUP = opts.quick === true ? 0 : Number(opts.warmup);
const DIR = opts.dir ?? defaultStoreDir(NODES);

type Json = unknown;
/** Every `id` and `totalCount` in a response, in document order: what "the same data" is checked on. */
function ids(value: Json, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) ids(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else if (k === 'totalCount' && typeof v === 'number') out.push(`#${v}`);
      else ids(v, out);
    }
  }
  return out;
}

async function post(url: string, body: Gql): Promise<Json> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: Json; errors?: unknown };
  if (json.errors !== undefined || res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

async function floorIds(db: Database, c: Case): Promise<string[]> {
  const [row] = await db.read<{ ids: unknown }>(c.floor.cypher, c.floor.params);
  return Array.isArray(row?.ids) ? row.ids.map(String) : [];
}

type Figures = LoadFigures;
const emptyFigures = emptyLoadFigures;

const loadHttp = (url: string, body: Gql, into: Figures, seconds = DURATION): Promise<void> =>
  loadPost(url, body, { connections: CONNECTIONS, duration: seconds, timeout: 60 }, into);

async function loadFloor(db: Database, c: Case, into: Figures, seconds = DURATION): Promise<void> {
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        await db.read(c.floor.cypher, c.floor.params);
        into.latencies.push(performance.now() - t);
        into.requests++;
      } catch {
        into.failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  into.seconds += (performance.now() - t0) / 1000;
}

/** p-th percentile of unsorted samples. */
const percentile = (samples: readonly number[], p: number): number => sortedPercentile([...samples].sort((a, b) => a - b), p);

/** Walks both servers' dossier lists 100 at a time to a deep page: the cursors just before it. */
async function deepCursors(oursUrl: string, peerUrl: string, offset: number): Promise<{ ours: string | null; peer: string | null; lastId: string }> {
  let ours: string | null = null;
  let peer: string | null = null;
  let lastId = '';
  for (let at = 0; at < offset; at += 100) {
    const o = (await post(oursUrl, { query: 'query($after: String) { dossiers(first: 100, after: $after) { edges { node { id } } pageInfo { endCursor } } }', variables: { after: ours } })) as {
      dossiers: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } };
    };
    const p = (await post(peerUrl, { query: 'query($after: String) { dossiersConnection(first: 100, after: $after, sort: [{ id: ASC }]) { pageInfo { endCursor } } }', variables: { after: peer } })) as {
      dossiersConnection: { pageInfo: { endCursor: string | null } };
    };
    ours = o.dossiers.pageInfo.endCursor;
    peer = p.dossiersConnection.pageInfo.endCursor;
    lastId = o.dossiers.edges.at(-1)?.node.id ?? lastId;
  }
  return { ours, peer, lastId };
}

const same = (a: readonly string[], b: readonly string[], ordered: boolean): boolean => {
  const x = ordered ? a : [...a].sort();
  const y = ordered ? b : [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

function startServers(uri: string): Promise<{ ours: string; peer: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'compare-servers.ts')], {
      env: { ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /BENCH_SERVERS (\S+) (\S+)/.exec(out);
      if (m !== null) resolve({ ours: m[1] ?? '', peer: m[2] ?? '', stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the servers exited with ${code}: ${out}`)));
  });
}

const pad = (s: string, n: number) => s.padStart(n);
const fmt = (f: Figures) =>
  f.requests === 0 ? `${pad('-', 7)} ${pad('-', 8)} ${pad('-', 8)}` : `${pad((f.requests / f.seconds).toFixed(1), 7)} ${pad(percentile(f.latencies, 50).toFixed(1), 8)} ${pad(percentile(f.latencies, 99).toFixed(1), 8)}`;

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const store = await openStore({ nodes: NODES, dir: DIR, logger });
  let servers: { ours: string; peer: string; stop: () => void } | null = null;
  try {
    const { db, info, neo4j } = store;
    console.log(`store: ${info.nodes.toLocaleString('en')} nodes, ${info.relationships.toLocaleString('en')} relationships, ${info.municipalities} municipalities, ${info.documents.toLocaleString('en')} documents (${DIR})`);
    servers = await startServers(neo4j.uri);
    const urls = servers;
    const picked = await pick(db);
    const [dossierCount] = await db.read<{ n: unknown }>('MATCH (d:Dossier) RETURN count(d) AS n');
    const offset = Math.max(0, Math.min(10_000, Math.floor((Number(dossierCount?.n ?? 0) * 0.9) / 100) * 100));
    const deep = { ...(await deepCursors(servers.ours, servers.peer, offset)), offset };
    const mix = cases(picked, deep);

    // The same data first: raadsgraaf against the floor and the peer, id by id.
    const timed: Case[] = [];
    for (const c of mix) {
      let ours: string[];
      let floor: string[];
      let peer: string[] | null;
      try {
        ours = ids(await post(servers.ours, c.ours));
        floor = await floorIds(db, c);
        peer = c.peer === null ? null : ids(await post(servers.peer, c.peer));
      } catch (error) {
        console.log(`FAILED: ${c.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        continue;
      }
      const problems = [
        same(ours, floor, c.ordered) ? null : `floor differs:\n      raadsgraaf ${JSON.stringify(ours)}\n      floor      ${JSON.stringify(floor)}`,
        peer === null || same(ours, peer, c.ordered) ? null : `@neo4j/graphql differs:\n      raadsgraaf     ${JSON.stringify(ours)}\n      @neo4j/graphql ${JSON.stringify(peer)}`,
      ].filter((x) => x !== null);
      if (ours.length === 0) problems.push('raadsgraaf returned no ids');
      console.log(`${problems.length === 0 ? 'same data' : 'DIFFERENT'}: ${c.name} (${ours.length} ids${c.ordered ? ', in order' : ', as a set'})`);
      for (const p of problems) console.log(`    ${p}`);
      if (problems.length === 0) timed.push(c);
    }
    if (timed.length < mix.length) process.exitCode = 1;

    // A warm-up first, not counted: Neo4j's JVM compiles its hot code for minutes after it
    // starts (its JIT compiler threads took half of its CPU after 3,300 requests of the mix:
    // tests/bench/jvm-samples.ts), so without one the side that ran first on each query ran on
    // colder code. Then the load, interleaved, the order of the three sides turning each round.
    const figures = new Map(timed.map((c) => [c, { ours: emptyFigures(), peer: emptyFigures(), floor: emptyFigures() }]));
    for (const c of WARMUP > 0 ? timed : []) {
      process.stderr.write(`warm-up (${WARMUP} s each, not counted): ${c.name}\n`);
      const scratch = { ours: emptyFigures(), peer: emptyFigures(), floor: emptyFigures() };
      await loadHttp(urls.ours, c.ours, scratch.ours, WARMUP);
      if (c.peer !== null) await loadHttp(urls.peer, c.peer, scratch.peer, WARMUP);
      await loadFloor(db, c, scratch.floor, WARMUP);
    }
    const loadBefore = loadAverage();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of timed) {
        const f = figures.get(c);
        if (f === undefined) continue;
        process.stderr.write(`round ${round + 1}/${ROUNDS}: ${c.name}\n`);
        const sides = [
          () => loadHttp(urls.ours, c.ours, f.ours),
          ...(c.peer === null ? [] : [() => loadHttp(urls.peer, c.peer ?? c.ours, f.peer)]),
          () => loadFloor(db, c, f.floor),
        ];
        for (let k = 0; k < sides.length; k++) await sides[(k + round) % sides.length]?.();
      }
    }

    console.log('');
    console.log(`${WARMUP > 0 ? `after ${WARMUP} s of warm-up per query and server, ` : ''}${ROUNDS} round(s) of ${DURATION} s per query and server at ${CONNECTIONS} connections, interleaved, the order turning each round; latencies in ms; load average before the runs ${loadBefore}.`);
    console.log(`${'query'.padEnd(72)} | ${'raadsgraaf req/s p50 p99'.padStart(25)} | ${'@neo4j/graphql req/s p50 p99'.padStart(25)} | ${'floor req/s p50 p99'.padStart(25)} | thrpt x | p50/floor`);
    let minThroughput = Infinity;
    let worseP99 = 0;
    let maxFloor = 0;
    const p50s: Record<string, number> = {};
    for (const c of timed) {
      const f = figures.get(c);
      if (f === undefined) continue;
      if (f.ours.requests === 0) {
        console.log(`${`${c.name} [${c.kind}]`.slice(0, 72).padEnd(72)} | no successful request (${f.ours.failures} failed)`);
        continue;
      }
      const oursRate = f.ours.requests / f.ours.seconds;
      const oursP50 = percentile(f.ours.latencies, 50);
      p50s[c.name] = oursP50;
      let ratio = '      -';
      if (c.peer !== null && f.peer.requests > 0) {
        const r = oursRate / (f.peer.requests / f.peer.seconds);
        minThroughput = Math.min(minThroughput, r);
        if (percentile(f.ours.latencies, 99) > percentile(f.peer.latencies, 99)) worseP99++;
        ratio = `${r.toFixed(2).padStart(6)}x`;
      }
      const floorP50 = percentile(f.floor.latencies, 50);
      const vsFloor = f.floor.requests > 0 && floorP50 > 0 ? oursP50 / floorP50 : NaN;
      if (Number.isFinite(vsFloor)) maxFloor = Math.max(maxFloor, vsFloor);
      const failures = f.ours.failures + f.peer.failures + f.floor.failures;
      console.log(
        `${`${c.name} [${c.kind}]`.slice(0, 72).padEnd(72)} | ${fmt(f.ours)} | ${c.peer === null ? `${'(no equivalent)'.padStart(25)}` : fmt(f.peer)} | ${fmt(f.floor)} | ${ratio} | ${vsFloor.toFixed(1).padStart(8)}x${failures > 0 ? `  (${failures} failed requests)` : ''}`,
      );
    }
    console.log('search, neighbourhood and paths: @neo4j/graphql has no equivalent query; they are compared to the floor only.');
    console.log(`load average after: ${loadAverage()} (on a shared machine the wall-clock figures above are rough; bench:profile --cpu prints load-independent ones).`);

    const resultsFile = (n: number) => join(dirname(defaultStoreDir(n)), `raadsgraaf-bench-compare-${n}.json`);
    writeFileSync(resultsFile(NODES), `${JSON.stringify({ nodes: NODES, at: new Date().toISOString(), connections: CONNECTIONS, p50s }, null, 2)}\n`);
    let scale = 'n/a';
    if (NODES !== DEFAULT_NODES && existsSync(resultsFile(DEFAULT_NODES))) {
      const small = (JSON.parse(readFileSync(resultsFile(DEFAULT_NODES), 'utf8')) as { p50s: Record<string, number> }).p50s;
      const ratios = Object.entries(p50s).flatMap(([k, v]) => (small[k] !== undefined && small[k] > 0 ? [v / small[k]] : []));
      if (ratios.length > 0) scale = `${Math.max(...ratios).toFixed(1)}x`;
      console.log(`${NODES.toLocaleString('en')}/10k: raadsgraaf's p50 per query against the last 10k run (${resultsFile(DEFAULT_NODES)}).`);
    } else {
      console.log(`1M/10k: needs a run at another size after a 10k run (this run's p50s are in ${resultsFile(NODES)}).`);
    }
    const sizeLabel = NODES === 1_000_000 || NODES === DEFAULT_NODES ? '1M/10k' : `${NODES >= 1_000_000 ? `${NODES / 1_000_000}M` : `${NODES / 1000}k`}/10k`;
    console.log(
      `vs @neo4j/graphql: min ${Number.isFinite(minThroughput) ? minThroughput.toFixed(2) : 'n/a'}x throughput, ${worseP99} queries with worse p99; vs floor: max ${maxFloor.toFixed(1)}x p50; ${sizeLabel}: max ${scale}`,
    );
  } finally {
    servers?.stop();
    await store.close();
  }
}

await main();

/** The 1, 5 and 15 minute load averages. */
function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(1)).join(' ');
}
