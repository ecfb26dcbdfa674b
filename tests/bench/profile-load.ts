/**
 * PROFILE of the loader's batch write: takes the bench store of `--nodes` (built first when
 * missing), makes the next `--batch` synthetic documents, lets src/ingest/load.ts loadDocuments
 * prepare its queries for them (captured through db.onQuery; the transaction is then failed on
 * purpose, so nothing is written), and runs each captured query again with PROFILE inside a
 * transaction that is rolled back. Prints per query its time, rows, db hits and its three
 * costliest operators. Asserts nothing; writes nothing.
 *
 *   npx tsx tests/bench/profile-load.ts [--nodes 10000] [--batch 10] [--dir <folder>] [--plans]
 */
import { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import type { ProfiledPlan } from 'neo4j-driver';
import { LOAD_BATCH } from '../../src/ingest/ingest-file.js';
import { loadDocuments } from '../../src/ingest/load.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_NODES, defaultStoreDir, municipalitiesFor, openStore, SEED } from './bench-store.js';
import { SyntheticCouncil } from './synthetic-council.js';

const opts = new Command()
  .option('--nodes <n>', 'the bench store size', String(DEFAULT_NODES))
  .option('--dir <folder>', 'the bench store folder')
  .option('--batch <n>', 'documents in the profiled batch', String(LOAD_BATCH))
  .option('--plans', 'print every operator of every plan')
  .parse()
  .opts<{ nodes: string; dir?: string; batch: string; plans?: boolean }>();
const nodes = Number(opts.nodes);
const store = await openStore({ nodes, dir: opts.dir ?? defaultStoreDir(nodes), logger: createLogger('warn') });

class Captured extends Error {}

function operators(plan: ProfiledPlan, out: { op: string; hits: number; rows: number }[] = []): typeof out {
  out.push({ op: plan.operatorType, hits: plan.dbHits, rows: plan.rows });
  for (const child of plan.children) operators(child, out);
  return out;
}

try {
  const { db, info } = store;
  const council = new SyntheticCouncil(municipalitiesFor(nodes), SEED);
  for (let i = 0; i < info.documents; i++) council.next(); // past the documents the store holds
  const docs = Array.from({ length: Number(opts.batch) }, () => council.next());
  const captured: { query: string; params: Record<string, unknown> }[] = [];
  const stop = db.onQuery((query, params) => {
    captured.push({ query, params });
    if (query.includes('UNWIND $edges')) throw new Captured('captured');
  });
  await loadDocuments(db, docs.map((d) => ({ doc: d.doc, textLength: d.text.length, content: { url: null, title: null, publishedAt: null, text: d.text } })));
  stop();
  // The batch's own queries: from the first until the first edge merge (the retries alone follow).
  const end = captured.findIndex((c) => c.query.includes('UNWIND $edges'));
  const batch = captured.slice(0, end + 1);
  const session = db.driver.session({ database: 'neo4j' });
  const tx = session.beginTransaction();
  console.log(`store: ${info.nodes.toLocaleString('en')} nodes; profiling one batch of ${docs.length} new documents (rolled back)\n`);
  let total = 0;
  try {
    for (const { query, params } of batch) {
      const name = /\$(\w+)/.exec(query.replace(/\/\/.*$/gm, ''))?.[1] ?? '?';
      const t = performance.now();
      const result = await tx.run(`PROFILE ${query}`, params);
      const ms = performance.now() - t;
      total += ms;
      const plan = result.summary.profile;
      if (plan === false) continue;
      const ops = operators(plan);
      const hits = ops.reduce((a, o) => a + o.hits, 0);
      const top = [...ops].sort((a, b) => b.hits - a.hits).slice(0, 3).map((o) => `${o.op} ${o.hits}`).join(', ');
      console.log(`$${name.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  ${String(hits).padStart(9)} db hits   top: ${top}`);
      if (opts.plans === true) for (const o of ops) console.log(`      ${o.op.padEnd(40)} rows ${String(o.rows).padStart(7)}  hits ${o.hits}`);
    }
    const c = performance.now();
    await tx.rollback();
    console.log(`\nqueries: ${total.toFixed(0)} ms for ${docs.length} documents (${(total / docs.length).toFixed(1)} ms per document); rollback ${(performance.now() - c).toFixed(0)} ms`);
  } finally {
    await session.close();
  }
} finally {
  await store.close();
}
