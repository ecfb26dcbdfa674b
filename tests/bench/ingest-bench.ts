/**
 * Ingestion throughput: a generated corpus of council documents (the fixtures and seeds, varied
 * programmatically so their facts differ: dossier numbers, years and days, surnames,
 * municipalities) ingested one file after another into an embedded Neo4j on a temporary folder,
 * through ingestFile (read, extract, load: one transaction per document). Prints files/s,
 * facts/s, extraction-only time against load time, what the database holds afterwards and the
 * time of a second pass over the unchanged files. Asserts nothing.
 *
 *   npx tsx tests/bench/ingest-bench.ts [documents=500]
 *   INGEST_BENCH_MODE=single npx tsx tests/bench/ingest-bench.ts   (one transaction per document, as before batching)
 *   INGEST_BENCH_BATCH=50 npx tsx tests/bench/ingest-bench.ts       (documents per transaction; default LOAD_BATCH)
 *
 * Also prints, for the first pass, the time spent in each Cypher statement (by its first line
 * that is not a comment), so the database's share is seen beside extraction's.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { extractDocument } from '../../src/ingest/extract-document.js';
import { ingestFile, ingestFiles, LOAD_BATCH, type FileOutcome } from '../../src/ingest/ingest-file.js';
import { municipalityByCode } from '../../src/ingest/municipalities.js';
import { createLogger } from '../../src/logger.js';
import { FIXTURES, type Expected } from '../quality/expectations.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TARGET = Number(process.argv[2] ?? 500);
const CODES = ['GM0505', 'GM0363', 'GM0599', 'GM0344', 'GM0772', 'GM0014', 'GM0034', 'GM0758', 'GM0268', 'GM0642', 'GM0590', 'GM0546', 'GM0392', 'GM0200'];
const SURNAMES = ['Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra', 'Kok', 'Koster', 'Prins', 'Huisman', 'Kuiper', 'Postma', 'Willems'];
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

interface Base { readonly name: string; readonly text: string; readonly municipality: string; readonly surnames: readonly string[] }

function bases(): Base[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).sort().map((f) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Expected;
    const name = f.replace(/\.expected\.json$/, '');
    const text = readFileSync(expected.source ? join(ROOT, expected.source) : join(FIXTURES, `${name}.txt`), 'utf8');
    const doc = extractDocument({ text, fileName: `${name}.txt`, sha256: 'base', municipality: expected.municipality });
    const surnames = doc.nodes.filter((n) => n.label === 'Person').map((n) => String(n.props.surname ?? '').split(' ').pop() ?? '').filter((s) => /^[A-Z][a-z]{2,}$/.test(s));
    return { name, text, municipality: expected.municipality, surnames: [...new Set(surnames)] };
  });
}

/** Variant k of a document: other numbers, years, days, surnames and municipality, so that its facts (ids) differ. */
function vary(base: Base, k: number): { text: string; municipality: string } {
  const code = CODES[(k + base.name.length) % CODES.length] ?? 'GM0505';
  const from = municipalityByCode(base.municipality)?.name ?? '';
  const to = municipalityByCode(code)?.name ?? from;
  const shift = k % 6;
  let t = base.text
    .replace(/\b\d{7}\b/g, (n) => String(1_000_000 + ((Number(n) + k * 7919) % 8_999_999)))
    .replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + shift))
    .replace(new RegExp(`\\b(\\d{1,2})(\\s+(?:${MONTHS}))`, 'g'), (_m, d: string, rest: string) => `${((Number(d) + k) % 28) + 1}${rest}`);
  base.surnames.forEach((s, i) => {
    t = t.replace(new RegExp(`\\b${s}\\b`, 'g'), SURNAMES[(i + k) % SURNAMES.length] ?? s);
  });
  if (from !== '' && to !== from) t = t.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  return { text: t, municipality: code };
}

/** CPU seconds a process has used so far (user + system, from /proc; Linux only, else NaN). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const BATCH = Number(process.env.INGEST_BENCH_BATCH ?? LOAD_BATCH);

const count = (outcomes: readonly FileOutcome[], f: (o: Extract<FileOutcome, { ok: true }>) => number) => outcomes.reduce((a, o) => a + (o.ok ? f(o) : 0), 0);

/** One file after another (ingestFile: one transaction per document). */
async function ingestAll(db: Database | null, files: readonly { path: string; municipality: string }[]): Promise<{ ms: number; outcomes: FileOutcome[] }> {
  const outcomes: FileOutcome[] = [];
  const t0 = performance.now();
  for (const f of files) outcomes.push(await ingestFile(db, f.path, { municipality: f.municipality, dryRun: db === null }));
  return { ms: performance.now() - t0, outcomes };
}

/** As `npm run ingest` loads: ingestFiles, LOAD_BATCH documents per transaction (one municipality per call, as the CLI's --municipality). */
async function ingestBatched(db: Database, files: readonly { path: string; municipality: string }[]): Promise<{ ms: number; outcomes: FileOutcome[] }> {
  const t0 = performance.now();
  const byCode = new Map<string, string[]>();
  for (const f of files) byCode.set(f.municipality, [...(byCode.get(f.municipality) ?? []), f.path]);
  const outcomes: FileOutcome[] = [];
  for (const [municipality, paths] of byCode) outcomes.push(...(await ingestFiles(db, paths, { municipality }, () => {}, BATCH)));
  return { ms: performance.now() - t0, outcomes };
}

/** A statement's first line that is neither a comment nor a `CYPHER` option. */
const statementName = (query: string): string =>
  query.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('//') && !l.trim().startsWith('CYPHER '))?.trim().slice(0, 60) ?? '?';

/**
 * What Neo4j's query collector (db.stats) saw during the first pass, per statement: how often it
 * ran, with how many plans, how often it was compiled (parse + plan: a compile time over 10 ms; a
 * plan-cache hit costs about 1 ms) and the time spent compiling against executing.
 */
async function queryCompiles(db: Database): Promise<string[]> {
  await db.read("CALL db.stats.stop('QUERIES') YIELD section RETURN section");
  const rows = await db.read<{ data: Record<string, unknown> }>("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  const byName = new Map<string, { runs: number; plans: number; compiled: number; compileUs: number; executeUs: number; reach: Set<string> }>();
  /** How a plan reaches relationships (Expand(Into), Expand(All), relationship scans). */
  const reach = (plan: unknown, out: Set<string>): Set<string> => {
    if (typeof plan !== 'object' || plan === null) return out;
    const p = plan as Record<string, unknown>;
    if (typeof p.operator === 'string' && /Expand|Relationship/.test(p.operator)) out.add(p.operator);
    reach(p.lhs, out);
    reach(p.rhs, out);
    return out;
  };
  for (const { data } of rows) {
    const query = typeof data.query === 'string' ? data.query : '?';
    const name = statementName(query);
    if (/^(CREATE|SHOW|RETURN 1|CALL db\.)/.test(name)) continue;
    const t = byName.get(name) ?? { runs: 0, plans: 0, compiled: 0, compileUs: 0, executeUs: 0, reach: new Set<string>() };
    t.plans++;
    reach(data.queryExecutionPlan, t.reach);
    for (const inv of Array.isArray(data.invocations) ? (data.invocations as unknown[]) : []) {
      if (typeof inv !== 'object' || inv === null) continue;
      const c = Number((inv as Record<string, unknown>).elapsedCompileTimeInUs ?? 0);
      t.runs++;
      t.compileUs += c;
      t.executeUs += Number((inv as Record<string, unknown>).elapsedExecutionTimeInUs ?? 0);
      if (c > 10_000) t.compiled++;
    }
    byName.set(name, t);
  }
  return [...byName.entries()]
    .sort((a, b) => b[1].compileUs - a[1].compileUs)
    .map(([name, t]) => `   compiled ${String(t.compiled).padStart(4)} of ${String(t.runs).padStart(4)} runs, ${t.plans} plan(s), ${(t.compileUs / 1e6).toFixed(2)} s compiling, ${(t.executeUs / 1e6).toFixed(2)} s executing${t.reach.size === 0 ? '' : ` (${[...t.reach].sort().join(', ')})`}: ${name}`);
}

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const root = mkdtempSync(join(tmpdir(), 'raadsgraaf-ingest-bench-'));
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  const docs = bases();
  const files: { path: string; municipality: string }[] = [];
  for (let k = 0; files.length < TARGET; k++) {
    for (const b of docs) {
      if (files.length >= TARGET) break;
      const v = vary(b, k);
      const path = join(corpus, `${b.name}-v${String(k).padStart(3, '0')}.txt`);
      writeFileSync(path, v.text);
      files.push({ path, municipality: v.municipality });
    }
  }
  const BATCHED = process.env.INGEST_BENCH_MODE !== 'single';
  const neo4j = await startEmbeddedNeo4j({ dataDir: join(root, 'neo4j'), port: 0, heap: '1g', pagecache: '256m', txTimeoutMs: 60_000, startTimeoutMs: 150_000, logger });
  const db = Database.create({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 60_000, connectTimeoutMs: 20_000 });
  try {
    await db.verify();
    await applySchema(db);
    await ingestAll(null, files.slice(0, 20)); // warm up the extractor's code paths
    const extractOnly = await ingestAll(null, files);
    const statements = new Map<string, { ms: number; runs: number }>();
    const stopTiming = db.onQueryTiming((query, ms) => {
      const name = statementName(query);
      const t = statements.get(name) ?? { ms: 0, runs: 0 };
      statements.set(name, { ms: t.ms + ms, runs: t.runs + 1 });
    });
    const QUERY_STATS = process.env.INGEST_BENCH_QUERY_STATS === '1';
    if (QUERY_STATS) await db.read("CALL db.stats.collect('QUERIES', {durationSeconds: 3600}) YIELD section RETURN section");
    const cpu0 = { node: process.cpuUsage(), jvm: cpuSeconds(neo4j.pid) };
    const first = BATCHED ? await ingestBatched(db, files) : await ingestAll(db, files);
    const cpu = { node: process.cpuUsage(cpu0.node), jvm: cpuSeconds(neo4j.pid) - cpu0.jvm };
    stopTiming();
    const compiles = QUERY_STATS ? await queryCompiles(db) : [];
    const second = BATCHED ? await ingestBatched(db, files) : await ingestAll(db, files);
    const failed = first.outcomes.filter((o) => !o.ok);
    const facts = count(first.outcomes, (o) => o.document.nodes.length + o.document.edges.length);
    const passages = count(first.outcomes, (o) => o.load?.passages ?? 0);
    const [totals] = await db.read<{ nodes: unknown; relationships: unknown }>('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    const unchanged = second.outcomes.filter((o) => o.ok && o.load?.status === 'unchanged').length;
    const ok = files.length - failed.length;
    const s = (ms: number) => (ms / 1000).toFixed(2);
    console.log(`corpus: ${files.length} documents from ${docs.length} bases (${CODES.length} municipalities), ${ok} ingested, ${failed.length} refused`);
    for (const f of failed.slice(0, 5)) if (!f.ok) console.log(`   refused: ${f.error}`);
    console.log(`facts extracted: ${facts} (nodes + relationships; ${(facts / ok).toFixed(1)} per document), passages written: ${passages}`);
    console.log('');
    console.log(`read + extract only (dry run):  ${s(extractOnly.ms)} s   ${(files.length / (extractOnly.ms / 1000)).toFixed(1)} files/s   ${(facts / (extractOnly.ms / 1000)).toFixed(0)} facts/s`);
    console.log(`first pass (read+extract+load): ${s(first.ms)} s   ${(files.length / (first.ms / 1000)).toFixed(1)} files/s   ${(facts / (first.ms / 1000)).toFixed(0)} facts/s`);
    console.log(`   of which load (first - dry): ${s(first.ms - extractOnly.ms)} s   ${(((first.ms - extractOnly.ms) / first.ms) * 100).toFixed(0)}% of the first pass, ${((first.ms - extractOnly.ms) / ok).toFixed(1)} ms per document`);
    const nodeCpu = (cpu.node.user + cpu.node.system) / 1e6;
    console.log(
      `   CPU of the first pass: this process ${nodeCpu.toFixed(1)} s, Neo4j's JVM ${cpu.jvm.toFixed(1)} s; per document ${((nodeCpu * 1000) / ok).toFixed(0)} ms and ${((cpu.jvm * 1000) / ok).toFixed(0)} ms (on an idle 2-core machine the pass would take about their larger share)`,
    );
    for (const [name, t] of [...statements.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) {
      console.log(`   ${s(t.ms).padStart(8)} s in ${String(t.runs).padStart(4)} runs of: ${name}`);
    }
    for (const c of compiles) console.log(c);
    console.log(`second pass (all unchanged):    ${s(second.ms)} s   ${(files.length / (second.ms / 1000)).toFixed(1)} files/s   (${unchanged} reported unchanged)`);
    console.log('');
    console.log(`database: ${String(totals?.nodes)} nodes, ${String(totals?.relationships)} relationships (facts, passages, sources and their links)`);
    console.log(
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${BATCHED ? `ingestFiles, ${BATCH} documents per transaction (INGEST_BENCH_MODE=single: one transaction per document)` : 'one file after another, one transaction per document'}; embedded Neo4j 5 (heap 1g, page cache 256m) on a temporary folder.`,
    );
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
