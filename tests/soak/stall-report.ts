/**
 * `npm run soak -- --trace-stalls`: lines the abusive client's refusals up with the server's
 * stall trace (src/http/stall-trace.ts: per request the times it was accepted, read, checked and
 * answered; V8's GC pauses; the main thread's stalls with the kernel's CPU and run-queue time).
 *
 * For each slow refusal it prints where the time went: before the server's JavaScript saw the
 * connection (accept), in the server (read -> checked -> answered), after the answer left (the
 * client's side), and which GC pauses and stalls overlap it. Also usable alone on saved files:
 *
 *   npx tsx tests/soak/stall-report.ts <trace.jsonl> <abuser.jsonl> [slow ms, default 50]
 */
import { readFileSync } from 'node:fs';

export interface AbuserLine {
  readonly kind: string;
  readonly id?: string;
  readonly sent?: number;
  readonly at: number;
  readonly ms: number;
}

interface ReqLine { t: 'req'; id: string | null; status: number; bytes: number; conn?: number; req: number; body?: number; checked?: number; end?: number; finish: number }
interface GcLine { t: 'gc'; at: number; ms: number; kind: string }
interface StallLine { t: 'stall'; at: number; ms: number; cpuMs: number | null; waitMs: number | null }
type TraceLine = ReqLine | GcLine | StallLine;

export function readTrace(file: string): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (text.trim() === '') continue;
    try {
      lines.push(JSON.parse(text) as TraceLine);
    } catch {
      // the last line of a trace cut off by the stop
    }
  }
  return lines;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const f = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(0));

/** The report's lines. `from`/`to` bound the run (epoch ms); `slowMs` picks the refusals shown one by one. */
export function stallReport(trace: TraceLine[], abusive: readonly AbuserLine[], from: number, to: number, slowMs = 50): string[] {
  const out: string[] = [];
  const gcs = trace.filter((l): l is GcLine => l.t === 'gc' && l.at >= from && l.at <= to);
  const stalls = trace.filter((l): l is StallLine => l.t === 'stall' && l.at >= from && l.at <= to);
  const reqs = new Map(trace.filter((l): l is ReqLine => l.t === 'req' && l.id !== null).map((l) => [l.id, l]));
  const seconds = (to - from) / 1000;

  out.push(`stall trace (server main thread, ${seconds.toFixed(0)} s of load)`);
  for (const kind of [...new Set(gcs.map((g) => g.kind))]) {
    const these = gcs.filter((g) => g.kind === kind).map((g) => g.ms);
    out.push(`  GC ${kind.padEnd(12)} ${String(these.length).padStart(5)} pauses, sum ${these.reduce((s, x) => s + x, 0).toFixed(0)} ms, max ${Math.max(...these).toFixed(1)} ms, over 20 ms: ${these.filter((x) => x > 20).length}`);
  }
  const stallSum = stalls.reduce((s, x) => s + x.ms, 0);
  const cpu = stalls.reduce((s, x) => s + (x.cpuMs ?? 0), 0);
  const wait = stalls.reduce((s, x) => s + (x.waitMs ?? 0), 0);
  const gcInStalls = stalls.reduce((s, x) => s + gcs.reduce((g, y) => g + overlap(x.at, x.at + x.ms + 10, y.at, y.at + y.ms), 0), 0);
  out.push(`  stalls over 20 ms         ${stalls.length}, sum ${stallSum.toFixed(0)} ms, max ${f(Math.max(0, ...stalls.map((s) => s.ms)))} ms; of their time: on a CPU ${cpu.toFixed(0)} ms (GC ${gcInStalls.toFixed(0)} ms), runnable but waiting for a CPU ${wait.toFixed(0)} ms`);
  const worst = [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 8);
  for (const s of worst) {
    const gc = gcs.filter((g) => overlap(s.at, s.at + s.ms + 10, g.at, g.at + g.ms) > 0);
    // what ran in the stall: the responses flushed right after it ended, with their sizes
    const after = [...reqs.values()].filter((r) => (r.end ?? r.finish) >= s.at + s.ms && (r.end ?? r.finish) <= s.at + s.ms + 15);
    const big = after.filter((r) => r.status === 200).map((r) => r.bytes).sort((a, b) => b - a).slice(0, 3);
    out.push(`    stall at ${((s.at - from) / 1000).toFixed(2).padStart(6)} s  ${f(s.ms).padStart(4)} ms: cpu ${f(s.cpuMs)}, run-queue wait ${f(s.waitMs)}, GC ${gc.map((g) => `${g.kind} ${g.ms.toFixed(0)}`).join(' + ') || 'none'}; then ${after.length} responses written${big.length ? ` (largest 200s ${big.map((b) => `${(b / 1000).toFixed(0)} kB`).join(', ')})` : ''}`);
  }

  const traced = abusive.filter((a) => a.id !== undefined && a.sent !== undefined && Number.isFinite(a.ms));
  const slow = traced.filter((a) => a.ms > slowMs).sort((a, b) => (a.sent ?? 0) - (b.sent ?? 0));
  out.push(`  refusals over ${slowMs} ms: ${slow.length} of ${traced.length}; ms: client total = until the server's JavaScript accepted it + read (headers, body) + checked + answered + back to the client`);
  let stalledShare = 0;
  for (const a of slow) {
    const r = reqs.get(a.id ?? '');
    const sent = a.sent ?? 0;
    const got = sent + a.ms;
    const gc = gcs.reduce((s, g) => s + overlap(sent, got, g.at, g.at + g.ms), 0);
    const inStalls = stalls.filter((s) => overlap(sent, got, s.at, s.at + s.ms + 10) > 0);
    const stalled = inStalls.reduce((s, x) => s + overlap(sent, got, x.at, x.at + x.ms + 10), 0);
    stalledShare += Math.min(1, stalled / a.ms);
    const phases = r === undefined ? 'not in the trace' : `${f((r.conn ?? r.req) - sent)} + ${f(r.req - (r.conn ?? r.req))} + ${f((r.body ?? r.req) - r.req)} + ${f((r.checked ?? r.body ?? r.req) - (r.body ?? r.req))} + ${f((r.end ?? r.finish) - (r.checked ?? r.body ?? r.req))} + ${f(got - (r.end ?? r.finish))}`;
    out.push(`    ${a.kind.padEnd(8)} at ${((sent - from) / 1000).toFixed(2).padStart(6)} s  ${f(a.ms).padStart(4)} ms = ${phases}; stalled ${f(stalled)} ms (cpu ${f(inStalls.reduce((s, x) => s + (x.cpuMs ?? 0), 0))}, run-queue wait ${f(inStalls.reduce((s, x) => s + (x.waitMs ?? 0), 0))}), GC ${f(gc)} ms`);
  }
  if (slow.length > 0) out.push(`  share of the slow refusals' time the server's main thread was stalled: ${((100 * stalledShare) / slow.length).toFixed(0)} %`);
  return out;
}

if (process.argv[1]?.endsWith('stall-report.ts')) {
  const [traceFile, abuserFile, slowText] = process.argv.slice(2);
  if (traceFile === undefined || abuserFile === undefined) throw new Error('usage: stall-report.ts <trace.jsonl> <abuser.jsonl> [slow ms]');
  const abusive = readFileSync(abuserFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as AbuserLine);
  const from = Math.min(...abusive.map((a) => a.sent ?? a.at));
  const to = Math.max(...abusive.map((a) => a.at));
  console.log(stallReport(readTrace(traceFile), abusive, from, to, slowText === undefined ? 50 : Number(slowText)).join('\n'));
}
