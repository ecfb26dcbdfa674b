/**
 * Neo4j's JVM CPU per run of Cypher variants on the bench store: for trying a query's shape
 * before building it. `--variants <module>` exports `variants(p)` (p: the ids compare-mix.ts
 * picks) returning `{name, cypher, params}[]`; each is PROFILEd once (db hits, bytes returned as
 * JSON), then run `--n` times, one at a time, in 4 rounds that alternate between the variants,
 * and the CPU per run of this process (the driver) and of the JVM (/proc/<pid>/stat) is printed.
 *
 *   npx tsx tests/bench/cypher-cpu.ts --variants <file.ts> [--n 400] [--nodes 10000] [--dir <folder>]
 *
 * tests/bench/cypher-variants-meetings.ts is an example: the meeting list as built, the peer's and the floor.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, type ProfiledPlan } from 'neo4j-driver';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { pick } from './compare-mix.js';

export interface Variant {
  readonly name: string;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

const opts = new Command()
  .requiredOption('--variants <module>', 'a module exporting variants(picked): Variant[]')
  .option('--n <n>', 'runs of each variant', '400')
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .option('--dir <folder>', 'the bench store folder')
  .parse()
  .opts<{ variants: string; n: string; nodes: string; dir?: string }>();
const n = Number(opts.n);
const nodes = Number(opts.nodes);

const loaded: unknown = await import(pathToFileURL(resolve(opts.variants)).href);
const make = (loaded as { variants?: unknown }).variants;
if (typeof make !== 'function') throw new Error(`${opts.variants} exports no variants()`);

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}
const jsonBytes = (value: unknown): number =>
  Buffer.byteLength(JSON.stringify(value, (_k, v: unknown) => (isInt(v) ? v.toString() : isDate(v) || isDateTime(v) || isLocalDateTime(v) ? v.toString() : v)));
function procCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}
const ownCpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const store = await openStore({ nodes, dir: opts.dir ?? defaultStoreDir(nodes), logger: createLogger('warn') });
try {
  const { db } = store;
  const list = (make as (p: Record<string, string>) => Variant[])(await pick(db));
  const rows: string[][] = [];
  const profiled: { hits: number; bytes: number }[] = [];
  for (const v of list) {
    const session = db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE\n${v.cypher}`, v.params);
      profiled.push({ hits: result.summary.profile === false ? 0 : dbHits(result.summary.profile), bytes: jsonBytes(result.records.map((r) => r.toObject())) });
    } finally {
      await session.close();
    }
  }
  for (const v of list) for (let i = 0; i < Math.ceil(n / 5); i++) await db.read(v.cypher, v.params);
  const totals = list.map(() => ({ node: 0, jvm: 0 }));
  for (let round = 0; round < 4; round++) {
    for (const [k, v] of list.entries()) {
      const node0 = ownCpuMicros();
      const jvm0 = procCpuMicros(store.neo4j.pid);
      for (let i = 0; i < n / 4; i++) await db.read(v.cypher, v.params);
      const t = totals[k];
      if (t !== undefined) {
        t.node += ownCpuMicros() - node0;
        t.jvm += procCpuMicros(store.neo4j.pid) - jvm0;
      }
    }
  }
  for (const [k, v] of list.entries()) {
    const t = totals[k] ?? { node: 0, jvm: 0 };
    const p = profiled[k] ?? { hits: 0, bytes: 0 };
    rows.push([v.name, p.hits.toLocaleString('en'), (p.bytes / 1024).toFixed(1), Math.round(t.node / n).toLocaleString('en'), Math.round(t.jvm / n).toLocaleString('en')]);
  }
  const head = ['variant', 'db hits', 'KB', 'node µs/run', 'jvm µs/run'];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  for (const r of [head, ...rows]) console.log(`| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`);
  console.log(`${n} runs each, one at a time, 4 alternating rounds; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
} finally {
  await store.close();
}
