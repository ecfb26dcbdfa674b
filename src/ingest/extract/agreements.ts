import { parseWrittenDate, DUTCH_MONTH_PATTERN } from '../dates.js';
import { date } from '../facts.js';
import { entityId, slug } from '../ids.js';
import { findFuzzyDate } from '../fuzzy-dates.js';
import type { Span } from '../text.js';
import { findAmounts } from './amounts.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { municipalityByCode } from '../municipalities.js';
import { organisationMentions, organisationNode, type Mention } from './mentions.js';
import { NOT_A_SURNAME } from './gazetteer.js';

/**
 * Who is paid or contracted by whom, from one unit of text (a bullet, a sentence): the keyword
 * names the kind (subsidie, contract, penvoerderschap, hoofdaannemer, onderaannemer; an amount
 * with `betaalt`/`financiert` is funding), the organisations get the role of the keyword before
 * them, the period and amount come from the same unit.
 */
const KEYWORDS: readonly { pattern: RegExp; kind: string; role: string }[] = [
  { pattern: /\bpenvoerder(?:schap)?\b/gi, kind: 'lead applicant', role: 'lead applicant' },
  { pattern: /\bhoofdaannemer(?:schap)?\b/gi, kind: 'lead contractor', role: 'lead contractor' },
  { pattern: /\bonderaannemer(?:schap|s)?\b/gi, kind: 'subcontract', role: 'subcontractor' },
  { pattern: /\bsubsidie(?:s|relatie|beschikking)?\b/gi, kind: 'subsidy', role: 'payee' },
  { pattern: /\bcontract\b|\b(?:samenwerkings|uitvoerings|realisatie|prestatie|dienstverlenings)?overeenkomst(?:en)?\b|\bconvenant\b|\bopdracht\s+(?:verleend|gegund)\b|\bgegund\b|\bgunnen\b|\bgunt\b/gi, kind: 'contract', role: 'contractor' },
];
const PAYS = /\bdraagt\b.{0,60}?\bbij\b|\bbetaalt\b|\bbetalen\b|\bfinanciert\b|\bfinancieren\b|\bbijdrage\b|\bbudget\b|\binvesteert\b|\bkost(?:en)?\b|\bbeschikbaar\b|\btoegekend\b|\bverstrekt\b|\bverleent\b/i;

export function gemeenteNode(ctx: DocContext, start: number, end: number): string {
  const name = municipalityByCode(ctx.municipality)?.name ?? ctx.municipality;
  return organisationNode(ctx, `gemeente ${name}`, `Gemeente ${name}`, 'gemeente', `gemeente ${name}`, start, end);
}

function periodOf(ctx: DocContext, u: Span, s: string, ref: string): { text: string | null; from: string | null; to: string | null } {
  const ends = new RegExp(`\\b(?:loopt|lopen)\\b[^.]{0,20}?(\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\s+\\d{4})\\s+af\\b|\\b(?:eindigt|tot(?:\\s+en\\s+met)?|t/m)\\s+(?:op\\s+)?(\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\s+\\d{4})`, 'i').exec(s);
  if (ends) {
    const d = parseWrittenDate(ends[1] ?? ends[2] ?? '');
    return { text: ctx.text.slice(u.start + ends.index, u.start + ends.index + ends[0].length).replace(/\s+/g, ' '), from: null, to: d?.date ?? null };
  }
  const f = findFuzzyDate(s, ref);
  if (f !== null && /\d{4}/.test(f.text)) {
    return { text: ctx.text.slice(u.start + f.start, u.start + f.end).replace(/\s+/g, ' '), from: f.earliest, to: f.latest };
  }
  const year = /(?<![\d-])\b((?:19|20)\d{2})\b(?![\d-])/.exec(s);
  if (year) return { text: year[1] ?? null, from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  return { text: null, from: null, to: null };
}

export function extractAgreement(ctx: DocContext, u: Span, ref: string): string | null {
  const s = ctx.sh.slice(u.start, u.end);
  const hits: { at: number; end: number; kind: string; role: string }[] = [];
  for (const k of KEYWORDS) {
    const re = new RegExp(k.pattern.source, k.pattern.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) hits.push({ at: u.start + m.index, end: u.start + m.index + m[0].length, kind: k.kind, role: k.role });
  }
  hits.sort((a, b) => a.at - b.at);
  const amounts = findAmounts(s);
  const amount = amounts[0];
  const funding = amount !== undefined && PAYS.test(s);
  if (hits.length === 0 && !funding) return null;
  if (/\b(?:motie|verzoekt|amendement)\b/i.test(s)) return null;
  // An agenda item's title (`1. Subsidie Stichting Welzijn 2020`) names what the decision under it settles.
  // So does a decision's heading (`Besluit nr. 1 - Subsidie Stichting Contour de Twern 2023-2025`): the decision under it makes the agreement.
  if (/^\s*(?:\d{1,2}[.)]|(?:Besluit|Agendapunt|Punt)\s+(?:nr\.?\s*)?\d{1,3}\s*[-:.])\s/i.test(ctx.shLines.slice(u.start - 4 < 0 ? 0 : ctx.shLines.lastIndexOf('\n', u.start) + 1, u.end)) && u.end - u.start < 90 && amount === undefined) return null;
  const orgs: Mention[] = organisationMentions(ctx, u.start, u.end);
  // Names the gazetteer does not know, where only an organisation can stand: `Hoofdaannemer (Iederz)`, `subsidies aan Iederz en Alescon`.
  const named = /(?:\(|\b(?:aan|met)\s+)([A-Z][\w-]+(?:\s*,\s*[A-Z][\w-]+)*(?:\s+en\s+[A-Z][\w-]+)?)(?=\)|\s|$|[.,;:])/g;
  let nm: RegExpExecArray | null;
  while ((nm = named.exec(s)) !== null) {
    const listStart = u.start + nm.index + nm[0].length - (nm[1] ?? '').length;
    const re = /[A-Z][\w-]+/g;
    let w: RegExpExecArray | null;
    while ((w = re.exec(nm[1] ?? '')) !== null) {
      const st = listStart + w.index;
      const en = st + w[0].length;
      if (NOT_A_SURNAME.test(w[0]) || /^[A-Z]{1,2}$/.test(w[0]) || orgs.some((o) => st < o.end && en > o.start)) continue;
      if (/^(?:Gemeente|Provincie|Rijk|Regio|Raad|College)$/i.test(w[0])) continue;
      orgs.push({ kind: 'organisation', id: organisationNode(ctx, w[0], w[0], null, w[0], st, en), start: st, end: en, role: null });
    }
  }
  orgs.sort((x, y) => x.start - y.start);
  const gemeente = /\b(?:de\s+)?gemeente(?:\s+[A-Z][\w-]+)?\b|\bhet\s+college\b/i.exec(s);
  const period = periodOf(ctx, u, s, ref);
  if (orgs.length === 0 && amount === undefined && period.text === null) return null;
  // Money the municipality sets aside (`stelt een krediet beschikbaar van`, `een budget van`) is no agreement until someone is paid.
  if (orgs.length === 0 && hits.length === 0 && /\bkrediet\b|\bbudget\b/i.test(s)) return null;
  // Without a period or an amount, a keyword only makes an agreement when it names its party: `Subsidie MEE-Vivenz`, `penvoerderschap MEE`.
  const adjacent = orgs.some((o) => hits.some((h) => (o.start >= h.end && /^[\s(:]{0,3}$/.test(ctx.sh.slice(h.end, o.start))) || (h.at >= o.end && /^[\s):]{0,3}$/.test(ctx.sh.slice(o.end, h.at)))));
  if (amount === undefined && period.text === null && !adjacent) return null;
  const first = hits[0];
  const kind = funding && (first === undefined || first.kind === 'contract') ? 'funding' : (first?.kind ?? 'funding');
  const parties: { id: string; role: string; start: number; end: number; purpose: boolean }[] = [];
  for (const o of orgs) {
    const before = hits.filter((h) => h.end <= o.start).pop();
    const after = hits.find((h) => h.at >= o.end && h.at - o.end < 30 && !orgs.some((o2) => o2.start > o.end && o2.end <= h.at));
    const viaWord = /\bvia\s*$/i.test(ctx.sh.slice(Math.max(u.start, o.start - 8), o.start));
    const metWord = /\bmet\s*$/i.test(ctx.sh.slice(Math.max(u.start, o.start - 6), o.start));
    const forWord = /\b(?:voor|aan)\s+(?:de\s+|het\s+)?$/i.test(ctx.sh.slice(Math.max(u.start, o.start - 12), o.start));
    const fromWord = /\b(?:van|door)\s+(?:de\s+|het\s+)?$/i.test(ctx.sh.slice(Math.max(u.start, o.start - 10), o.start));
    // `met Woonbedrijf Ieder1 en Woonstichting Rentree`: the second of a pair has the first one's role.
    const prev = parties[parties.length - 1];
    const paired = prev !== undefined && /^\s*(?:,|en)\s*$/.test(ctx.sh.slice(prev.end, o.start));
    let role: string;
    if (paired) role = prev.role;
    else if (viaWord) role = 'via';
    else if ((funding || kind === 'subsidy') && fromWord && hits.some((h) => h.end <= o.start && h.kind === 'subsidy')) role = 'payer';
    else if (funding && forWord) role = 'payee';
    else if (metWord && kind === 'contract') role = 'client';
    else if (after !== undefined && (before === undefined || o.start - before.end > 40 || ctx.sh.slice(before.end, o.start).includes('>'))) role = after.role;
    else if (before !== undefined) role = before.role;
    else role = kind === 'lead contractor' ? 'client' : kind === 'contract' ? 'contractor' : kind === 'subsidy' || kind === 'funding' ? 'payee' : kind === 'lead applicant' ? 'lead applicant' : kind === 'subcontract' ? 'subcontractor' : 'party';
    parties.push({ id: o.id, role, start: o.start, end: o.end, purpose: funding && forWord });
  }
  if ((funding || kind === 'subsidy') && !parties.some((p) => p.role === 'payer')) {
    if (gemeente) parties.push({ id: gemeenteNode(ctx, u.start + gemeente.index, u.start + gemeente.index + gemeente[0].length), role: 'payer', start: u.start, end: u.end, purpose: false });
    // A municipality's own text naming a subsidy to someone without a payer: the municipality pays it (`Subsidie MEE-Vivenz (lokaal deel) loopt af`).
    else if (kind === 'subsidy' && parties.some((p) => p.role === 'payee')) parties.push({ id: gemeenteNode(ctx, u.start, u.end), role: 'payer', start: u.start, end: u.end, purpose: false });
  }
  const description = ctx.text.slice(u.start, u.end).replace(/\s+/g, ' ').trim().replace(/^(?:Besluit|Advies)\s*:\s*/i, '');
  const id = entityId('agreement', ctx.municipality, `${kind}-${parties.map((p) => slug(p.id.split(':').pop() ?? '')).join('-')}-${period.text ?? ''}-${slug(description).split('-').slice(0, 5).join('-')}`);
  const evidence = ev(ctx, u.start, u.end);
  ctx.facts.node(
    id,
    'Agreement',
    {
      kind,
      description,
      periodText: period.text,
      periodFrom: period.from ? date(period.from) : null,
      periodTo: period.to ? date(period.to) : null,
      amount: amount?.value ?? null,
      currency: amount ? amount.currency : null,
      amountPeriod: amount?.period ?? null,
      approximate: amount ? amount.approximate : null,
      status: /\bmogelijk(?:e)?\b|\beventueel\b|\boverweg/i.test(s) ? 'possible' : null,
      municipality: ctx.municipality,
    },
    evidence,
  );
  for (const p of parties) ctx.facts.edge('PARTY_TO', p.id, id, { role: p.role }, evidence);
  // What the money is for (`9 miljoen euro voor de wijkteams`) is also what the agreement is about.
  for (const p of parties) if (p.purpose) ctx.facts.edge('CONCERNS', id, p.id, {}, evidence);
  const payer = parties.find((p) => p.role === 'payer');
  for (const p of parties) if (payer && p.role === 'payee') ctx.facts.edge('FUNDS', payer.id, p.id, {}, evidence);
  return id;
}
