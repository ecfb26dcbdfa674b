/**
 * Change feed benchmark (a script that prints figures; no assertions): N synthetic feed entries
 * (CHANGE_BENCH_ENTRIES, default 1,000,000), 1,000 per moment a millisecond apart as ingest
 * transactions write them, are added to a scratch embedded Neo4j with the seeds; then a page of
 * 100 is read through the store (cypher/change/page.cypher) from a `since` at the start, in the
 * middle and near the end of the feed, after a cursor deep in it, and `totalCount` is asked.
 * Prints p50/p95 per read: flat from 10k to 1M entries when the indexes are used.
 *
 *   npx tsx tests/bench/change-feed-bench.ts
 *   CHANGE_BENCH_ENTRIES=100000 npx tsx tests/bench/change-feed-bench.ts
 */
import { changeCount, changePage } from '../../src/change/change-store.js';
import { int } from '../../src/db/values.js';
import { createLogger } from '../../src/logger.js';
import { openSeededDatabase } from './seeded-database.js';
import { time } from './timing.js';

const ENTRIES = Number(process.env.CHANGE_BENCH_ENTRIES ?? 1_000_000);
const BATCH = 10_000;
const PER_MOMENT = 1_000;
const T0 = Date.parse('2030-01-01T00:00:00Z');

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const { db, close } = await openSeededDatabase(logger, 'change-feed-bench');
const moment = (i: number): string => new Date(T0 + Math.floor(i / PER_MOMENT)).toISOString();

try {
  const [feed] = await db.read<{ seq: number }>("OPTIONAL MATCH (f:ChangeFeed {id: 'changes'}) RETURN coalesce(f.seq, 0) AS seq");
  const base = feed?.seq ?? 0;
  const started = Date.now();
  for (let from = 0; from < ENTRIES; from += BATCH) {
    await db.write(
      `UNWIND range($from, $to - 1) AS i
       CREATE (:Change {seq: $base + i + 1, at: datetime($t0) + duration({milliseconds: i / $perMoment}), op: 'ADDED', target: 'NODE', kind: 'Commitment',
                        entityId: 'commitment:gm9989:' + i, originKind: 'INGEST', sourceId: 'source:gm9989:bench-txt', digest: 'x'})`,
      { from: int(from), to: int(Math.min(from + BATCH, ENTRIES)), base: int(base), t0: new Date(T0).toISOString(), perMoment: int(PER_MOMENT) },
    );
  }
  await db.write("MERGE (f:ChangeFeed {id: 'changes'}) SET f.seq = $seq, f.at = datetime($at)", { seq: int(base + ENTRIES), at: moment(ENTRIES - 1) });
  console.log(`wrote ${ENTRIES.toLocaleString('en')} feed entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const reads: [string, () => Promise<unknown>][] = [
    ['page of 100 from the first entry', () => changePage(db, moment(0), 0, 101)],
    ['page of 100 from the middle (since)', () => changePage(db, moment(ENTRIES / 2), 0, 101)],
    ['page of 100 near the end (since)', () => changePage(db, moment(ENTRIES - 500), 0, 101)],
    ['page of 100 after a cursor in the middle', () => changePage(db, moment(0), base + ENTRIES / 2, 101)],
    ['totalCount from the first entry', () => changeCount(db, moment(0))],
  ];
  for (const [name, read] of reads) {
    const { p50, p95 } = await time(async () => void (await read()), 50, 5);
    console.log(`${name.padEnd(44)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`);
  }
} finally {
  await close();
}
