import { performance } from 'node:perf_hooks';

/** How the bench scripts time a request: warm-up runs first, then p50/p95 over the measured runs. */
export const RUNS = 200;
export const WARM_UP = 20;

export function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export async function time(run: () => Promise<void>, runs = RUNS, warmUp = WARM_UP): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUp; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
