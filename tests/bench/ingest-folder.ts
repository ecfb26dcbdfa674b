/**
 * `npm run bench:ingest`: what a user's first `npm run ingest` of a folder of real documents costs.
 * Starts an embedded Neo4j on a fresh temporary store (a cold JVM, as a first ingest meets), runs
 * the compiled ingest command (`dist/ingest/cli.js`, a process of its own, against that Neo4j
 * through NEO4J_URI) over the first N real corpus files, and prints its summary's time: the cold
 * figure. Then it empties the store (the JVM stays up) and runs the same command again: the warm
 * figure. Repeats that RUNS times, each on a new JVM and store. Asserts nothing.
 *
 *   npm run bench:ingest -- [--files 100] [--runs 2] [--repo <checkout>] [--queries]
 *
 * `--queries` runs the ingest in this process instead (ingestFiles, as the command does) and
 * prints, for the cold and the warm pass, the time spent in each Cypher statement (by its first
 * line) and what is left for reading, extraction and the driver.
 *
 * `--repo` runs another checkout's compiled command (its dist/ must be built) against a Neo4j
 * started from this one, to compare an older commit on the same database and machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { ingestFiles } from '../../src/ingest/ingest-file.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { createLogger } from '../../src/logger.js';

const ROOT = join(import.meta.dirname, '..', '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const FILES = Number(arg('files', '100'));
const RUNS = Number(arg('runs', '2'));
const REPO = resolve(arg('repo', ROOT));
const QUERIES = process.argv.includes('--queries');
const CORPUS = join(ROOT, 'tests', 'corpus', 'docs');

interface CliRun {
  readonly seconds: number | null;
  readonly wallSeconds: number;
  readonly summary: string;
}

/** The ingest command as a user runs it; `seconds` is its own summary's "file(s) in X s". */
function runIngest(uri: string, files: readonly string[]): Promise<CliRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--enable-source-maps', join(REPO, 'dist', 'ingest', 'cli.js'), '--no-progress', ...files], {
      cwd: REPO,
      env: { ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('exit', () => {
      const line = stderr.split('\n').find((l) => /file\(s\) in [\d.]+ s/.test(l)) ?? '';
      const seconds = /file\(s\) in ([\d.]+) s/.exec(line)?.[1];
      done({ seconds: seconds === undefined ? null : Number(seconds), wallSeconds: (performance.now() - t0) / 1000, summary: line.trim() || stderr.trim().slice(-400) });
    });
  });
}

/** The ingest in this process, with the time of each statement; `seconds` as the command's summary counts it. */
async function runInProcess(db: Database, files: readonly string[]): Promise<CliRun> {
  const byQuery = new Map<string, { ms: number; count: number }>();
  const name = (q: string) => q.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('//'))?.slice(0, 60) ?? '?';
  const stop = db.onQueryTiming((query, ms) => {
    const e = byQuery.get(name(query)) ?? { ms: 0, count: 0 };
    byQuery.set(name(query), { ms: e.ms + ms, count: e.count + 1 });
  });
  const t0 = performance.now();
  const outcomes = await ingestFiles(db, files, {});
  const total = performance.now() - t0;
  stop();
  const inDb = [...byQuery.values()].reduce((a, e) => a + e.ms, 0);
  const lines = [...byQuery].sort((a, b) => b[1].ms - a[1].ms).map(([q, e]) => `    ${(e.ms / 1000).toFixed(2).padStart(7)} s  ${String(e.count).padStart(4)}x  ${q}`);
  const loaded = outcomes.filter((o) => o.ok).length;
  return {
    seconds: total / 1000,
    wallSeconds: total / 1000,
    summary: `${files.length} file(s) in ${(total / 1000).toFixed(1)} s, ${loaded} loaded; statements ${(inDb / 1000).toFixed(2)} s, the rest ${((total - inDb) / 1000).toFixed(2)} s\n${lines.join('\n')}`,
  };
}

async function emptyStore(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write<{ deleted: unknown }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, FILES).map((f) => join(CORPUS, f));
  const cold: number[] = [];
  const warm: number[] = [];
  console.log(`${files.length} files of tests/corpus/docs, the ingest command of ${REPO === ROOT ? 'this checkout' : REPO}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  for (let run = 1; run <= RUNS; run++) {
    const root = mkdtempSync(join(tmpdir(), 'raadsgraaf-ingest-folder-'));
    const neo4j = await startEmbeddedNeo4j({ dataDir: join(root, 'neo4j'), port: 0, heap: '512m', pagecache: '128m', txTimeoutMs: 120_000, startTimeoutMs: 150_000, logger, maxRestarts: 0 });
    const db = Database.create({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 120_000, connectTimeoutMs: 20_000 });
    try {
      await db.verify();
      if (QUERIES) await applySchema(db);
      const first = QUERIES ? await runInProcess(db, files) : await runIngest(neo4j.uri, files);
      if (first.seconds !== null) cold.push(first.seconds);
      console.log(`run ${run} cold JVM, fresh store: ${first.summary}  (process ${first.wallSeconds.toFixed(1)} s)`);
      await emptyStore(db);
      const second = QUERIES ? await runInProcess(db, files) : await runIngest(neo4j.uri, files);
      if (second.seconds !== null) warm.push(second.seconds);
      console.log(`run ${run} warm JVM, emptied store: ${second.summary}  (process ${second.wallSeconds.toFixed(1)} s)`);
    } finally {
      await db.close();
      await neo4j.stop();
      rmSync(root, { recursive: true, force: true });
    }
  }
  const list = (xs: readonly number[]) => xs.map((x) => `${x.toFixed(1)} s`).join(', ');
  console.log(`\ncold: ${list(cold)}\nwarm: ${list(warm)}\nload average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

await main();
