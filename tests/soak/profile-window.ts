/**
 * Sums a V8 CPU profile (`node --cpu-prof`, as `npm run soak -- --cpu-prof <folder>` writes for
 * the server) by function over a time window, to see what keeps the event loop busy then.
 *
 *   npx tsx tests/soak/profile-window.ts <file.cpuprofile> <from s> <to s> [--from-end]
 *
 * Seconds count from the profile's start (the server process's start); the soak prints when the
 * server became ready, so that the load's first 20 s are, e.g., `<ready> <ready + 20>`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const [file, fromText, toText] = process.argv.slice(2);
if (file === undefined || fromText === undefined || toText === undefined) throw new Error('usage: profile-window.ts <file> <from s> <to s>');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const from = Number(fromText) * 1e6;
const to = Number(toText) * 1e6;

const self = new Map<string, number>();
const byPlace = new Map<string, number>();
let t = 0;
let total = 0;
let idle = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  t += delta;
  if (t < from || t > to) continue;
  const node = byId.get(profile.samples[i] ?? -1);
  if (node === undefined) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  total += delta;
  if (functionName === '(idle)') {
    idle += delta;
    continue;
  }
  const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + delta);
  const place = functionName.startsWith('(') ? functionName : url === '' ? '(native)' : url.includes('node_modules/') ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? 'node_modules') : url.startsWith('node:') ? 'node:' + url.slice(5).split('/')[0] : 'raadsgraaf';
  byPlace.set(place, (byPlace.get(place) ?? 0) + delta);
}
const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
console.log(`window ${fromText}-${toText} s: ${ms(total)} ms sampled, ${ms(idle)} ms idle, ${ms(total - idle)} ms busy`);
console.log('\nby package (self time, ms):');
for (const [k, v] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms(v)}  ${k}`);
console.log('\nby function (self time, ms):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms(v)}  ${k}`);
