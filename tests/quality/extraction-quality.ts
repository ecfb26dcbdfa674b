/**
 * Precision and recall of extraction against the expected facts of every test document, for the
 * fixtures (the documents the rules were developed on) and the held-out documents (written to
 * test generalisation) separately: the held-out figures are the honest ones.
 * Run: npx tsx tests/quality/extraction-quality.ts [--verbose] [--only fixtures|held-out|held-out-2]
 * A found fact of a measured kind that is not expected counts against precision.
 */
import { cases, extract, FIXTURES, HELD_OUT, HELD_OUT_2, score, type Score } from './expectations.js';

const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const pct = (a: number, b: number) => (b === 0 ? '  -   ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function report(title: string, folder: string): void {
  const total: Score[] = [];
  console.log(`\n== ${title}\n${'document'.padEnd(38)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}   found/expected`);
  for (const c of cases(folder)) {
    let s: Score[];
    try {
      s = score(extract(c), c.expected);
    } catch (error) {
      console.log(`${c.name.padEnd(38)} FAILED: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const sum = s.reduce((a, x) => ({ e: a.e + x.expected, f: a.f + x.found, tp: a.tp + x.truePositives, fm: a.fm + x.foundMatched }), { e: 0, f: 0, tp: 0, fm: 0 });
    console.log(`${c.name.padEnd(38)} ${pct(sum.fm, sum.f).padStart(9)} ${pct(sum.tp, sum.e).padStart(8)}   ${sum.f}/${sum.e}`);
    if (verbose) for (const x of s) if (x.found + x.expected > 0) console.log(`   ${x.kind.padEnd(14)} P ${pct(x.foundMatched, x.found)} R ${pct(x.truePositives, x.expected)}  (${x.found}/${x.expected})`);
    total.push(...s);
  }
  const kinds = [...new Set(total.map((t) => t.kind))];
  console.log(`per kind, ${title}:`);
  for (const k of kinds) {
    const t = total.filter((x) => x.kind === k);
    const f = t.reduce((a, x) => a + x.found, 0), e = t.reduce((a, x) => a + x.expected, 0);
    console.log(`   ${k.padEnd(14)} precision ${pct(t.reduce((a, x) => a + x.foundMatched, 0), f)}  recall ${pct(t.reduce((a, x) => a + x.truePositives, 0), e)}  (${f} found / ${e} expected)`);
  }
  const f = total.reduce((a, x) => a + x.found, 0), e = total.reduce((a, x) => a + x.expected, 0);
  console.log(`overall ${title}: precision ${pct(total.reduce((a, x) => a + x.foundMatched, 0), f)}  recall ${pct(total.reduce((a, x) => a + x.truePositives, 0), e)}  (${f} found / ${e} expected)`);
}

if (only === undefined || only === 'fixtures') report('fixtures', FIXTURES);
if (only === undefined || only === 'held-out') report('held-out', HELD_OUT);
if (only === undefined || only === 'held-out-2') report('held-out-2', HELD_OUT_2);
