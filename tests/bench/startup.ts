/**
 * Measures what a new user waits for: `npm start` until the first answered query, and the
 * embedded JVM's resident memory then. Prints figures; asserts nothing.
 *
 *   npx tsx tests/bench/startup.ts            (uses a fresh temporary data folder)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4100 + Math.floor(Math.random() * 500);
const dataDir = mkdtempSync(join(tmpdir(), 'raadsgraaf-startup-'));
const query = '{ dossier(number: "1873661") { subject created portfolioHolder { name } documents { kind title } } }';

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

let jvmPid: number | null = null;

function alive(pid: number | null): boolean {
  return pid !== null && spawnSync('kill', ['-0', String(pid)]).status === 0;
}

async function main(): Promise<void> {
  const started = Date.now();
  // node itself, not npx: the signal must reach the server the way a process manager sends it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const pid = /"msg":"embedded Neo4j ready"/.test(chunk) ? /"pid":(\d+)/.exec(chunk)?.[1] : undefined;
    if (pid !== undefined) jvmPid = Number(pid);
  });
  let answeredAt = 0;
  while (Date.now() - started < 180_000) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { data?: { dossier?: { documents?: unknown[] } } };
      if (body.data?.dossier?.documents?.length === 6) {
        answeredAt = Date.now();
        break;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = jvmPid;
  const rss = pid === null ? NaN : rssMiB(pid);
  const stopStarted = Date.now();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  const stopMs = Date.now() - stopStarted;
  await new Promise((r) => setTimeout(r, 500));
  const orphan = alive(pid) ? pid : null;
  console.log(`npm start -> first answered query (fresh data folder): ${((answeredAt - started) / 1000).toFixed(1)} s`);
  console.log(`embedded Neo4j JVM resident memory after the first query: ${rss.toFixed(0)} MiB`);
  console.log(`SIGTERM -> process exited: ${(stopMs / 1000).toFixed(1)} s; JVM left running: ${orphan === null ? 'no' : `yes (pid ${orphan})`}`);
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
