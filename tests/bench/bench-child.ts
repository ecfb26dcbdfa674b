/**
 * For a bench's server process started by its parent (compare-servers.ts, overhead-servers.ts):
 * runs `close` and exits on SIGTERM, SIGINT, or when the parent is gone (its stdin closes).
 */
export function exitWhenParentGoes(close: () => Promise<unknown>): void {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}
