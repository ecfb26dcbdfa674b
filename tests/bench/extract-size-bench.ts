/**
 * Extraction time against file size (issue 8): inputs of 250 kB, 1 MB and 4 MB built by
 * concatenating the real corpus texts (tests/corpus/docs, in file order, repeated when the
 * corpus is smaller than the size; nothing invented), each extracted once by extractDocument in
 * a child process of its own, which prints its time and its peak memory (max RSS, and the heap
 * growth). Asserts nothing.
 *
 *   npx tsx tests/bench/extract-size-bench.ts [sizes in kB, default 250 1000 4000] [--timeout <s>, default 600]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assertCouncilDocument, extractDocument } from '../../src/ingest/extract-document.js';

const DOCS = join(import.meta.dirname, '..', 'corpus', 'docs');

/**
 * The corpus texts in file order, concatenated (blank lines between) until at least `bytes` UTF-8
 * bytes. A text that is refused as a council document when repeated (a page with a few lines
 * that read as code, which a concatenation would multiply past the limit) is left out.
 */
export function corpusText(bytes: number): string {
  const accepted = (t: string) => {
    try {
      assertCouncilDocument(`${t}\n\n${t}\n\n${t}`);
      return true;
    } catch {
      return false;
    }
  };
  const texts = readdirSync(DOCS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(DOCS, f), 'utf8')).filter(accepted);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    const t = `${texts[i] ?? ''}\n\n`;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('');
}

const args = process.argv.slice(2);
const child = args[0] === '--child';
if (child) {
  const kb = Number(args[1]);
  const text = corpusText(kb * 1000);
  const heap0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const doc = extractDocument({ text, fileName: `corpus-${kb}k.txt`, sha256: 'bench', municipality: 'GM0505' });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const mib = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(
    JSON.stringify({ kb, bytes: Buffer.byteLength(text), ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMiB: Number(mib(process.resourceUsage().maxRSS * 1024)), heapGrowthMiB: Number(mib(process.memoryUsage().heapUsed - heap0)), nodes: doc.nodes.length, edges: doc.edges.length }),
  );
} else {
  const timeoutAt = args.indexOf('--timeout');
  const timeout = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : 600;
  const sizes = args.filter((a, i) => i !== timeoutAt && i !== timeoutAt + 1).map(Number);
  console.log(`input (real corpus texts concatenated)   extraction (wall / CPU)   peak RSS   heap growth   facts   (load average ${loadavg()[0]?.toFixed(1)})`);
  let previous: { bytes: number; cpuMs: number } | null = null;
  for (const kb of sizes.length > 0 ? sizes : [250, 1000, 4000]) {
    try {
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(kb)], { encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 20 });
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { bytes: number; ms: number; cpuMs: number; maxRssMiB: number; heapGrowthMiB: number; nodes: number; edges: number };
      const growth = previous === null ? '' : `   (size x${(r.bytes / previous.bytes).toFixed(1)}, CPU time x${(r.cpuMs / Math.max(1, previous.cpuMs)).toFixed(1)})`;
      console.log(
        `${`${(r.bytes / 1000).toFixed(0)} kB`.padEnd(40)} ${`${(r.ms / 1000).toFixed(2)} s / ${(r.cpuMs / 1000).toFixed(2)} s`.padStart(23)} ${`${r.maxRssMiB} MiB`.padStart(10)} ${`${r.heapGrowthMiB} MiB`.padStart(13)} ${String(r.nodes + r.edges).padStart(7)}${growth}`,
      );
      previous = { bytes: r.bytes, cpuMs: r.cpuMs };
    } catch (error) {
      console.log(`${`${kb} kB`.padEnd(40)} did not finish within ${timeout} s (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      break;
    }
  }
}
