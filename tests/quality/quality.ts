/**
 * Extraction quality on the real corpus (tests/corpus), cross-validated by document.
 *
 *   npm run quality                 the figures, with a breakdown per format and per decade
 *   npm run quality -- --verbose    also every miss, false find and trap taken, with its text
 *   npm run quality -- --rules      the hand-written rules alone (no learned scorer), for comparison
 *   npm run quality -- --check      exit 1 when a figure is more than 2 points below tests/quality/figures.json
 *   npm run quality -- --write      store the figures as the new reference
 *   npm run quality -- --opt l2=0.01 --opt objective=f1   a training option to try (repeatable); never with --write
 *
 * Nothing here is a text we wrote: every document is a published council text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from './corpus.js';
import { actorAgrees, dueAgrees, type DocScore } from './corpus-score.js';
import { crossValidate, extractCorpusDocument } from './run-corpus.js';
import type { TrainOptions } from '../../src/ingest/extract/commitments/train.js';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const rulesOnly = argv.includes('--rules');
const K = Number(argv[argv.indexOf('--k') + 1]) > 1 && argv.includes('--k') ? Number(argv[argv.indexOf('--k') + 1]) : 5;
const FIGURES = join(import.meta.dirname, 'figures.json');
// `--opt key=value`: a training option to try instead of the committed defaults (as scorer-dump takes them).
const options: Record<string, string | number> = {};
argv.forEach((a, i) => {
  if (a !== '--opt') return;
  const [k, v] = (argv[i + 1] ?? '').split('=');
  if (k !== undefined && v !== undefined) options[k] = Number.isNaN(Number(v)) ? v : Number(v);
});
if (Object.keys(options).length > 0 && argv.includes('--write')) throw new Error('--opt tries options; --write stores the committed defaults\' figures: not both');

type Figures = Record<string, number>;

const pct = (a: number, b: number): number => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : Math.round((20 * p * r) / (p + r)) / 10);

function figures(scores: readonly DocScore[]): Figures {
  const sum = (f: (s: DocScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const pairs = scores.flatMap((s) => s.commitments.pairs);
  const gold = scores.flatMap((s) => s.doc.commitments);
  const explicitGold = gold.filter((g) => g.kind === 'explicit').length;
  const softGold = gold.filter((g) => g.kind === 'soft').length;
  const found = sum((s) => s.commitments.found.length);
  const extra = sum((s) => s.commitments.extra.length);
  const withActor = pairs.filter((p) => p.gold.actor !== null);
  const cp = pct(found - extra, found), cr = pct(pairs.length, gold.length);
  const kind = (k: 'requests' | 'decisions') => {
    const f = sum((s) => s[k].found.length), x = sum((s) => s[k].extra.length), g = sum((s) => s.doc[k].length), m = sum((s) => s[k].pairs.length);
    const p = pct(f - x, f), r = pct(m, g);
    return { p, r, f: f1(p, r) };
  };
  const req = kind('requests'), dec = kind('decisions');
  return {
    documents: scores.length,
    refused: scores.filter((s) => s.refused !== null).length,
    'commitments.precision': cp,
    'commitments.recall': cr,
    'commitments.f1': f1(cp, cr),
    'candidates.recall': pct(gold.length - sum((s) => s.neverCandidates.length), gold.length),
    'explicit.recall': pct(pairs.filter((p) => p.gold.kind === 'explicit').length, explicitGold),
    'soft.recall': pct(pairs.filter((p) => p.gold.kind === 'soft').length, softGold),
    'soft.marked-soft': pct(pairs.filter((p) => p.gold.kind === 'soft' && p.found.kind !== 'explicit').length, softGold),
    'explicit.marked-explicit': pct(pairs.filter((p) => p.gold.kind === 'explicit' && p.found.kind === 'explicit').length, pairs.filter((p) => p.gold.kind === 'explicit').length),
    'actor.accuracy': pct(withActor.filter((p) => actorAgrees(p.gold.actor, p.found.actor) === true).length, withActor.length),
    'due.accuracy': pct(pairs.filter((p) => dueAgrees(p.gold.due, p.found.dueText)).length, pairs.length),
    'traps.taken': pct(sum((s) => s.trapsTaken.length), sum((s) => s.doc.traps.length)),
    'requests.precision': req.p, 'requests.recall': req.r, 'requests.f1': req.f,
    'decisions.precision': dec.p, 'decisions.recall': dec.r, 'decisions.f1': dec.f,
  };
}

/** Figures where higher is better; `traps.taken` is lower-is-better. */
const GUARDED = ['commitments.precision', 'commitments.recall', 'explicit.recall', 'soft.recall', 'actor.accuracy', 'requests.f1', 'decisions.f1'];

function decadeOf(s: DocScore): string {
  return s.doc.year === null ? 'undated' : `${Math.floor(s.doc.year / 10) * 10}s`;
}

function breakdown(title: string, scores: readonly DocScore[], key: (s: DocScore) => string): void {
  const groups = new Map<string, DocScore[]>();
  for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  console.log(`\nper ${title}          docs  commitments  P      R      actor  | requests F1 | decisions F1`);
  for (const [k, g] of [...groups.entries()].sort()) {
    const f = figures(g);
    const n = g.reduce((a, s) => a + s.doc.commitments.length, 0);
    console.log(`  ${k.padEnd(20)} ${String(g.length).padStart(4)}  ${String(n).padStart(11)}  ${String(f['commitments.precision']).padStart(5)}  ${String(f['commitments.recall']).padStart(5)}  ${String(f['actor.accuracy']).padStart(5)}  | ${String(f['requests.f1']).padStart(11)} | ${String(f['decisions.f1']).padStart(12)}`);
  }
}

/** How often a found commitment is right, per confidence band: the confidence should say it. */
function calibration(scores: readonly DocScore[]): number {
  const rows = scores.flatMap((s) => s.commitments.found.map((f) => ({ c: f.confidence, right: !s.commitments.extra.includes(f) })));
  const scored = rows.filter((r): r is { c: number; right: boolean } => r.c !== null);
  console.log(`\ncalibration (${scored.length} of ${rows.length} found commitments carry a confidence)\n  confidence  found  right`);
  let ece = 0;
  for (const [lo, hi] of [[0, 0.5], [0.5, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 1.01]] as const) {
    const band = scored.filter((r) => r.c >= lo && r.c < hi);
    if (band.length === 0) continue;
    const right = band.filter((r) => r.right).length;
    const mean = band.reduce((a, r) => a + r.c, 0) / band.length;
    ece += (band.length / scored.length) * Math.abs(mean - right / band.length);
    console.log(`  ${lo.toFixed(2)}-${Math.min(hi, 1).toFixed(2)}  ${String(band.length).padStart(5)}  ${pct(right, band.length)} % (mean confidence ${(100 * mean).toFixed(1)} %)`);
  }
  console.log(`  expected calibration error ${(100 * ece).toFixed(1)} points`);
  return Math.round(1000 * ece) / 10;
}

function sentenceAround(text: string, start: number): string {
  const a = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const e = text.slice(start).search(/[.\n]/);
  return text.slice(a, e < 0 ? undefined : start + e + 1).replace(/\s+/g, ' ').trim().slice(0, 240);
}

const corpus = loadCorpus();
const started = Date.now();
const scores = rulesOnly ? corpus.map((d) => extractCorpusDocument(d, null)) : crossValidate(K, corpus, options as TrainOptions);
const fig = figures(scores);
const gold = corpus.flatMap((d) => d.commitments);
console.log(`${rulesOnly ? 'hand-written rules alone' : `${K}-fold cross-validation by document`}: ${corpus.length} real documents, ${gold.length} commitments (${gold.filter((g) => g.kind === 'explicit').length} explicit), ${corpus.reduce((a, d) => a + d.requests.length, 0)} requests, ${corpus.reduce((a, d) => a + d.decisions.length, 0)} decisions, ${corpus.reduce((a, d) => a + d.traps.length, 0)} traps; ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [k, v] of Object.entries(fig)) console.log(`  ${k.padEnd(24)} ${v}`);
breakdown('kind of text', scores, (s) => s.doc.kind);
breakdown('decade', scores, decadeOf);
const ece = calibration(scores);
// Lower is better; printed and stored, not guarded (the rules alone carry no confidence).
if (!rulesOnly) fig['calibration.ece'] = ece;

if (verbose) {
  for (const s of scores) {
    const lines: string[] = [];
    if (s.refused !== null) lines.push(`  REFUSED: ${s.refused}`);
    for (const g of s.commitments.missed) lines.push(`  missed ${g.kind}${s.neverCandidates.includes(g) ? ' (no candidate)' : ''} (${g.actor ?? '?'}): ${g.spans[0] === undefined ? g.all.join(' | ') : sentenceAround(s.doc.text, g.spans[0].start)}`);
    for (const p of s.commitments.pairs) if (actorAgrees(p.gold.actor, p.found.actor) === false) lines.push(`  actor: gold ${p.gold.actor}, found ${p.found.actor}: ${p.found.text.slice(0, 160)}`);
    for (const x of s.commitments.extra) lines.push(`  false ${x.kind} p=${x.confidence ?? '-'} (${x.actor ?? '?'}): ${x.text.slice(0, 200)}`);
    for (const t of s.trapsTaken) lines.push(`  TRAP taken: ${t.all.join(' | ')}`);
    if (lines.length > 0) console.log(`\n${s.doc.fileName}\n${lines.join('\n')}`);
  }
}

if (argv.includes('--write')) {
  writeFileSync(FIGURES, `${JSON.stringify(fig, null, 2)}\n`);
  console.log(`\nwrote ${FIGURES}`);
}
if (argv.includes('--check')) {
  const reference = JSON.parse(readFileSync(FIGURES, 'utf8')) as Figures;
  const drops = GUARDED.filter((k) => (fig[k] ?? 0) < (reference[k] ?? 0) - 2).map((k) => `${k} ${fig[k]} < ${reference[k]} - 2`);
  if ((fig['traps.taken'] ?? 0) > (reference['traps.taken'] ?? 0) + 2) drops.push(`traps.taken ${fig['traps.taken']} > ${reference['traps.taken']} + 2`);
  if (drops.length > 0) {
    console.error(`\nquality dropped below the committed figures (tests/quality/figures.json):\n  ${drops.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nquality: no figure more than 2 points below tests/quality/figures.json');
}
