/**
 * `npm run bench:data -- --nodes 1000000`: builds the synthetic council graph
 * (tests/bench/synthetic-council.ts) through the real loader into a kept embedded-Neo4j folder,
 * which `npm run bench:compare -- --nodes <same>` then measures on. Prints the load's documents/s
 * and nodes/s, what the graph holds, and the store's and transaction logs' sizes on disk.
 *
 *   --nodes <n>        how many nodes at least (default 10000)
 *   --dir <folder>     where (default $TMPDIR/raadsgraaf-bench-<n>, or under BENCH_STORE_ROOT)
 *   --batch <n>        documents per transaction (default LOAD_BATCH, as `npm run ingest`)
 *   --heap, --pagecache  the embedded Neo4j's memory (default 1g, 512m)
 */
import { Command } from 'commander';
import { createLogger } from '../../src/logger.js';
import { buildStore, DEFAULT_NODES, defaultStoreDir, storeSizes } from './bench-store.js';

const program = new Command()
  .option('--nodes <n>', 'how many nodes at least', String(DEFAULT_NODES))
  .option('--dir <folder>', 'where the store goes')
  .option('--batch <n>', 'documents per transaction')
  .option('--heap <size>', 'the embedded Neo4j heap', '1g')
  .option('--pagecache <size>', 'the embedded Neo4j page cache', '512m')
  .parse();
const opts = program.opts<{ nodes: string; dir?: string; batch?: string; heap: string; pagecache: string }>();
const nodes = Number(opts.nodes);
if (!Number.isInteger(nodes) || nodes < 1000) throw new Error('--nodes must be a whole number of at least 1000');
const dir = opts.dir ?? defaultStoreDir(nodes);
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

console.log(`building ${nodes.toLocaleString('en')} nodes in ${dir}`);
const store = await buildStore({
  nodes,
  dir,
  ...(opts.batch === undefined ? {} : { batch: Number(opts.batch) }),
  heap: opts.heap,
  pagecache: opts.pagecache,
  logger: createLogger('warn'),
  progress: (documents, written, seconds) =>
    console.log(`  ${documents} documents, ~${written.toLocaleString('en')} nodes, ${seconds.toFixed(0)} s, ${(documents / seconds).toFixed(1)} documents/s`),
});
try {
  const { info } = store;
  console.log('');
  console.log(`municipalities: ${info.municipalities}, documents: ${info.documents.toLocaleString('en')} (${info.batch} per transaction)`);
  console.log(`graph: ${info.nodes.toLocaleString('en')} nodes, ${info.relationships.toLocaleString('en')} relationships`);
  console.log(
    `load: ${info.seconds} s, ${(info.documents / info.seconds).toFixed(1)} documents/s, ${(info.nodes / info.seconds).toFixed(0)} nodes/s, ${((info.nodes + info.relationships) / info.seconds).toFixed(0)} nodes+relationships/s`,
  );
} finally {
  await store.close();
}
// Sizes after a clean stop (its checkpoint prunes the transaction logs to the retention policy).
const sizes = storeSizes(dir);
console.log(`on disk after stop: store ${mib(sizes.store)}, transaction logs ${mib(sizes.txLogs)}`);
