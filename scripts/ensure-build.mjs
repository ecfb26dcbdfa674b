// Runs before `npm start`: compiles src/ to dist/ when dist/ is missing or older than a source
// file, and copies the data files beside the code (lexicons, the commitment model, municipality
// tables: everything in src/ that is not TypeScript). `--clean` empties dist/ and always builds. Needs the TypeScript compiler (a dev dependency) only then: after `npm run build`,
// `npm ci --omit=dev && npm start` runs without it.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
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

const clean = process.argv.includes('--clean');
if (clean) rmSync(join(root, 'dist'), { recursive: true, force: true });
const sources = existsSync(join(root, 'src')) ? newest(join(root, 'src')) : 0;
if (!clean && existsSync(entry) && newest(join(root, 'dist')) >= sources) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write(
    'raadsgraaf: dist/ is missing or older than src/, and TypeScript (a development dependency) is not installed. ' +
      'Build before you drop the development dependencies: `npm ci && npm run build && npm prune --omit=dev`, then `npm start`.\n',
  );
  process.exit(1);
}
process.stderr.write('raadsgraaf: compiling src/ to dist/\n');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

function copyData(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) copyData(path);
    else if (!/\.ts$/.test(e.name)) {
      const target = join(root, 'dist', relative(join(root, 'src'), path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
copyData(join(root, 'src'));
