/**
 * Export memory benchmark (a script that prints figures; no assertions): N synthetic commitments
 * (EXPORT_BENCH_ROWS, default 1,000,000), each with a maker, an evidence passage and a source
 * with a URL, are written to a scratch embedded Neo4j; then the commitments export is streamed
 * as CSV and as NDJSON into a sink that counts bytes, while the process's RSS and heap are
 * sampled every 100 ms. Prints rows, time, rows/s and the peak memory of each run. Then the same
 * exports as a user runs them, `dist/export/cli.js` in a process of its own (`npm run build`
 * first), with its maximum resident set size as /usr/bin/time reports it: the in-process figures
 * also carry what writing the rows left in this process.
 *
 *   npx tsx tests/bench/export-bench.ts            # 1M rows
 *   EXPORT_BENCH_ROWS=100000 npx tsx tests/bench/export-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { int } from '../../src/db/values.js';
import { exportParams } from '../../src/export/export-kinds.js';
import { writeExport } from '../../src/export/export-format.js';
import { exportRows } from '../../src/export/export-rows.js';
import { createLogger } from '../../src/logger.js';
import { openSeededDatabase } from './seeded-database.js';

const ROWS = Number(process.env.EXPORT_BENCH_ROWS ?? 1_000_000);
const BATCH = 10_000;
const M = 'GM9993';

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const { db, uri, close } = await openSeededDatabase(logger, 'export-bench');

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

try {
  const started = Date.now();
  await db.write(
    `MERGE (s:Source {id: 'source:gm9993:bench-txt'})
     SET s.fileName = 'bench.txt', s.url = 'https://example.org/bench', s.municipality = $m, s.sha256 = '0', s.format = 'text', s.ingestedAt = datetime()
     MERGE (a:Entity:Person {id: 'person:gm9993:bench'}) SET a.name = 'Wethouder Bench', a.municipality = $m`,
    { m: M },
  );
  for (let from = 0; from < ROWS; from += BATCH) {
    await db.write(
      `MATCH (s:Source {id: 'source:gm9993:bench-txt'}), (a:Person {id: 'person:gm9993:bench'})
       UNWIND range($from, $to - 1) AS i
       CREATE (c:Entity:Commitment {id: 'commitment:gm9993:' + right('0000000' + toString(i), 8), municipality: $m, kind: 'explicit', status: 'open',
               text: 'De wethouder zegt toe de raad te informeren over onderwerp ' + i + '.', date: date('2024-01-01')})
       CREATE (p:Passage {id: 'passage:gm9993:bench-txt:' + i, start: i * 80, end: i * 80 + 70, quote: 'De wethouder zegt toe de raad te informeren over onderwerp ' + i + '.'})
       CREATE (a)-[:COMMITTED]->(c), (c)-[:EVIDENCED_BY]->(p), (p)-[:FROM_SOURCE]->(s)`,
      { m: M, from: int(from), to: int(Math.min(from + BATCH, ROWS)) },
    );
    if ((from + BATCH) % 100_000 === 0) console.log(`  ... ${(from + BATCH).toLocaleString('en')} written, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`wrote ${ROWS.toLocaleString('en')} commitments with evidence in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const format of ['csv', 'ndjson'] as const) {
    global.gc?.();
    let peakRss = 0;
    let peakHeap = 0;
    const sample = (): void => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    sample();
    const baseline = process.memoryUsage().rss;
    const timer = setInterval(sample, 100);
    let bytes = 0;
    let lines = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines++;
        done();
      },
    });
    const t0 = Date.now();
    await writeExport(exportRows(db, 'commitments', exportParams('commitments', { municipality: M })), 'commitments', format, sink);
    clearInterval(timer);
    sample();
    const s = (Date.now() - t0) / 1000;
    console.log(
      `${format.padEnd(6)} ${ROWS.toLocaleString('en')} rows (${lines.toLocaleString('en')} lines, ${mb(bytes)}) in ${s.toFixed(1)} s = ${Math.round(ROWS / s).toLocaleString('en')} rows/s; ` +
        `RSS at start ${mb(baseline)}, peak ${mb(peakRss)}; peak heap ${mb(peakHeap)}`,
    );
  }

  for (const format of ['csv', 'ndjson'] as const) {
    const t0 = Date.now();
    // GNU time prints the child's peak RSS in KiB (%M) on stderr; the export goes to /dev/null.
    const child = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, 'dist/export/cli.js', 'commitments', '--format', format, '--municipality', M, '--out', '/dev/null'], {
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`the export CLI failed: ${child.stderr}`);
    const kib = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN);
    const s = (Date.now() - t0) / 1000;
    console.log(`${format.padEnd(6)} npm run export (its own process): ${ROWS.toLocaleString('en')} rows in ${s.toFixed(1)} s; peak RSS ${mb(kib * 1024)}`);
  }
} finally {
  await close();
}
