/**
 * `npm run soak`: 60 s of the README's query mix at 64 connections (autocannon) against a
 * production start (`node dist/index.js`) on 127.0.0.1, while sending the doubling query,
 * 1,000 aliases and a slow-body attack, writing commitment statuses, and killing the embedded
 * Neo4j's JVM once in the middle. Prints the figures issue 8 asks for. Bounded; not run in CI.
 *
 *   npm run soak [-- --seconds 60 --connections 64 --port 4140 --bolt-port 7740] [--cpu-prof <folder>] [--trace-stalls [folder]]
 *
 * --cpu-prof writes the server's V8 CPU profile (node --cpu-prof) into <folder> when it stops;
 * `npx tsx tests/soak/profile-window.ts <file> 0 20` sums it by function over the first 20 s.
 *
 * --trace-stalls has the server write its stall trace (TRACE_STALLS_FILE, src/http/stall-trace.ts)
 * and the abuser's lines into <folder> (default: a new temporary one), and prints, after the
 * figures, where each refusal over 50 ms spent its time beside the GC pauses and main-thread
 * stalls (tests/soak/stall-report.ts).
 *
 * Without --port / --bolt-port it takes free ports (never the defaults 4000 and 7687 that another
 * server on the machine may use); the Neo4j data goes to a fresh temporary folder either way.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { README_EXAMPLES } from '../support/readme-examples.js';
import { readTrace, stallReport } from './stall-report.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const SECONDS = option('seconds', 60);
const CONNECTIONS = option('connections', 64);
const CPU_PROF_DIR = (() => {
  const at = args.indexOf('--cpu-prof');
  return at >= 0 ? args[at + 1] ?? null : null;
})();
const TRACE_DIR = (() => {
  const at = args.indexOf('--trace-stalls');
  if (at < 0) return null;
  const given = args[at + 1];
  return given !== undefined && !given.startsWith('--') ? given : mkdtempSync(join(tmpdir(), 'raadsgraaf-stalls-'));
})();
const EDITOR_KEY = 'soak-editor-key-0123456789';
const COMMITMENT = 'commitment:gm0505:1873661-2017-03-14-de-wethouder-zegt-toe-bij-de-soj-te';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pids of processes whose command line mentions `needle` (the JVM names its data folder). */
function pidsMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(needle) && cmd.startsWith('java')) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds a process has used (utime + stime), or null when it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields from the third of proc(5): utime and stime are the 14th and 15th, in clock ticks (100 Hz)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds the whole machine has been busy (all cores: /proc/stat minus idle and iowait). */
function machineBusySeconds(): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const n = ticks.map(Number);
  return (n.reduce((a, b) => a + b, 0) - (n[3] ?? 0) - (n[4] ?? 0)) / 100;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const port = option('port', 0) || (await freePort());
  const boltPort = option('bolt-port', 0) || (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'raadsgraaf-soak-'));
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  console.log(`soak: server on ${base}, Neo4j data in ${dataDir}`);

  if (TRACE_DIR !== null) mkdirSync(TRACE_DIR, { recursive: true });
  const traceFile = TRACE_DIR === null ? null : join(TRACE_DIR, 'trace.jsonl');
  const abuserFile = TRACE_DIR === null ? null : join(TRACE_DIR, 'abuser.jsonl');
  const env = { ...process.env, ...(traceFile === null ? {} : { TRACE_STALLS_FILE: traceFile }), NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn', NEO4J_TX_TIMEOUT_MS: '120000', NEO4J_START_TIMEOUT_MS: '600000', API_KEYS: `${EDITOR_KEY}:editor` };
  let crashes = 0;
  const stoppedByUs = new WeakSet<ChildProcess>();
  // the server started again only to read the writes back does not overwrite the run's trace
  const { TRACE_STALLS_FILE: _trace, ...untracedEnv } = env;
  const startServer = (traced = true): ChildProcess => {
    const nodeArgs = CPU_PROF_DIR === null ? [] : ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR];
    const child = spawn(process.execPath, [...nodeArgs, 'dist/index.js'], { env: traced ? env : untracedEnv, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    child.on('exit', (code, signal) => {
      if (!stoppedByUs.has(child)) {
        crashes += 1;
        console.log(`soak: the server exited during the run (code ${code}, signal ${signal})`);
      }
    });
    return child;
  };
  const serverStartedAt = Date.now();
  let server = startServer();
  const stopServer = async () => {
    const child = server;
    if (child.exitCode !== null || child.signalCode !== null) return;
    stoppedByUs.add(child);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([exited, sleep(30_000)]);
  };
  const stopAll = () => {
    stoppedByUs.add(server);
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const waitReady = async (ms: number): Promise<boolean> => {
    const readyBy = Date.now() + ms;
    while (Date.now() < readyBy) {
      const ok = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
      if (ok) return true;
      await sleep(500);
    }
    return false;
  };
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });

  try {
    if (!(await waitReady(600_000))) throw new Error('the server did not get ready within 600 s');
    console.log(`soak: ready ${((Date.now() - serverStartedAt) / 1000).toFixed(1)} s after the server's start; running`);

    const post = async (body: string, headers: Record<string, string> = {}) => {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body, signal: AbortSignal.timeout(30_000) });
      const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; reason?: string } }[] };
      return { ms: performance.now() - started, json, status: response.status };
    };

    const loadBefore = loadavg();
    const started = Date.now();
    const end = started + SECONDS * 1000;
    const rss: number[] = [];
    const abusive: { kind: string; id?: string; sent?: number; at: number; ms: number; code: string }[] = [];
    const slowBodies: number[] = [];
    const acknowledged: string[] = [];
    let writeErrors = 0;
    let killedAt: number | null = null;
    let recoveredAt: number | null = null;
    const probes: { at: number; reason: string }[] = [];


    // The abusive client runs in a process of its own: its timings are the server's, not this
    // busy event loop's (which also drives autocannon).
    const abuser = spawn(process.execPath, ['--import', 'tsx', 'tests/soak/abuser.ts', url, String(end)], { stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: abuser.stdout! }).on('line', (line) => {
      const a = JSON.parse(line) as { kind: string; id?: string; sent?: number; at: number; ms: number | null; status: number; code: string };
      abusive.push({ kind: a.kind, ...(a.id === undefined ? {} : { id: a.id }), ...(a.sent === undefined ? {} : { sent: a.sent }), at: a.at, ms: a.ms ?? Number.NaN, code: a.code });
      if (abuserFile !== null) appendFileSync(abuserFile, `${line}\n`);
    });
    const abuse = new Promise<void>((resolve) => abuser.once('exit', () => resolve()));
    // Who used the 2 cores during the load: per process, first and last CPU-seconds seen.
    const cpu = new Map<number, { role: string; first: number; last: number }>();
    const sampleCpu = (pid: number | undefined, role: string) => {
      if (pid === undefined) return;
      const used = cpuSeconds(pid);
      if (used === null) return;
      const known = cpu.get(pid);
      if (known === undefined) cpu.set(pid, { role, first: used, last: used });
      else known.last = used;
    };
    const machineBefore = machineBusySeconds();
    let machineAfter = machineBefore;
    const sampler = (async () => {
      let tick = 0;
      while (Date.now() < end) {
        if (server.pid !== undefined) rss.push(rssMb(server.pid));
        sampleCpu(server.pid, 'server (Node)');
        sampleCpu(process.pid, 'soak + autocannon');
        sampleCpu(abuser.pid, 'abuser');
        if (tick % 4 === 0) for (const pid of pidsMentioning(dataDir)) sampleCpu(pid, 'Neo4j (JVM)');
        machineAfter = machineBusySeconds();
        tick += 1;
        await sleep(250);
      }
    })();

    // The server's own view: its event-loop delay (prom-client's, over each 5 s), and GC time.
    const samples: { at: number; lagP99: number; lagMax: number; gcSeconds: number }[] = [];
    const scraper = (async () => {
      while (Date.now() < end) {
        await sleep(5_000);
        const text = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.text(), () => '');
        const value = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text)?.[1] ?? Number.NaN);
        const gc = [...text.matchAll(/^raadsgraaf_nodejs_gc_duration_seconds_sum\{[^}]*\} ([0-9.e+-]+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
        samples.push({ at: Date.now(), lagP99: value('raadsgraaf_nodejs_eventloop_lag_p99_seconds') * 1000, lagMax: value('raadsgraaf_nodejs_eventloop_lag_max_seconds') * 1000, gcSeconds: gc });
      }
    })();

    const slowBody = (async () => {
      while (Date.now() < end - 20_000) {
        const opened = performance.now();
        await new Promise<void>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
          });
          const drip = setInterval(() => socket.write(' '), 1000);
          socket.on('close', () => {
            clearInterval(drip);
            slowBodies.push(performance.now() - opened);
            resolve();
          });
          socket.on('error', () => undefined);
        });
      }
    })();

    const writes = (async () => {
      let n = 0;
      while (Date.now() < end) {
        n += 1;
        const note = `soak-${process.pid}-${n}`;
        const query = `mutation { setCommitmentStatus(id: "${COMMITMENT}", status: ${n % 2 === 0 ? 'OPEN' : 'FULFILLED'}, note: "${note}") { id } }`;
        try {
          const { json } = await post(JSON.stringify({ query }), { authorization: `Bearer ${EDITOR_KEY}` });
          if (json.errors === undefined) acknowledged.push(note);
          else writeErrors += 1;
        } catch {
          writeErrors += 1;
        }
        await sleep(250);
      }
    })();

    const boltAccepts = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(boltPort, '127.0.0.1', () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    let boltUpAt: number | null = null;
    let supervisorUpAt: number | null = null;
    let readyAt: number | null = null;
    const killer = (async () => {
      await sleep((SECONDS * 1000) / 3);
      const pids = pidsMentioning(dataDir);
      if (pids.length === 0) {
        console.log('soak: no JVM found to kill');
        return;
      }
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      killedAt = Date.now();
      console.log(`soak: killed the embedded Neo4j (pid ${pids.join(', ')}) at ${((killedAt - started) / 1000).toFixed(1)} s`);
      const boltProbe = (async () => {
        // the killed JVM holds its port until it is gone: wait for that first
        while (pids.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < end + 60_000) await sleep(20);
        while (Date.now() < end + 60_000 && recoveredAt === null) {
          if (await boltAccepts()) {
            boltUpAt = Date.now();
            console.log(`soak: the restarted Neo4j accepts Bolt ${((boltUpAt - (killedAt ?? 0)) / 1000).toFixed(1)} s after the kill`);
            return;
          }
          await sleep(100);
        }
      })();
      // The server's own view, from /ready (an Express route: it never waits in the admission
      // line): when the supervisor says the JVM is up again, and when the driver answers RETURN 1.
      let sawRestarting = false;
      const readyProbe = (async () => {
        while (Date.now() < end + 60_000 && (supervisorUpAt === null || readyAt === null)) {
          const ready = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(5_000) })
            .then(async (r) => ({ ok: r.ok, body: (await r.json()) as { embeddedNeo4j?: string } }))
            .catch(() => null);
          // `up` counts once the supervisor has noticed the death (`restarting`): right after the
          // kill it still says `up` for the JVM that is gone
          if (ready !== null && ready.body.embeddedNeo4j !== undefined && ready.body.embeddedNeo4j !== 'up') sawRestarting = true;
          if (sawRestarting && ready !== null && ready.body.embeddedNeo4j === 'up' && supervisorUpAt === null) supervisorUpAt = Date.now();
          if (sawRestarting && ready !== null && ready.ok && readyAt === null) readyAt = Date.now();
          await sleep(100);
        }
      })();
      // Probed past the load's end too (up to a minute), so that a slow way back is still measured.
      while (Date.now() < end + 60_000) {
        await sleep(250);
        const probe = await post(JSON.stringify({ query: '{ commitments(first: 1) { totalCount } }' })).catch(() => null);
        const reason = probe === null ? 'no answer' : probe.json.errors === undefined ? '200' : `${probe.status} ${probe.json.errors[0]?.extensions?.code ?? ''}${probe.json.errors[0]?.extensions?.reason ? ` ${probe.json.errors[0].extensions.reason}` : ''}`;
        probes.push({ at: Date.now(), reason });
        if (probe !== null && probe.json.errors === undefined) {
          recoveredAt = Date.now();
          console.log(`soak: answering again ${((recoveredAt - killedAt) / 1000).toFixed(1)} s after the kill`);
          break;
        }
      }
      await boltProbe;
      await readyProbe;
    })();

    const bodies = README_EXAMPLES.map((e) => JSON.stringify({ query: e.query, variables: e.variables }));
    const ordinary: { at: number; ms: number; status: number }[] = [];
    const statusCounts: Record<string, number> = {};
    const load = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections: CONNECTIONS,
          duration: SECONDS,
          timeout: 30,
          requests: bodies.map((body) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body })),
          setupClient: (client) => {
            client.on('response', (status: number, _bytes: number, responseTime: number) => {
              ordinary.push({ at: Date.now(), ms: responseTime, status });
              statusCounts[status] = (statusCounts[status] ?? 0) + 1;
            });
          },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      void instance;
    });
    await Promise.all([sampler, abuse, slowBody, writes, killer, scraper]);

    // Acknowledged writes still there? When the database did not come back during the run (no
    // supervisor), restart the server on the same store (Neo4j recovers its log) and look there.
    const historyQuery = JSON.stringify({ query: `{ commitment(id: "${COMMITMENT}") { statusHistory { note } } }` });
    let checkedAfterRestart = false;
    let history = await post(historyQuery).catch(() => null);
    if (history === null || history.json.errors !== undefined) {
      console.log('soak: the database is still down; restarting the server on the same store to check the writes');
      await stopServer();
      server = startServer(false);
      if (!(await waitReady(600_000))) throw new Error('the restarted server did not get ready within 600 s');
      checkedAfterRestart = true;
      history = await post(historyQuery);
    }
    const data = history.json.data as { commitment?: { statusHistory?: { note: string | null }[] } } | undefined;
    const kept = new Set((data?.commitment?.statusHistory ?? []).map((h) => h.note));
    const lost = acknowledged.filter((note) => !kept.has(note));

    // The outage: from the kill to the API's first ordinary 200 after Neo4j accepts Bolt again
    // (what a user sees), or the probe's answer if that came first.
    const firstOrdinaryBack = ordinary.find((r) => r.at > (boltUpAt ?? Number.POSITIVE_INFINITY) && r.status === 200)?.at ?? null;
    const outageFrom = killedAt ?? Number.POSITIVE_INFINITY;
    const outageTo = Math.min(recoveredAt ?? Number.POSITIVE_INFINITY, firstOrdinaryBack ?? Number.POSITIVE_INFINITY);
    const inOutage = (at: number) => at >= outageFrom && at <= outageTo + 1000;
    const outside = ordinary.filter((r) => !inOutage(r.at));
    const during = ordinary.filter((r) => inOutage(r.at));
    const refusal = (kind: string) => abusive.filter((a) => a.kind === kind);
    const ms = (rows: { ms: number }[]) => rows.map((r) => r.ms).filter((m) => Number.isFinite(m));
    const statuses = (rows: { status: number }[]) => {
      const counts: Record<string, number> = {};
      for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
      return Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join(', ');
    };
    const p = (values: number[], q: number) => percentile(values, q).toFixed(0);
    const seconds = (a: number | null, b: number | null) => (a === null || b === null ? 'not measured' : `${((b - a) / 1000).toFixed(1)} s`);
    const loadAfter = loadavg();

    console.log('\nsoak figures');
    console.log(`  duration, connections           ${SECONDS} s, ${CONNECTIONS}`);
    console.log(`  load average (1, 5, 15 min)     before ${loadBefore.map((l) => l.toFixed(1)).join(', ')}; after ${loadAfter.map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores)`);
    const byRole = new Map<string, number>();
    for (const { role, first, last } of cpu.values()) byRole.set(role, (byRole.get(role) ?? 0) + last - first);
    const machine = machineAfter - machineBefore;
    const ours = [...byRole.values()].reduce((a, b) => a + b, 0);
    console.log(`  CPU seconds during the load     ${[...byRole].map(([role, sec]) => `${role} ${sec.toFixed(1)}`).join(', ')}, the rest of the machine ${(machine - ours).toFixed(1)}; busy ${machine.toFixed(1)} of ${(cpus().length * SECONDS).toFixed(0)} core-seconds`);
    console.log(`  process crashes                 ${crashes}`);
    console.log(`  Node RSS max                    ${Math.max(...rss).toFixed(0)} MB`);
    for (const kind of ['doubling', 'aliases']) {
      const all = refusal(kind);
      const times = ms(all);
      const codes = [...new Set(all.map((a) => a.code))].join(', ');
      const outsideTimes = ms(all.filter((a) => !inOutage(a.at)));
      console.log(`  ${kind.padEnd(9)} refusals            ${all.length}, p50 ${p(times, 50)} ms, p99 ${p(times, 99)} ms, max ${Math.max(...times).toFixed(0)} ms; outside the outage p99 ${p(outsideTimes, 99)} ms (${codes})`);
    }
    console.log(`  slow bodies cut off after       ${slowBodies.length} attempts, max ${(Math.max(...slowBodies) / 1000).toFixed(1)} s`);
    console.log(`  ordinary requests               ${load.requests.total} (${statuses(ordinary)}), ${load.errors} socket errors, ${load.timeouts} timeouts`);
    console.log(`  ordinary outside the outage     ${outside.length} (${statuses(outside)}): p50 ${p(ms(outside), 50)} ms, p99 ${p(ms(outside), 99)} ms; answered 200: p99 ${p(ms(outside.filter((r) => r.status === 200)), 99)} ms`);
    console.log(`  ordinary during the outage      ${during.length} (${statuses(during)}): p50 ${p(ms(during), 50)} ms, p99 ${p(ms(during), 99)} ms, max ${during.length ? Math.max(...ms(during)).toFixed(0) : 'NaN'} ms`);
    console.log(`  ordinary p99 (all)              ${p(ms(ordinary), 99)} ms`);
    console.log(`  kill -> Neo4j accepts Bolt      ${killedAt === null ? 'no kill' : seconds(killedAt, boltUpAt)}`);
    console.log(`  Neo4j accepts Bolt -> probe answers ${killedAt === null ? 'no kill' : seconds(boltUpAt, recoveredAt)}`);
    console.log(`  kill -> probe answers           ${killedAt === null ? 'no kill' : seconds(killedAt, recoveredAt)}`);
    if (killedAt !== null) {
      const firstOrdinary = ordinary.find((r) => r.at > (boltUpAt ?? Number.POSITIVE_INFINITY) && r.status === 200)?.at ?? null;
      console.log('  after Bolt accepts, in order:');
      console.log(`    supervisor reports up (/ready)  ${seconds(boltUpAt, supervisorUpAt)} after Bolt (the launcher's RETURN 1 on the default database, then its READY line)`);
      console.log(`    /ready 200 (driver answers)     ${seconds(supervisorUpAt, readyAt)} after that`);
      console.log(`    the probe query answers         ${seconds(readyAt, recoveredAt)} after that (a GraphQL request through the admission line, with the 64 connections)`);
      console.log(`    first ordinary 200              ${seconds(boltUpAt, firstOrdinary)} after Bolt`);
      // "The API answers again" for a user: the first 200 to any ordinary client after Bolt; the
      // probe is one client among 65 that tries every 250 ms, so it can also be refused `busy`.
      const afterBolt = probes.filter((x) => x.at >= (boltUpAt ?? Number.POSITIVE_INFINITY));
      const tally = (rows: { reason: string }[]) => Object.entries(rows.reduce<Record<string, number>>((t, x) => ((t[x.reason] = (t[x.reason] ?? 0) + 1), t), {})).map(([k, n]) => `${k}: ${n}`).join(', ');
      console.log(`  the probe's answers              before Bolt: ${tally(probes.filter((x) => !afterBolt.includes(x))) || 'none'}; after Bolt: ${tally(afterBolt) || 'none'}`);
      const fromBolt = (boltUpAt ?? 0);
      const second = (k: number) => ordinary.filter((r) => r.at >= fromBolt + k * 1000 && r.at < fromBolt + (k + 1) * 1000);
      console.log(`  ordinary answers per second after Bolt (200 / 503): ${Array.from({ length: 6 }, (_, k) => `${second(k).filter((r) => r.status === 200).length}/${second(k).filter((r) => r.status === 503).length}`).join('  ')}`);
      console.log(`  kill -> API answers (first ordinary 200 after Bolt) ${seconds(killedAt, firstOrdinary)}; Neo4j accepts Bolt -> that ${seconds(boltUpAt, firstOrdinary)}`);
    }
    console.log(`  acknowledged writes             ${acknowledged.length}, still there: ${acknowledged.length - lost.length}, lost: ${lost.length}${checkedAfterRestart ? ' (checked after restarting the server on the same store)' : ''}${history.json.errors ? ` (history not readable: ${history.json.errors[0]?.extensions?.code})` : ''}; refused/failed writes ${writeErrors}`);
    console.log('\n  every 5 s: ordinary requests (non-200), p50 / p99 ms; refusals p99 ms; server event-loop delay p99 / max ms; GC s');
    for (let from = started; from < end; from += 5_000) {
      const to = from + 5_000;
      const slice = ordinary.filter((r) => r.at >= from && r.at < to);
      const refused = ms(abusive.filter((a) => a.at >= from && a.at < to));
      const sample = samples.find((x) => x.at >= to - 100 && x.at < to + 4_900);
      const before = samples.filter((x) => x.at < to - 100).at(-1);
      const gc = sample === undefined ? Number.NaN : sample.gcSeconds - (before?.gcSeconds ?? 0);
      const mark = killedAt !== null && killedAt >= from && killedAt < to ? ' <- kill' : recoveredAt !== null && recoveredAt >= from && recoveredAt < to ? ' <- answering again' : '';
      console.log(
        `  ${String((from - started) / 1000).padStart(3)}-${String((to - started) / 1000).padEnd(3)} s  ${String(slice.length).padStart(5)} (${String(slice.filter((r) => r.status !== 200).length).padStart(4)})  ${p(ms(slice), 50).padStart(5)} / ${p(ms(slice), 99).padStart(5)}   ${p(refused, 99).padStart(4)}   ${sample ? `${sample.lagP99.toFixed(0)} / ${sample.lagMax.toFixed(0)}` : '-'}   ${Number.isFinite(gc) ? gc.toFixed(2) : '-'}${mark}`,
      );
    }
    if (traceFile !== null) {
      console.log(`\n  (trace and the abuser's lines in ${TRACE_DIR})`);
      for (const line of stallReport(readTrace(traceFile), abusive, started, end)) console.log(`  ${line}`);
    }
  } finally {
    stopAll();
    await sleep(3000);
    for (const pid of pidsMentioning(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
