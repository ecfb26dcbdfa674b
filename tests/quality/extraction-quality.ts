/**
 * Precision and recall of extraction against the expected facts of every test document.
 * Run: npx tsx tests/quality/extraction-quality.ts [--verbose]
 * A found fact of a measured kind that is not expected counts against precision.
 */
import { cases, extract, score, type Score } from './expectations.js';

const verbose = process.argv.includes('--verbose');
const pct = (a: number, b: number) => (b === 0 ? '  -   ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const total: Score[] = [];
console.log(`${'document'.padEnd(34)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}   found/expected`);
for (const c of cases()) {
  const s = score(extract(c), c.expected);
  const sum = s.reduce((a, x) => ({ e: a.e + x.expected, f: a.f + x.found, tp: a.tp + x.truePositives, fm: a.fm + x.foundMatched }), { e: 0, f: 0, tp: 0, fm: 0 });
  console.log(`${c.name.padEnd(34)} ${pct(sum.fm, sum.f).padStart(9)} ${pct(sum.tp, sum.e).padStart(8)}   ${sum.f}/${sum.e}`);
  if (verbose) for (const x of s) if (x.found + x.expected > 0) console.log(`   ${x.kind.padEnd(14)} P ${pct(x.foundMatched, x.found)} R ${pct(x.truePositives, x.expected)}  (${x.found}/${x.expected})`);
  total.push(...s);
}
const kinds = [...new Set(total.map((t) => t.kind))];
console.log('\nper kind, all documents:');
for (const k of kinds) {
  const t = total.filter((x) => x.kind === k);
  const f = t.reduce((a, x) => a + x.found, 0), e = t.reduce((a, x) => a + x.expected, 0);
  console.log(`   ${k.padEnd(14)} precision ${pct(t.reduce((a, x) => a + x.foundMatched, 0), f)}  recall ${pct(t.reduce((a, x) => a + x.truePositives, 0), e)}  (${f} found / ${e} expected)`);
}
const f = total.reduce((a, x) => a + x.found, 0), e = total.reduce((a, x) => a + x.expected, 0);
console.log(`\noverall: precision ${pct(total.reduce((a, x) => a + x.foundMatched, 0), f)}  recall ${pct(total.reduce((a, x) => a + x.truePositives, 0), e)}  (${f} found / ${e} expected)`);
