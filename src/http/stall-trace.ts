import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';

/**
 * A diagnostic trace (TRACE_STALLS_FILE; `npm run soak -- --trace-stalls`): JSON lines of what
 * the server's main thread waited on, so that a slow answer can be put beside its cause.
 *
 * - `{"t":"req"}` per response: its id, status and size, and when (epoch ms, fractional) the
 *   socket was accepted (`conn`, a connection's first request only), the request's headers were
 *   read (`req`), its body had arrived (`body`), it was checked against the pre-check and the
 *   admission line's room (`checked`), its answer was written (`end`, res.end called) and the
 *   'finish' event came (`finish`).
 * - `{"t":"gc"}` per V8 garbage collection: start, pause in ms, kind (`minor`, `major`, ...).
 * - `{"t":"stall"}` when the main thread's 10 ms timer fired more than `stallMs` late: from when,
 *   how long, and from the kernel's per-thread schedstat over that gap how much of it the thread
 *   ran on a CPU (`cpuMs`: JavaScript, GC, I/O callbacks) and how much it was runnable but
 *   waited for a CPU (`waitMs`: the OS scheduler gave the cores to other processes). The rest of
 *   the gap it slept, i.e. the timer itself was late for no reason of this process.
 *
 * Off unless asked for; its cost when on is one timer every 10 ms and one small read of
 * /proc/thread-self/schedstat per tick (Linux; elsewhere cpuMs and waitMs are null).
 */
export interface StallTrace {
  /** Watches `server`'s sockets, so that a request knows when its connection was accepted. */
  watch(server: Server): void;
  /** Called first for every request: records it and writes its line when the response is flushed. */
  request(req: IncomingMessage, res: ServerResponse): void;
  /** A point in a request's way through the server: its body has arrived, it was checked (pre-check, admission room). */
  mark(req: IncomingMessage, point: 'body' | 'checked'): void;
  stop(): Promise<void>;
}

const now = (): number => performance.timeOrigin + performance.now();

const GC_KINDS: Readonly<Record<number, string>> = {
  [perf.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perf.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perf.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perf.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** Nanoseconds on a CPU and waiting on the run queue, of the calling thread; null off Linux. */
function schedstat(): { runNs: number; waitNs: number } | null {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return { runNs: Number(run), waitNs: Number(wait) };
  } catch {
    return null;
  }
}

export function startStallTrace(file: string, stallMs = 20): StallTrace {
  const out: WriteStream = createWriteStream(file, { flags: 'w' });
  const write = (line: object) => out.write(`${JSON.stringify(line)}\n`);
  const accepted = new WeakMap<Socket, number>();
  const points = new WeakMap<IncomingMessage, Record<string, number>>();

  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail: unknown = 'detail' in entry ? entry.detail : undefined;
      const kind = typeof detail === 'object' && detail !== null && 'kind' in detail && typeof detail.kind === 'number' ? detail.kind : undefined;
      write({ t: 'gc', at: performance.timeOrigin + entry.startTime, ms: entry.duration, kind: kind === undefined ? 'unknown' : (GC_KINDS[kind] ?? String(kind)) });
    }
  });
  gc.observe({ entryTypes: ['gc'] });

  let lastTick = now();
  let lastSched = schedstat();
  const ticker = setInterval(() => {
    const at = now();
    const sched = schedstat();
    const gap = at - lastTick;
    if (gap > 10 + stallMs) {
      const cpuMs = sched && lastSched ? (sched.runNs - lastSched.runNs) / 1e6 : null;
      const waitMs = sched && lastSched ? (sched.waitNs - lastSched.waitNs) / 1e6 : null;
      write({ t: 'stall', at: lastTick, ms: gap - 10, cpuMs, waitMs });
    }
    lastTick = at;
    lastSched = sched;
  }, 10);
  ticker.unref();

  return {
    watch(server) {
      server.on('connection', (socket: Socket) => accepted.set(socket, now()));
    },
    request(req, res) {
      const marks: Record<string, number> = { req: now() };
      const conn = accepted.get(req.socket);
      // a kept-alive connection's later requests were not accepted now: only its first counts
      if (conn !== undefined) {
        marks.conn = conn;
        accepted.delete(req.socket);
      }
      points.set(req, marks);
      // when the answer was written: 'finish' is emitted a tick or more after the bytes have gone
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        if (marks.end === undefined) marks.end = now();
        return end(...args);
      }) as ServerResponse['end'];
      res.once('finish', () => {
        const id = res.getHeader('x-request-id');
        write({ t: 'req', id: typeof id === 'string' ? id : null, status: res.statusCode, bytes: Number(res.getHeader('content-length') ?? Number.NaN), ...marks, finish: now() });
      });
    },
    mark(req, point) {
      const marks = points.get(req);
      if (marks !== undefined && marks[point] === undefined) marks[point] = now();
    },
    async stop() {
      clearInterval(ticker);
      gc.disconnect();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}
