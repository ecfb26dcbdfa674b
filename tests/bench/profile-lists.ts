/**
 * PROFILE of bench:compare's mix against its floors: opens the bench store of `--nodes` (built
 * first when missing), answers each query of the mix (compare-mix.ts) with raadsgraaf in this
 * process, captures the Cypher it sends (db.onQuery), runs each captured query again under
 * PROFILE, and does the same with the hand-written floor. Prints per query the Cypher queries
 * one request sends, their database hits (summed over every operator) and the bytes they
 * return (the records as JSON), beside the floor's: figures that do not depend on the
 * machine's load. Asserts nothing; writes nothing.
 *
 * With `--cpu <n>`, each query is then answered n times (after n/5 unmeasured; in 4 rounds that
 * alternate with the floor), by raadsgraaf in this process and by the floor through the driver, and the CPU time per request
 * is printed: this process' (process.cpuUsage: resolvers, planning, result mapping, the
 * driver) and Neo4j's JVM's (/proc/<pid>/stat, user + system, all its threads; 10 ms ticks, so
 * n of a few hundred). One request at a time, so these too hold on a loaded machine.
 *
 * With `--peer`, @neo4j/graphql 7 (the peer of bench:compare, on the same driver, under an Apollo
 * Server of its own in this process) answers the peer's form of each query too: its Cypher is
 * captured and PROFILEd like ours (`--cypher` prints it), and with `--cpu` its CPU per request
 * is measured in the same alternating rounds.
 *
 *   npx tsx tests/bench/profile-lists.ts [--nodes 10000] [--dir <folder>] [--only <text in the query's name>] [--cypher] [--cpu <n>] [--peer]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Command } from 'commander';
import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, type Driver, type ManagedTransaction, type ProfiledPlan, type Session } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { cases, pick } from './compare-mix.js';
import { PEER_TYPE_DEFS } from './neo4j-graphql-typedefs.js';

const opts = new Command()
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .option('--dir <folder>', 'the bench store folder')
  .option('--only <text>', 'only the queries whose name contains this text')
  .option('--cypher', 'print the Cypher raadsgraaf sends')
  .option('--cpu <n>', 'also answer each query n times and print the CPU time per request')
  .option('--peer', 'also profile and time @neo4j/graphql on the same queries')
  .parse()
  .opts<{ nodes: string; dir?: string; only?: string; cypher?: boolean; cpu?: string; peer?: boolean }>();
const cpuRuns = opts.cpu === undefined ? 0 : Number(opts.cpu);
const nodes = Number(opts.nodes);

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

/** The records as JSON: numbers, dates and strings as the client receives them. */
const jsonBytes = (value: unknown): number =>
  Buffer.byteLength(
    JSON.stringify(value, (_k, v: unknown) => (isInt(v) ? v.toString() : isDate(v) || isDateTime(v) || isLocalDateTime(v) ? v.toString() : v)),
  );

interface Profiled {
  readonly hits: number;
  readonly bytes: number;
}

async function profile(db: Database, query: string, params: Record<string, unknown>): Promise<Profiled> {
  const session = db.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE\n${query}`, params);
    const hits = result.summary.profile === false ? 0 : dbHits(result.summary.profile);
    return { hits, bytes: jsonBytes(result.records.map((r) => r.toObject())) };
  } finally {
    await session.close();
  }
}

/** CPU microseconds a process has used so far (user + system, all threads), from /proc; NaN where there is none. */
function procCpuMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return NaN;
  }
}

const ownCpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

type Sent = { query: string; params: Record<string, unknown> };

/**
 * The driver as the peer sees it: every query its read transactions run is handed to `sent` as
 * well (methods bound to the real objects, which keep private state).
 */
function capturingDriver(driver: Driver, sent: (q: Sent) => void): Driver {
  const bind = <T extends object>(target: T, overrides: Partial<Record<string | symbol, unknown>>): T =>
    new Proxy(target, {
      get(t, key) {
        if (key in overrides) return overrides[key];
        const v: unknown = Reflect.get(t, key, t);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
  const tx = (t: ManagedTransaction): ManagedTransaction =>
    bind(t, {
      run: (query: string, params?: Record<string, unknown>) => {
        sent({ query, params: params ?? {} });
        return t.run(query, params);
      },
    });
  const session = (s: Session): Session =>
    bind(s, {
      executeRead: <T>(work: (t: ManagedTransaction) => Promise<T> | T, config?: Parameters<Session['executeRead']>[1]) => s.executeRead((t) => work(tx(t)), config),
    });
  return bind(driver, { session: (config?: Parameters<Driver['session']>[0]) => session(driver.session(config)) });
}

interface Cpu {
  readonly node: number;
  readonly jvm: number;
}

/**
 * This process' and the JVM's CPU microseconds per call of each of `runs`, over `n` calls each
 * after n/5 unmeasured: in 4 interleaved rounds, so that the JVM's warming up (its compiler and
 * collector threads count) falls on all of them alike.
 */
async function cpuPerRequest(jvmPid: number, n: number, runs: readonly (() => Promise<unknown>)[]): Promise<Cpu[]> {
  for (const once of runs) for (let i = 0; i < Math.ceil(n / 5); i++) await once();
  const totals = runs.map(() => ({ node: 0, jvm: 0 }));
  const rounds = 4;
  for (let round = 0; round < rounds; round++) {
    for (const [k, once] of runs.entries()) {
      const node0 = ownCpuMicros();
      const jvm0 = procCpuMicros(jvmPid);
      for (let i = 0; i < n / rounds; i++) await once();
      const t = totals[k];
      if (t !== undefined) {
        t.node += ownCpuMicros() - node0;
        t.jvm += procCpuMicros(jvmPid) - jvm0;
      }
    }
  }
  return totals.map((t) => ({ node: t.node / n, jvm: t.jvm / n }));
}

const store = await openStore({ nodes, dir: opts.dir ?? defaultStoreDir(nodes), logger: createLogger('warn') });
const { db } = store;
const logger = createLogger('warn');
const server = createServer({ db, logger });
let peerSent: ((q: Sent) => void) | null = null;
let peerServer: ApolloServer | null = null;
try {
  await server.start();
  peerServer =
    opts.peer === true
      ? new ApolloServer({
          schema: await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: capturingDriver(db.driver, (q) => peerSent?.(q)) }).getSchema(),
          introspection: false,
        })
      : null;
  await peerServer?.start();
  const runPeer = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    if (peerServer === null) throw new Error('no peer');
    const response = await peerServer.executeOperation({ query, variables });
    if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) {
      throw new Error(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body));
    }
    return response.body.singleResult.data;
  };
  const run = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, logger) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) {
      throw new Error(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body));
    }
    return response.body.singleResult.data;
  };
  const picked = await pick(db);
  const [dossierCount] = await db.read<{ n: unknown }>('MATCH (d:Dossier) RETURN count(d) AS n');
  const offset = Math.max(0, Math.min(10_000, Math.floor((Number(dossierCount?.n ?? 0) * 0.9) / 100) * 100));
  let after: string | null = null;
  let lastId = '';
  for (let at = 0; at < offset; at += 100) {
    const page = (await run('query($after: String) { dossiers(first: 100, after: $after) { edges { node { id } } pageInfo { endCursor } } }', { after })) as {
      dossiers: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } };
    };
    after = page.dossiers.pageInfo.endCursor;
    lastId = page.dossiers.edges.at(-1)?.node.id ?? lastId;
  }
  const mix = cases(picked, { ours: after, peer: null, lastId, offset }).filter((c) => opts.only === undefined || c.name.includes(opts.only));
  const rows: string[][] = [];
  for (const c of mix) {
    const sent: { query: string; params: Record<string, unknown> }[] = [];
    const stop = db.onQuery((query, params) => sent.push({ query, params }));
    try {
      await run(c.ours.query, c.ours.variables);
    } finally {
      stop();
    }
    let hits = 0;
    let bytes = 0;
    for (const q of sent) {
      const p = await profile(db, q.query, q.params);
      hits += p.hits;
      bytes += p.bytes;
      if (opts.cypher === true) console.log(`-- ${c.name}\n${q.query}\n`);
    }
    const floor = await profile(db, c.floor.cypher, c.floor.params);
    const peerQuery = peerServer === null ? null : c.peer;
    let peer: Profiled | null = null;
    if (peerQuery !== null) {
      const peerQueries: Sent[] = [];
      peerSent = (q) => peerQueries.push(q);
      try {
        await runPeer(peerQuery.query, peerQuery.variables);
      } finally {
        peerSent = null;
      }
      peer = { hits: 0, bytes: 0 };
      for (const q of peerQueries) {
        const p = await profile(db, q.query, q.params);
        peer = { hits: peer.hits + p.hits, bytes: peer.bytes + p.bytes };
        if (opts.cypher === true) console.log(`-- @neo4j/graphql: ${c.name}\n${q.query}\n${JSON.stringify(q.params)}\n`);
      }
    }
    const timedRuns = [() => run(c.ours.query, c.ours.variables), () => db.read(c.floor.cypher, c.floor.params)];
    if (peerServer !== null) timedRuns.push(() => (peerQuery === null ? Promise.resolve(null) : runPeer(peerQuery.query, peerQuery.variables)));
    const cpu = cpuRuns > 0 ? await cpuPerRequest(store.neo4j.pid, cpuRuns, timedRuns) : [];
    const micros = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '-');
    rows.push([
      c.name,
      String(sent.length),
      hits.toLocaleString('en'),
      floor.hits.toLocaleString('en'),
      floor.hits > 0 ? `${(hits / floor.hits).toFixed(1)}x` : '-',
      (bytes / 1024).toFixed(1),
      (floor.bytes / 1024).toFixed(1),
      ...(peerServer === null ? [] : [peer === null ? '-' : peer.hits.toLocaleString('en'), peer === null ? '-' : (peer.bytes / 1024).toFixed(1)]),
      ...cpu.flatMap((x) => [micros(x.node), micros(x.jvm)]),
    ]);
  }
  const head = [
    'query',
    'cypher/req',
    'db hits',
    'floor db hits',
    'hits x',
    'KB returned',
    'floor KB',
    ...(peerServer === null ? [] : ['peer db hits', 'peer KB']),
    ...(cpuRuns > 0 ? ['node µs/req', 'jvm µs/req', 'floor node µs', 'floor jvm µs', ...(peerServer === null ? [] : ['peer node µs', 'peer jvm µs'])] : []),
  ];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`\n${store.info.nodes.toLocaleString('en')} nodes; each query of one request run again under PROFILE, db hits summed over all operators, bytes: the records as JSON.`);
  if (cpuRuns > 0) console.log(`CPU per request over ${cpuRuns} requests in a row: this process (resolvers, plans, mapping, driver; the floor: the driver) and Neo4j's JVM. Load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
} finally {
  await server.stop();
  await peerServer?.stop();
  await store.close();
}
