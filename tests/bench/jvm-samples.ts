/**
 * Where Neo4j's JVM spends its CPU while raadsgraaf answers bench:compare's mix, in figures that
 * do not depend on the machine's load: opens the bench store, answers each query of the mix
 * (compare-mix.ts; `--only` narrows it) `--warm` times unmeasured, then `--runs` times, one request
 * at a time, under Java Flight Recorder (`jcmd <pid> JFR.start settings=profile`). It prints the
 * JVM's CPU per request (/proc/<pid>/stat, all threads) and the share of the execution samples
 * (samples of threads running Java code, so a thread waiting for a CPU adds none) per thread group
 * and, for the Bolt workers, per phase: the query router's parse, Cypher's parse, plan-cache
 * lookup and compilation, running the plan, the transaction's begin and commit, Bolt messaging.
 * A plan-cache miss shows as samples in compilation; a hit costs none there.
 *
 *   npx tsx tests/bench/jvm-samples.ts [--runs 200] [--warm 100] [--only <text>] [--mode ours|return1] [--top 25]
 *
 * `--mode return1` sends `RETURN 1` through Database.read instead (the per-transaction floor);
 * `return1-tx` through a session per request and an explicit read transaction without bookmarks,
 * `return1-autocommit` through a session per request and `session.run` (one auto-commit statement),
 * `return1-autocommit-bookmarks` the same with the driver's shared bookmark manager. Several modes,
 * comma-separated, alternate in each round on the same JVM.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { cases, pick } from './compare-mix.js';

const opts = new Command()
  .option('--runs <n>', 'measured runs of each query', '200')
  .option('--warm <n>', 'unmeasured runs of each query first', '100')
  .option('--only <text>', 'only the queries whose name contains this text')
  .option('--mode <mode>', 'ours (the mix through the API) or return1', 'ours')
  .option('--top <n>', 'methods to list for the Bolt workers', '25')
  .option('--grep <regex>', 'list the methods matching this (inclusive: samples with the method anywhere on the stack)', 'parse|compil|planner|QueryCache|Preparser|PreParser')
  .option('--no-jfr', 'no flight recording: only the CPU per thread')
  .option('--rounds <n>', 'measure the CPU per thread in this many successive rounds of --runs', '1')
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .parse()
  .opts<{ runs: string; warm: string; only?: string; mode: string; top: string; grep: string; nodes: string; jfr: boolean; rounds: string }>();
const runs = Number(opts.runs);
const nodes = Number(opts.nodes);

function procCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

/** CPU µs (user, system) per thread of the process, by thread name (/proc/<pid>/task/<tid>/stat; names summed). */
function threadCpu(pid: number): Map<string, { user: number; sys: number }> {
  const out = new Map<string, { user: number; sys: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) || '?').replace(/[-\d]+$/, '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const t = out.get(name) ?? { user: 0, sys: 0 };
    t.user += (Number(fields[11]) * 1e6) / 100;
    t.sys += (Number(fields[12]) * 1e6) / 100;
    out.set(name, t);
  }
  return out;
}

/** Phases of a Bolt worker's sample, tried in order on the frames' class.method names (outermost first wins). */
const PHASES: readonly (readonly [string, RegExp])[] = [
  ['router parse (query router)', /org\.neo4j\.router\..*(QueryProcessor|ProcessedQueryInfoCache|parse)/i],
  ['cypher compile (cache miss)', /QueryCache\.(compileOrCompileWithExpressionCodeGen|compileAndCache)|CypherPlanner|compiler\.planner|compiler\.phases|\.logical\.plans\.|\.ast\.semantics|SemanticAnalysis|CachedQueryPlanner|CypherCurrentCompiler\.compile|\.parser\.(v5|v6|javacc|ast)|Cypher5Parser|AstBuilder/],
  ['plan cache lookup / pre-parse', /QueryCache\.|PreParser|ExecutionEngine\.getOrCompile|CypherQueryCaches|\.parameterTypeMap|extractParameterTypeMap|ParameterValueTypeHelper/],
  ['running the plan', /\.runtime\.|ExecutionResult|RecordingRuntimeResult|StandardInternalExecutionResult|\.expressions\.|pipes\./],
  ['begin / commit / close', /KernelTransactionImplementation|TransactionImpl\.(commit|close)|BoltTransaction|TransactionStateMachine|\.commit\(|beginTransaction|KernelTransactions/],
  ['bolt messaging', /org\.neo4j\.bolt\.|io\.netty\./],
];

interface Frame {
  readonly method?: { readonly name?: string; readonly type?: { readonly name?: string } };
}
interface Sample {
  readonly sampledThread?: { readonly javaName?: string; readonly osName?: string };
  readonly stackTrace?: { readonly frames?: readonly Frame[] };
}

function threadGroup(name: string): string {
  if (/bolt-worker|BoltWorker|neo4j\.Bolt/i.test(name)) return 'Bolt workers';
  if (/bolt|netty|Network/i.test(name)) return 'Bolt network';
  if (/C[12] ?Compiler|JIT/i.test(name)) return 'JIT';
  if (/GC|G1/i.test(name)) return 'GC';
  return name.replace(/[-\d]+$/, '') || 'other';
}

const store = await openStore({ nodes, dir: defaultStoreDir(nodes), logger: createLogger('warn') });
const logger = createLogger('warn');
const server = createServer({ db: store.db, logger });
await server.start();
const jfrDir = mkdtempSync(join(tmpdir(), 'jvm-samples-'));
try {
  const pid = store.neo4j.pid;
  const picked = await pick(store.db);
  const mix = cases(picked, { ours: null, peer: null, lastId: '', offset: 0 }).filter((c) => opts.only === undefined || c.name.includes(opts.only));
  const modes = opts.mode.split(',');
  const once = async (mode: string): Promise<void> => {
    if (mode === 'return1') {
      await store.db.read('RETURN 1 AS one');
      return;
    }
    if (mode === 'return1-autocommit' || mode === 'return1-tx' || mode === 'return1-autocommit-bookmarks') {
      const bookmarks = mode === 'return1-autocommit-bookmarks' ? { bookmarkManager: store.db.driver.executeQueryBookmarkManager } : {};
      const session = store.db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ, ...bookmarks });
      try {
        if (mode === 'return1-tx') await session.executeRead((tx) => tx.run('RETURN 1 AS one'));
        else await session.run('RETURN 1 AS one');
      } finally {
        await session.close();
      }
      return;
    }
    for (const c of mix) {
      const res = await server.executeOperation({ query: c.ours.query, variables: c.ours.variables }, { contextValue: createContext(store.db, logger) });
      if (res.body.kind === 'single' && res.body.singleResult.errors !== undefined) throw new Error(`${c.name}: ${JSON.stringify(res.body.singleResult.errors)}`);
    }
  };
  for (const mode of modes) for (let i = 0; i < Number(opts.warm); i++) await once(mode);
  const file = join(jfrDir, 'x.jfr');
  if (opts.jfr) execFileSync('jcmd', [String(pid), 'JFR.start', 'name=rg', 'settings=profile', `filename=${file}`], { stdio: 'ignore' });
  for (let round = 0; round < Number(opts.rounds); round++) {
    for (const mode of modes) {
      const requests = runs * (mode.startsWith('return1') ? 1 : mix.length);
      const threads0 = threadCpu(pid);
      const jvm0 = procCpuMicros(pid);
      const node0 = process.cpuUsage();
      for (let i = 0; i < runs; i++) await once(mode);
      const jvm = procCpuMicros(pid) - jvm0;
      const threads1 = threadCpu(pid);
      const node = process.cpuUsage(node0);
      console.log(
        `round ${round + 1}, ${mode.startsWith('return1') ? `RETURN 1 (${mode})` : mix.map((c) => c.name).join(', ')}, ${requests} requests: JVM CPU ${(jvm / requests / 1000).toFixed(2)} ms per request; this process ${((node.user + node.system) / requests / 1000).toFixed(2)} ms; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
      );
      const perThread = [...threads1].map(([name, t]) => {
        const b0 = threads0.get(name) ?? { user: 0, sys: 0 };
        return { name, ms: (t.user - b0.user + t.sys - b0.sys) / requests / 1000 };
      });
      console.log(`  JVM threads, CPU ms per request: ${perThread.sort((x, y) => y.ms - x.ms).slice(0, 5).map((t) => `${t.name} ${t.ms.toFixed(2)}`).join(', ')}`);
    }
  }
  if (opts.jfr) {
    execFileSync('jcmd', [String(pid), 'JFR.stop', 'name=rg'], { stdio: 'ignore' });
    const json = execFileSync('jfr', ['print', '--json', '--stack-depth', '100', '--events', 'jdk.ExecutionSample', file], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const events = (JSON.parse(json) as { recording?: { events?: { values?: Sample }[] } }).recording?.events ?? [];
    const grep = new RegExp(opts.grep, 'i');
    const groups = new Map<string, number>();
    const phases = new Map<string, number>();
    const tops = new Map<string, number>();
    let bolt = 0;
    for (const e of events) {
      const s = e.values ?? {};
      const thread = s.sampledThread?.javaName ?? s.sampledThread?.osName ?? '?';
      const group = threadGroup(thread);
      groups.set(group, (groups.get(group) ?? 0) + 1);
      if (group !== 'Bolt workers') continue;
      bolt++;
      const names = (s.stackTrace?.frames ?? []).map((f) => `${f.method?.type?.name ?? '?'}.${f.method?.name ?? '?'}`);
      const outermostFirst = [...names].reverse();
      let phase = 'other';
      for (const [label, re] of PHASES) {
        if (outermostFirst.some((n) => re.test(n))) {
          phase = label;
          break;
        }
      }
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
      for (const n of new Set(names.map((x) => x.replace(/\$\$Lambda.*$/, '$$Lambda')))) if (grep.test(n)) tops.set(n, (tops.get(n) ?? 0) + 1);
    }
    const summary = execFileSync('jfr', ['summary', file], { encoding: 'utf8' });
    const counts = summary.split('\n').filter((l) => /jdk\.(Compilation|Deoptimization|CodeCacheFull|CompilationFailure)\s/.test(l));
    console.log(`JIT events (jfr summary: count, bytes): ${counts.map((l) => l.trim().replace(/\s+/g, ' ')).join('; ')}`);
    console.log(execFileSync('jcmd', [String(pid), 'Compiler.codecache'], { encoding: 'utf8' }).split('\n').slice(1, 4).join('\n'));
    const pct = (k: number, of: number) => `${((100 * k) / Math.max(1, of)).toFixed(1)} %`;
    console.log(`${events.length} execution samples; by thread group:`);
    for (const [g, k] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${g.padEnd(28)} ${String(k).padStart(6)}  ${pct(k, events.length)}`);
    console.log(`Bolt workers' ${bolt} samples by phase:`);
    for (const [p, k] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`  ${p.padEnd(34)} ${String(k).padStart(6)}  ${pct(k, bolt)}`);
    console.log(`Bolt workers' samples with a method matching /${opts.grep}/i on the stack (top ${opts.top}):`);
    for (const [t, k] of [...tops].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) console.log(`  ${String(k).padStart(5)}  ${t}`);
  }
} finally {
  rmSync(jfrDir, { recursive: true, force: true });
  await server.stop();
  await store.close();
}
