// npm postinstall (after the Neo4j jars): builds the explorer into web/dist with vite, a
// development dependency. After `npm ci --omit=dev` vite is not there: the explorer built before
// (`npm run build`) is kept, or `/` says how to build it; the API needs neither.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let vite;
try {
  vite = join(createRequire(import.meta.url).resolve('vite/package.json'), '../bin/vite.js');
} catch {
  // `npm run build:web` asked for it: that fails without vite
  if (process.argv.includes('--required')) {
    console.error('raadsgraaf: vite is not installed; `npm install` (with the development dependencies) first.');
    process.exit(1);
  }
  const built = existsSync(join(root, 'web/dist/index.html'));
  console.warn(
    `raadsgraaf: vite (a development dependency) is not installed, so the explorer is not built now${built ? '; the one in web/dist is kept' : '; `npm run build` with the development dependencies builds it'}.`,
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web/vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
