/**
 * `npm run bench`: every benchmark script, one after another, each in its own process (each
 * starts and stops its own embedded Neo4j). Prints their figures under a heading per script;
 * asserts nothing. A script that fails is reported and the others still run; the exit code is
 * then 1. ingest-bench.ts runs when it exists.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SCRIPTS = ['api-bench.ts', 'graph-bench.ts', 'ingest-bench.ts', 'startup.ts'];

function runScript(path: string): Promise<number> {
  return new Promise((resolve) => {
    // node itself with tsx as a loader, not npx: signals and exit codes reach us directly.
    const child = spawn(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

const failed: string[] = [];
for (const script of SCRIPTS) {
  const path = join(here, script);
  if (!existsSync(path)) continue;
  const name = relative(process.cwd(), path);
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  const code = await runScript(path);
  console.log(`\n(${name}: ${code === 0 ? 'done' : `exited with ${code}`} in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (code !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
