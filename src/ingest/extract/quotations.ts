import { cuesIn, foldWords } from './commitments/lexicon.js';

/**
 * Quoted speech in a text: where a quotation opens and closes, and the reporting clause that says
 * who spoke it (`"...", aldus Van der Horst.`, `,,...'', reageert Bert Terlouw van D66`,
 * `Constantijn Dolmans van D66 meldt: "..."`). A news item or a party's page quotes the people it
 * reports on; the `we` and `ik` inside a quotation are the quoted speaker's, not the writer's and
 * not the college's unless the speaker is of the college.
 *
 * Marks as Dutch texts use them: `„ ... ”`, `“ ... ”`, `" ... "`, `,, ... ''` (old newspaper
 * style, also closed by `’’` or `”`), `‘ ... ’` and `' ... '`. A single mark opens only at the
 * start of a word and closes only at its end, so the apostrophes of `foto's` and `'s avonds` are
 * not quotations. A quotation left open ends with its paragraph.
 */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset after the closing mark, or the end of the paragraph when it was left open. */
  readonly end: number;
  /** The reporting clause naming the speaker (the words after the closing mark, or before the opening one), or null. */
  readonly attribution: { readonly start: number; readonly end: number } | null;
}

/** The longest quotation read as one; a mark with no partner this far on is noise (OCR, inches). */
const MAX_QUOTE = 1500;
/** The longest reporting clause: `aldus CDA-raadslid Richard Weijers namens de indieners van de motie`. */
const MAX_CLAUSE = 160;

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013-]/u;

interface Open { readonly at: number; readonly width: number; readonly single: boolean }

/** An opening mark at `i`, or null. */
function openingAt(text: string, i: number): Open | null {
  const c = text[i] ?? '';
  const prev = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const next = text[i + 1] ?? '';
  if (c === ',' && next === ',' && LETTER.test(text[i + 2] ?? '') || (c === ',' && next === ',' && /["'‘“]/.test(text[i + 2] ?? ''))) return { at: i, width: 2, single: false };
  if (c === '„' && next !== '' && !/\s/.test(next)) return { at: i, width: 1, single: false };
  if ((c === '“' || c === '"') && (SPACE_BEFORE.test(prev) || prev === ':' || i === 0) && next !== '' && !/\s/.test(next)) return { at: i, width: 1, single: false };
  if ((c === '‘' || c === "'") && (SPACE_BEFORE.test(prev) || prev === ':' || i === 0) && LETTER.test(next)) {
    // `'s avonds`, `’t Zand`: a contraction, not a quotation.
    if (/^['‘](?:s|t|n)\b/i.test(text.slice(i, i + 3))) return null;
    return { at: i, width: 1, single: true };
  }
  return null;
}

/** The end (after the mark) of the closing mark of a quotation opened at `open`, before `limit`; else null. */
function closingAfter(text: string, open: Open, limit: number): number | null {
  for (let i = open.at + open.width; i < limit; i++) {
    const c = text[i] ?? '';
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? '';
    if (/\s/.test(prev)) continue;
    if (open.single) {
      if ((c === '’' || c === "'") && !LETTER.test(next)) return i + 1;
      continue;
    }
    if ((c === "'" && next === "'") || (c === '’' && next === '’')) return i + 2;
    if (c === '”' || c === '"' || c === '“') return i + 1;
  }
  return null;
}

/** Where the paragraph that holds `at` ends: a blank line, else the text's end. */
function paragraphEnd(text: string, at: number): number {
  const m = /\n[ \t]*\n/.exec(text.slice(at, at + MAX_QUOTE));
  return m === null ? Math.min(text.length, at + MAX_QUOTE) : at + m.index;
}

function startsWithSpeechVerb(clause: string): boolean {
  const folded = foldWords(clause);
  return cuesIn('speech-verb', folded).some((c) => folded.startsWith(` ${c} `) || folded.startsWith(` zo ${c} `));
}

/** The reporting clause right after a closing mark: `, aldus X.`, `zegt wethouder X met krachtige stem.` */
function clauseAfter(text: string, end: number): { start: number; end: number } | null {
  const rest = text.slice(end, end + MAX_CLAUSE);
  const lead = /^[ \t]*[,;–—-]?[ \t]*/.exec(rest)?.[0] ?? '';
  const body = /^(?:[^.!?\n„“"‘]|[.!?](?=[^\s"”’]))*/.exec(rest.slice(lead.length))?.[0] ?? '';
  if (body.trim() === '' || !startsWithSpeechVerb(body)) return null;
  return { start: end + lead.length, end: end + lead.length + body.replace(/[\s,;:]+$/, '').length };
}

/** The clause right before an opening mark that names its speaker: `X van D66 meldt:`, `zegt wethouder X:`, `Wethouder X:`. */
function clauseBefore(text: string, start: number): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, start - MAX_CLAUSE), start);
  // The clause starts after the last sentence end (`.` before a space: not the dots of `P.v.d.A.-fractie`), line break or quotation.
  let from = 0;
  for (const m of before.matchAll(/[.!?](?=\s)|[\n”"]/g)) from = m.index + 1;
  const clause = before.slice(from);
  const trimmed = clause.replace(/\s+$/, '');
  if (!/[:,]$/.test(trimmed)) return null;
  const words = foldWords(trimmed).trim().split(' ').filter((w) => w !== '');
  const speaks = cuesIn('speech-verb', foldWords(trimmed)).length > 0;
  // A bare label (`Wethouder Jansen:`) names the speaker; a longer clause must say that someone speaks.
  if (!(speaks || (trimmed.endsWith(':') && words.length > 0 && words.length <= 5))) return null;
  const lead = clause.length - clause.trimStart().length;
  const at = start - before.length + from + lead;
  return { start: at, end: at + trimmed.trimStart().length - 1 };
}

/** Every quotation of `text`, in order, none inside another. */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const open = openingAt(text, i);
    if (open === null) {
      i++;
      continue;
    }
    const paraEnd = paragraphEnd(text, open.at);
    const close = closingAfter(text, open, paraEnd);
    // A single mark with no partner in its paragraph is an apostrophe; a double one opens a quotation that runs to the paragraph's end.
    if (close === null && open.single) {
      i++;
      continue;
    }
    const end = close ?? paraEnd;
    let attribution = (close === null ? null : clauseAfter(text, end)) ?? clauseBefore(text, open.at);
    // `„A”, zegt X. „B”`: a quotation that follows an attributed one with nothing but the clause between is the same speaker's.
    const previous = out[out.length - 1];
    if (attribution === null && previous !== undefined && previous.attribution !== null && previous.attribution.start >= previous.end && /^[\s.,;:–—-]*$/.test(text.slice(previous.attribution.end, open.at))) {
      attribution = previous.attribution;
    }
    out.push({ start: open.at, end, attribution });
    i = Math.max(end, i + 1);
  }
  return out;
}

/** The quotation that holds offset `at`, or null (quotations in text order, as `quotations` gives them). */
export function quotationAt(list: readonly Quotation[], at: number): Quotation | null {
  for (const q of list) {
    if (q.start > at) return null;
    if (at < q.end) return q;
  }
  return null;
}
