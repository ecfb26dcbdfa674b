/**
 * Whether the statements of bench:compare's mix are compiled again while they run (the plan cache
 * missed, or a plan was re-planned): opens the bench store, answers each query of the mix (not
 * search and paths) once, then `--runs` times under Neo4j's query collector (db.stats), and prints
 * per statement its runs, the median and largest compile time and how many runs compiled for more
 * than 10 ms (a plan-cache hit costs about 1.5 ms). On a loaded machine a hit that waited for a
 * CPU is not told apart from a compilation by time alone.
 *
 *   npx tsx tests/bench/plan-cache.ts [--runs 100]
 */
import { Command } from 'commander';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { DEFAULT_NODES, defaultStoreDir, openStore } from './bench-store.js';
import { cases, pick } from './compare-mix.js';

const runs = Number(new Command().option('--runs <n>', 'runs of each query', '100').parse().opts<{ runs: string }>().runs);
const store = await openStore({ nodes: DEFAULT_NODES, dir: defaultStoreDir(DEFAULT_NODES), logger: createLogger('warn') });
const { db } = store;
const logger = createLogger('warn');
const server = createServer({ db, logger });
await server.start();
try {
  const picked = await pick(db);
  const mix = cases(picked, { ours: null, peer: null, lastId: '', offset: 0 }).filter((c) => !c.name.includes('search') && !c.name.includes('paths'));
  for (const c of mix) await server.executeOperation({ query: c.ours.query, variables: c.ours.variables }, { contextValue: createContext(db, logger) });
  await db.read("CALL db.stats.clear('QUERIES') YIELD section RETURN section");
  await db.read("CALL db.stats.collect('QUERIES', {durationSeconds: 3600}) YIELD section RETURN section");
  for (let i = 0; i < runs; i++) for (const c of mix) await server.executeOperation({ query: c.ours.query, variables: c.ours.variables }, { contextValue: createContext(db, logger) });
  await db.read("CALL db.stats.stop('QUERIES') YIELD section RETURN section");
  const rows = await db.read<{ data: Record<string, unknown> }>("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  for (const { data } of rows) {
    const q = typeof data.query === 'string' ? data.query : '?';
    const inv = (Array.isArray(data.invocations) ? data.invocations : []) as Record<string, unknown>[];
    if (q.startsWith('CALL db.stats') || inv.length < runs) continue;
    const comp = inv.map((x) => Number(x.elapsedCompileTimeInUs ?? 0)).sort((a, b) => a - b);
    const exec = inv.map((x) => Number(x.elapsedExecutionTimeInUs ?? 0)).sort((a, b) => a - b);
    const med = (a: number[]) => a[Math.floor(a.length / 2)] ?? 0;
    console.log(`${inv.length} runs; compile µs median ${med(comp)}, max ${comp.at(-1) ?? 0}, >10ms ${comp.filter((x) => x > 10_000).length}; execute µs median ${med(exec)} :: ${q.replace(/\s+/g, ' ').slice(0, 90)}`);
  }
} finally {
  await server.stop();
  await store.close();
}
