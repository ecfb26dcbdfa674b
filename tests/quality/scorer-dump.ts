/**
 * Why candidates are taken or rejected: every candidate unit of the real corpus, scored by the
 * model of its cross-validation fold (trained on the other folds only), with its gold label.
 *
 *   npx tsx tests/quality/scorer-dump.ts                 summary per label and per fold, and the average precision of the ranking
 *   npx tsx tests/quality/scorer-dump.ts --units         also every gold or trap unit with its score
 *   npx tsx tests/quality/scorer-dump.ts --weights       the weights that push the missed gold units down
 *   npx tsx tests/quality/scorer-dump.ts --curve         precision and recall of the units the rules do not take, per threshold
 *
 * The scorer's decision here is the unit's: the extractor's own gate (a third party or a motion's
 * dictum the rules saw) is not applied, so the figures bound what the scorer can reach.
 */
import { loadCorpus, folds, type CorpusDocument, type Span } from './corpus.js';
import { candidatesOf, examplesFrom } from './examples.js';
import { trainModel, type TrainOptions } from '../../src/ingest/extract/commitments/train.js';
import { logit, probability, score, type CommitmentModel } from '../../src/ingest/extract/commitments/model.js';

const argv = process.argv.slice(2);
const K = 5;
const overlaps = (u: Span, spans: readonly Span[]): boolean => spans.some((g) => u.start < g.end && g.start < u.end);

interface Row { doc: CorpusDocument; fold: number; start: number; end: number; features: readonly string[]; label: 'explicit' | 'soft' | 'trap' | 'other'; p: number; z: number; rule: boolean; model: CommitmentModel }

// `--opt key=value` (repeatable): a training option to try, e.g. `--opt l2=0.01 --opt solver=lbfgs`.
const options: Record<string, string | number> = {};
argv.forEach((a, i) => {
  if (a !== '--opt') return;
  const [k, v] = (argv[i + 1] ?? '').split('=');
  if (k !== undefined && v !== undefined) options[k] = Number.isNaN(Number(v)) ? v : Number(v);
});
const corpus = loadCorpus();
const cands = new Map(corpus.map((d) => [d.id, candidatesOf(d)]));
const examples = (docs: readonly CorpusDocument[]) => docs.flatMap((doc) => examplesFrom(doc, cands.get(doc.id) ?? []));
const parts = folds(corpus, K);
const rows: Row[] = [];
parts.forEach((test, i) => {
  const model = trainModel(examples(parts.filter((_, j) => j !== i).flat()), options as TrainOptions);
  for (const doc of test) for (const c of cands.get(doc.id) ?? []) {
    const gold = doc.commitments.find((g) => overlaps(c, g.spans));
    const label = gold !== undefined ? gold.kind : doc.traps.some((t) => overlaps(c, t.spans)) ? 'trap' : 'other';
    rows.push({ doc, fold: i, start: c.start, end: c.end, features: c.features, label, p: score(model, c.features), z: logit(model.commitment, c.features), rule: c.features.includes('mark:rule-says'), model });
  }
  console.log(`fold ${i}: threshold ${model.threshold}, veto ${model.veto}, kind ${JSON.stringify(model.kindThreshold)}`);
});
const taken = (r: Row): boolean => (r.rule ? r.p >= r.model.veto : r.p >= r.model.threshold);
for (const label of ['explicit', 'soft', 'trap', 'other'] as const) {
  const rs = rows.filter((r) => r.label === label);
  const rule = rs.filter((r) => r.rule);
  console.log(`${label.padEnd(8)} units ${String(rs.length).padStart(5)}  taken ${String(rs.filter(taken).length).padStart(4)}  rule-says ${String(rule.length).padStart(4)} (taken ${rule.filter(taken).length})  scorer-only taken ${rs.filter((r) => !r.rule && taken(r)).length}`);
}
// Gold items: the best candidate of each.
let items = 0, withCand = 0, anyTaken = 0;
for (const doc of corpus) for (const g of doc.commitments) {
  items++;
  const rs = rows.filter((r) => r.doc === doc && overlaps(r, g.spans));
  if (rs.length > 0) withCand++;
  if (rs.some(taken)) anyTaken++;
}
console.log(`gold items ${items}: with a candidate ${withCand}, some candidate taken ${anyTaken} (${((100 * anyTaken) / items).toFixed(1)} %)`);
const text = (r: Row): string => r.doc.text.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 220);
if (argv.includes('--units')) {
  for (const r of rows.filter((x) => x.label !== 'other' || taken(x)).sort((a, b) => a.label.localeCompare(b.label) || a.p - b.p)) {
    console.log(`${r.label.padEnd(8)} ${taken(r) ? 'TAKEN ' : 'missed'} p=${r.p.toFixed(2)} ${r.rule ? 'R' : '-'} ${r.doc.id} ${text(r)}`);
  }
}
{
  // The kind model on the gold units, each by its fold's model: how well it tells soft from explicit.
  const gold = rows.filter((r) => r.label === 'explicit' || r.label === 'soft').map((r) => ({ p: probability(r.model.soft, r.features), soft: r.label === 'soft', rule: r.rule }));
  const auc = (rs: readonly { p: number; soft: boolean }[]): number => {
    const pos = rs.filter((r) => r.soft), neg = rs.filter((r) => !r.soft);
    let s = 0;
    for (const a of pos) for (const b of neg) s += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
    return (100 * s) / Math.max(1, pos.length * neg.length);
  };
  const acc = (rs: readonly { p: number; soft: boolean }[], t: number): string => ((100 * rs.filter((r) => (r.p >= t) === r.soft).length) / Math.max(1, rs.length)).toFixed(1);
  console.log(`kind model on ${gold.length} gold units (${gold.filter((r) => r.soft).length} soft): AUC ${auc(gold).toFixed(1)}, accuracy at 0.5 ${acc(gold, 0.5)}, rule-says units at 0.5/0.85 ${acc(gold.filter((r) => r.rule), 0.5)}/${acc(gold.filter((r) => r.rule), 0.85)}`);
}
if (argv.includes('--kind')) {
  // The gold units the kind model gets wrong (at 0.5), surest first, with the features that weigh most.
  for (const r of rows.filter((x) => (x.label === 'soft') !== (probability(x.model.soft, x.features) >= 0.5) && (x.label === 'explicit' || x.label === 'soft')).sort((a, b) => a.label.localeCompare(b.label))) {
    const top = r.features.map((f) => [f, r.model.soft.weights[f] ?? 0] as const).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 6);
    console.log(`${r.label.padEnd(8)} P(soft)=${probability(r.model.soft, r.features).toFixed(2)} ${r.rule ? 'R' : '-'} ${r.doc.id} ${text(r)}\n    ${top.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
  }
}
if (argv.includes('--why')) {
  // Every gold unit the scorer rejects, with the features that weigh most on it (either way).
  for (const r of rows.filter((x) => (x.label === 'explicit' || x.label === 'soft') && !taken(x)).sort((a, b) => a.p - b.p)) {
    const top = r.features.map((f) => [f, r.model.commitment.weights[f] ?? 0] as const).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
    console.log(`${r.label.padEnd(8)} p=${r.p.toFixed(2)} ${r.doc.id} ${text(r)}\n    ${top.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
  }
}
if (argv.includes('--weights')) {
  const push = new Map<string, { sum: number; n: number }>();
  for (const r of rows.filter((x) => (x.label === 'explicit' || x.label === 'soft') && !taken(x))) {
    for (const f of r.features) {
      const w = r.model.commitment.weights[f] ?? 0;
      const e = push.get(f) ?? { sum: 0, n: 0 };
      push.set(f, { sum: e.sum + w, n: e.n + 1 });
    }
  }
  console.log('features pushing missed gold units down (sum of weights over them):');
  for (const [f, e] of [...push.entries()].sort((a, b) => a[1].sum - b[1].sum).slice(0, 40)) console.log(`  ${e.sum.toFixed(2).padStart(8)} n=${String(e.n).padStart(3)} ${f}`);
}
if (argv.includes('--curve')) {
  // Precision and recall of gold units at thresholds, for the units the rules do not take.
  const free = rows.filter((r) => !r.rule);
  const pos = free.filter((r) => r.label === 'explicit' || r.label === 'soft').length;
  console.log(`units the rules do not take: ${free.length}, gold ${pos}`);
  for (let t = 0.1; t < 0.91; t += 0.05) {
    const got = free.filter((r) => r.p >= t);
    const tp = got.filter((r) => r.label === 'explicit' || r.label === 'soft').length;
    console.log(`  t=${t.toFixed(2)} taken ${String(got.length).padStart(4)} gold ${String(tp).padStart(4)} P ${((100 * tp) / Math.max(1, got.length)).toFixed(1)} R ${((100 * tp) / pos).toFixed(1)} traps ${got.filter((r) => r.label === 'trap').length}`);
  }
}
{
  // Average precision of the candidate units ranked by their fold's log-odds: how well the scorer orders them, whatever the threshold.
  const ranked = [...rows].sort((a, b) => b.z - a.z);
  const gold = ranked.filter((r) => r.label === 'explicit' || r.label === 'soft').length;
  let tp = 0, sum = 0;
  ranked.forEach((r, i) => {
    if (r.label === 'explicit' || r.label === 'soft') sum += ++tp / (i + 1);
  });
  console.log(`average precision of the candidate units (pooled folds): ${((100 * sum) / Math.max(1, gold)).toFixed(1)}`);
  // The same over the units the rules do not take: what the scorer alone decides.
  const free = ranked.filter((r) => !r.rule);
  const freeGold = free.filter((r) => r.label === 'explicit' || r.label === 'soft').length;
  let ftp = 0, fsum = 0;
  free.forEach((r, i) => {
    if (r.label === 'explicit' || r.label === 'soft') fsum += ++ftp / (i + 1);
  });
  console.log(`average precision of the units the rules do not take: ${((100 * fsum) / Math.max(1, freeGold)).toFixed(1)}`);
}
