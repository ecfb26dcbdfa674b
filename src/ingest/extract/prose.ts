import { DUTCH_MONTH_PATTERN, parseNumericDate, parseWrittenDate } from '../dates.js';
import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { findFuzzyDate } from '../fuzzy-dates.js';
import { sentences, type Span } from '../text.js';
import { extractAgreement } from './agreements.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { actorMentions, organisationMentions, type Mention } from './mentions.js';
import { findPolicies } from './policies.js';
import { extractPolicyLineage } from './policy-lineage.js';
import { documentSubject, subjectAt, subjectSections } from './section-subjects.js';

/**
 * Facts that live in single units of prose or slides, wherever they stand: references to
 * letters and proposals, policies with their (loose) adoption date and aims, research, and
 * agreements. Meetings' statements are extracted per meeting (statements.ts).
 */

const LETTER_KINDS = 'Wethoudersbrief|Raadsinformatiebrief|Collegebrief|Raadsvoorstel|Raadsbrief|Brief|Memo|Collegebesluit';

/** `Wethoudersbrief van 8 april 2020 inzake keuze organisatievorm ...` as a Document. */
export function extractDocumentReferences(ctx: DocContext): string[] {
  const re = new RegExp(`\\b(${LETTER_KINDS})\\s+(?:van|d\\.d\\.|dd|d\\.d)\\s+(\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\s+\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4})\\s+(?:inzake|over|betreffende|met betrekking tot|m\\.b\\.t\\.|aangaande)\\s+([^.]+?)(?=\\s{2,}|\\.|,|$)`, 'gi');
  const ids: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.sh)) !== null) {
    const iso = parseWrittenDate(m[2] ?? '')?.date ?? parseNumericDate(m[2] ?? '');
    const kind = (m[1] ?? '').toLowerCase();
    const title = ctx.text.slice(m.index + m[0].length - (m[3] ?? '').length, m.index + m[0].length).replace(/\s+/g, ' ').trim();
    const id = entityId('document', ctx.municipality, `${kind}-${iso ?? ''}-${title}`);
    ctx.facts.node(id, 'Document', { kind, title, date: iso ? date(iso) : null, municipality: ctx.municipality }, ev(ctx, m.index, m.index + m[0].length));
    organisationMentions(ctx, m.index, m.index + m[0].length);
    ids.push(id);
  }
  return ids;
}

/** Units of slides and prose: bullets, paragraphs and sentences. */
export function units(ctx: DocContext): Span[] {
  return sentences(ctx.shLines, 0, ctx.shLines.length);
}

function splitAims(ctx: DocContext, start: number, end: number): string[] {
  const raw = ctx.text.slice(start, end).replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  if (raw === '') return [];
  const parts = raw.split(/\s+en\s+(?=(?:de|het|een)?\s*\S+\s+\S+)/);
  return parts.length > 1 && parts.every((p) => p.split(' ').length >= 2) ? parts : [raw];
}

/**
 * `Lokaal plan jeugd (begin 2019): streven naar een eenduidige aansturing` — a policy, when it was
 * adopted (loosely) and what it aims at; `Langjarige integrale overeenkomst sluiten
 * (coalitieakkoord)` — an aim attributed to the policy in brackets.
 */
export function extractPolicyAims(ctx: DocContext, u: Span, ref: string): void {
  for (const p of findPolicies(ctx, u.start, u.end)) {
    const after = ctx.sh.slice(p.end, u.end);
    const paren = /^\s*\(([^)]{3,40})\)\s*:?\s*/.exec(after);
    if (paren) {
      const fuzzy = findFuzzyDate(paren[1] ?? '', ref);
      const aimsStart = p.end + paren[0].length;
      const aims = after.slice(paren[0].length).trim() === '' ? [] : splitAims(ctx, aimsStart, u.end);
      const originalWhen = ctx.text.slice(p.end + after.indexOf('(') + 1, p.end + after.indexOf(')')).replace(/\s+/g, ' ');
      ctx.facts.node(p.id, 'Policy', {
        adoptedText: fuzzy ? originalWhen : null,
        adoptedEarliest: fuzzy?.earliest ? date(fuzzy.earliest) : null,
        adoptedLatest: fuzzy?.latest ? date(fuzzy.latest) : null,
        aims,
      }, ev(ctx, u.start, u.end));
      continue;
    }
    const before = ctx.sh.slice(u.start, p.start);
    const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(ctx.sh.slice(p.end, u.end));
    if (bracketed) {
      const aimEnd = u.start + before.lastIndexOf('(');
      const aims = splitAims(ctx, u.start, aimEnd);
      ctx.facts.node(p.id, 'Policy', { aims }, ev(ctx, u.start, u.end));
    }
  }
}

/** `Extern onderzoek naar toekomstige taken van X en Y` as a Topic of kind onderzoek concerning X and Y. */
export function extractResearch(ctx: DocContext, u: Span): void {
  const s = ctx.sh.slice(u.start, u.end);
  const m = /\b(?:(?:extern|onafhankelijk|nader)\s+)?onderzoek\s+(?:naar|over)\s+/i.exec(s);
  if (!m || /\bvraagt|\bverzoekt|\bzal\b|\bzullen\b/i.test(s)) return;
  const start = u.start + m.index;
  const name = ctx.text.slice(start, u.end).replace(/\s+/g, ' ').trim();
  const id = entityId('topic', ctx.municipality, `onderzoek-${name}`);
  ctx.facts.node(id, 'Topic', { name, kind: 'onderzoek', municipality: ctx.municipality }, ev(ctx, start, u.end));
  const orgs: Mention[] = organisationMentions(ctx, start, u.end);
  for (const o of orgs) ctx.facts.edge('CONCERNS', id, o.id, {}, ev(ctx, start, u.end));
}

/**
 * Under a heading about an entity's organisation or assignment, a listed policy (the unit opens
 * with its name) concerns that entity (see section-subjects.ts).
 */
function linkPoliciesToSubject(ctx: DocContext, u: Span, subjectId: string): void {
  const evidence = ev(ctx, u.start, u.end);
  for (const p of findPolicies(ctx, u.start, u.end)) {
    if (/^[\s•"'.]*$/.test(ctx.sh.slice(u.start, p.start))) ctx.facts.edge('CONCERNS', p.id, subjectId, {}, evidence);
  }
}

export function extractProseFacts(ctx: DocContext, ref: string): void {
  extractDocumentReferences(ctx);
  const sections = subjectSections(ctx);
  // In a document about how one entity is organised (`keuze organisatievorm sociaal wijkteam`), the
  // agreements it lists are that entity's arrangements; elsewhere only those under such a heading.
  const docSubject = documentSubject(ctx);
  const all = units(ctx);
  all.forEach((u, i) => {
    actorMentions(ctx, u.start, u.end, null);
    extractPolicyAims(ctx, u, ref);
    extractPolicyLineage(ctx, u);
    // A unit that breaks off without punctuation continues in the next one when that starts with a name (OCR'd slides).
    const next = all[i + 1];
    const continues = next !== undefined && !/[.!?:;]\s*$/.test(ctx.sh.slice(u.start, u.end)) && organisationMentions(ctx, next.start, next.end).some((o) => o.start === next.start);
    extractResearch(ctx, continues ? { start: u.start, end: next.end } : u);
    const agreementId = extractAgreement(ctx, u, ref);
    const subjectId = subjectAt(sections, u);
    if (subjectId !== null) linkPoliciesToSubject(ctx, u, subjectId);
    const agreementSubject = docSubject ?? subjectId;
    if (agreementId !== null && agreementSubject !== null) ctx.facts.edge('CONCERNS', agreementId, agreementSubject, {}, ev(ctx, u.start, u.end));
  });
}

/** The document's own date: a `Datum:` field, else the first written date in its first part. */
export function documentDate(sh: string): string | null {
  const field = new RegExp(`^\\s*(?:Datum|Date|Verzonden|Vergaderdatum)\\s*:?\\s+(?:\\w+dag\\s+)?(\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})`, 'im').exec(sh);
  if (field) return parseWrittenDate(field[1] ?? '')?.date ?? parseNumericDate(field[1] ?? '');
  const head = sh.slice(0, 3000);
  const written = parseWrittenDate(head);
  if (written) return written.date;
  const numeric = /\b(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b/.exec(head);
  return numeric ? parseNumericDate(numeric[1] ?? '') : null;
}
