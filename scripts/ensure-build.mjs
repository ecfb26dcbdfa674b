// Runs before `npm start`: compiles src/ to dist/ when dist/ is missing or older than a source
// file. Needs the TypeScript compiler (a dev dependency) only then: after `npm run build`,
// `npm ci --omit=dev && npm start` runs without it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, 'dist/index.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = existsSync(join(root, 'src')) ? newest(join(root, 'src')) : 0;
if (existsSync(entry) && newest(join(root, 'dist')) >= sources) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('raadsgraaf: dist/ is missing or older than src/, and TypeScript is not installed; run `npm install` and `npm run build` first\n');
  process.exit(1);
}
process.stderr.write('raadsgraaf: compiling src/ to dist/\n');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
