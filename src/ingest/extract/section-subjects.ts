import { lines, type Span } from '../text.js';
import type { DocContext } from './context.js';
import { organisationMentions } from './mentions.js';

/**
 * Sections about the organisation or the assignment of one entity: a heading such as
 * `Toekomstige opdracht en organisatie in recent beleid` or `Terugblik organisatievorm`, in a
 * document about `keuze organisatievorm sociaal wijkteam`. What such a section lists (policies,
 * agreements) concerns that entity. The entity is the organisation the heading names, else the
 * one the document's opening says it is about (`organisatievorm X`, `opdracht voor X`).
 */
export interface SubjectSection extends Span {
  readonly subjectId: string;
}

/** Heading words that say the section is about how an entity is organised or what it is to do. */
const ORGANISATION_HEADING = /\b(?:organisatie(?:vorm)?|opdracht|inrichting|aansturing|governance|positionering)\b/i;

/** What comes before the entity a document is about: `keuze organisatievorm sociaal wijkteam`, `de toekomst van de wijkteams`. */
const SUBJECT_LEAD = /\b(?:organisatievorm|organisatie|inrichting|opdracht|aansturing|toekomst|positionering)(?:\s+(?:van|voor|aan))?(?:\s+(?:het|de|ons|onze))?\s*$/i;

/** Lines that stand as headings: short, not a list item, no closing punctuation, set apart from the text before and after. */
export function headingLines(ctx: DocContext): Span[] {
  const all = lines(ctx.shLines);
  const out: Span[] = [];
  all.forEach((l, i) => {
    const t = l.text.trim();
    if (t.length < 3 || t.length > 80) return;
    if (/^(?:•|-|\*|\d{1,2}[.)]\s|[a-z][.)]\s)/.test(t) || /[.,;:!?]$/.test(t)) return;
    // `Woonvisie (begin 2020): meer samenwerking` is an item with its gloss, not a heading.
    if (/\)\s*:\s*\S/.test(t) || (t.length > 50 && /:\s+\S/.test(t))) return;
    const prev = all[i - 1];
    const next = all[i + 1];
    const apartBefore = prev === undefined || prev.text.trim() === '' || /^\s/.test(l.text);
    const apartAfter = next === undefined || next.text.trim() === '' || /^\s*(?:•|-\s|\*)/.test(next.text);
    if (apartBefore && apartAfter) out.push({ start: l.start + (l.text.length - l.text.trimStart().length), end: l.end });
  });
  return out;
}

/** The organisation the document as a whole is about, from its opening: null when it names none that way. */
export function documentSubject(ctx: DocContext): string | null {
  const headEnd = Math.min(ctx.sh.length, 600);
  for (const o of organisationMentions(ctx, 0, headEnd)) {
    if (SUBJECT_LEAD.test(ctx.sh.slice(Math.max(0, o.start - 60), o.start))) return o.id;
  }
  return null;
}

/** Lines that open with white space after a line of text: where an OCR'd deck starts a new slide. */
function slideBreaks(ctx: DocContext): number[] {
  const all = lines(ctx.shLines);
  return all.filter((l, i) => i > 0 && /^[ \t]+[^\s•*-]/.test(l.text) && (all[i - 1]?.text.trim() ?? '') !== '').map((l) => l.start);
}

export function subjectSections(ctx: DocContext): SubjectSection[] {
  const heads = headingLines(ctx);
  const breaks = [...slideBreaks(ctx), ...heads.map((h) => h.start)].sort((a, b) => a - b);
  const docSubject = documentSubject(ctx);
  const out: SubjectSection[] = [];
  heads.forEach((h) => {
    if (!ORGANISATION_HEADING.test(ctx.sh.slice(h.start, h.end))) return;
    const named = organisationMentions(ctx, h.start, h.end)[0]?.id ?? null;
    const subjectId = named ?? docSubject;
    if (subjectId === null) return;
    const end = Math.min(breaks.find((b) => b > h.end) ?? ctx.sh.length, h.end + 1500);
    out.push({ start: h.end, end, subjectId });
  });
  return out;
}

/** The subject of the section a unit of text lies in, or null. */
export function subjectAt(sections: readonly SubjectSection[], u: Span): string | null {
  return sections.find((s) => u.start >= s.start && u.end <= s.end)?.subjectId ?? null;
}
