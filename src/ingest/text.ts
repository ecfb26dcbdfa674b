import type { Passage } from './facts.js';

/** The passage `text[start, end)`, trimmed of surrounding white space so quotes read cleanly. */
export function passage(text: string, start: number, end: number): Passage {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/** One line of a text with its offsets; `end` excludes the line break. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function lines(text: string): Line[] {
  const result: Line[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const full = match[0];
    if (full === '') break;
    const lineText = full.replace(/[\r\n]+$/, '');
    result.push({ text: lineText, start: match.index, end: match.index + lineText.length });
  }
  return result;
}

/**
 * A copy of the text with the same length, so every offset into it is an offset into the
 * original: curly quotes become straight, bullets (« » • * ▪) become '•', common OCR slips are
 * repaired letter for letter (`€én` -> `één`, `financién` -> `financiën`, `VO06r` -> `Voor `), words
 * hyphenated over a line break are joined (`toe-\nzegging` -> `toezegging  `).
 * Extractors match on the shadow and quote the original.
 */
export function shadowText(text: string): string {
  const out = text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[«»•▪◦●■►\u25AA\u25CF\u2023\u2043]/g, '•')
    .replace(/(^|\n)([ \t]*)[*>](?=\s)/g, (_m, a: string, b: string) => `${a}${b}•`)
    .replace(/€(?=[éeë]n\b)/g, 'é')
    .replace(/ién\b/g, 'iën')
    .replace(/\bV[O0o][O0o6][0O6]?r(?=\s)/g, (m) => 'Voor'.padEnd(m.length, ' '))
    .replace(/\bi(I[a-z]{3,})/g, (_m, w: string) => ` ${w.toLowerCase()}`)
    // OCR and justified print break words at line ends: `toe-\nzegging`, `gemeente-\nraad`. The
    // halves are joined and the freed hyphen and break become spaces after the word, so no
    // other offset moves. A capital after the break (`Zuid-\nHolland`) keeps its hyphen.
    .replace(/(\p{Ll})-\r?\n([ \t]*)(\p{Ll}+)/gu, (m, a: string, _ws: string, b: string) => `${a}${b}`.padEnd(m.length, ' '));
  if (out.length !== text.length) throw new Error('shadowText changed the length of the text');
  return out;
}

/** Line breaks as spaces (same length): for patterns that may wrap over lines. */
export const flatten = (text: string): string => text.replace(/[\r\n]/g, ' ');

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = /(?:(?<![\p{L}])(?:[A-Za-z]|VOORZ|[Vv]oorz|bv|bijv|o\.a|d\.d|dhr|mevr|mw|nr|t\.a\.v|i\.v\.m|m\.b\.t|n\.a\.v|ca|resp|evt|incl|excl|jl|e\.d|p|blz|art|vs|drs|mr|dr|ir|ing|prof|N\.B|t\/m)\.)$/u;

/**
 * A speaker's label in OCR'd minutes, after the space before it: the chair `VOORZ.` or a member
 * `dhr. VAN NIEUWENHUIJZEN.`, `De heer BOER Ik zal ...` (surname in capitals); or the chair in capitals as a subject where the
 * full stop before was lost (`... daar terugkomt De VOORZ. zal het nazien`).
 */
const OCR_TURN_LABEL = /^\s(?:VOORZ(?:ITTER)?\.\s+["'(]?\p{Lu}|De\s+VOORZ(?:ITTER|\.)\s|(?:De\s+heer|Mevrouw|Wethouder)\s+(?:(?:VAN|DE|DER|DEN|TEN|TER)\s+){0,3}\p{Lu}{3,}(?:[-']\p{Lu}{2,})*\s+\p{Lu}\p{Ll}|(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]ej)\.\s+(?:(?:van|de|der|den|ten|ter|VAN|DE|DER|DEN|TEN|TER)\s+){0,3}\p{Lu}{3,}(?:['\s-]\p{Lu}{2,})*\s*[.:-]\s)/u;

/**
 * Sentences of `sh[start, end)`: ends at `.`, `!`, `?` or `:` followed by a capital, at blank
 * lines and at bullets. Abbreviations (`d.d.`, `B.W.`, `N.B.`) do not end a sentence.
 */
export function sentences(sh: string, start: number, end: number): Span[] {
  const result: Span[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /[\s•\-]/.test(sh.charAt(a))) a++;
    while (b > a && /\s/.test(sh.charAt(b - 1))) b--;
    if (b > a) result.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = sh.charAt(i);
    if (c === '\n' && (/^\n[ \t]*(\n|•|\d{1,2}[.)]\s|-\s)|^\n[ \t]+\S/.test(sh.slice(i, i + 6)) || /^\n[A-Z][\w /&-]{0,30}(?:\t|:\s)/.test(sh.slice(i, i + 34)))) {
      push(i);
      s = i + 1;
      continue;
    }
    // A row of a `;`-separated register is a unit of its own.
    if (c === '\n' && (isSemicolonRow(sh, sh.lastIndexOf('\n', i - 1) + 1, i) || isSemicolonRow(sh, i + 1, nextBreak(sh, i + 1)))) {
      push(i);
      s = i + 1;
      continue;
    }
    // A heading on its own line (`Agendapunt 5 - Rondvraag`, `Vervolg`, `Besluit nr. 4 - Krediet X`) ends where the
    // next line opens with a capital: the heading line is the whole unit so far and ends in no
    // punctuation or joining word.
    if (c === '\n' && isHeadingLine(sh, s, i)) {
      push(i);
      s = i + 1;
      continue;
    }
    // A turn label of OCR'd minutes (`VOORZ.`, `dhr. VOGELAAR.`) starts a unit wherever it stands,
    // also after a sentence that lost its full stop (`... op attende- dhr. MARIJNISSEN.`).
    if ((c === ' ' || c === '\n') && i > s && /[VvDdMmW]/.test(sh.charAt(i + 1)) && OCR_TURN_LABEL.test(sh.slice(i, i + 80)) && !/\b(?:De|de|He|he|Be|be)$/.test(sh.slice(Math.max(start, i - 3), i))) {
      push(i);
      s = i + 1;
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && /^\s+["'(]?[A-Z0-9•]/.test(sh.slice(i + 1, i + 4))) {
      const before = sh.slice(Math.max(start, i - 8), i + 1);
      if (c === '.' && ABBREVIATIONS.test(before)) continue;
      // The number of a list item (`1. Kennis te nemen ...`) is not a sentence.
      if (c === '.' && /(?:^|\n)[ \t]*\d{1,2}\.$/.test(sh.slice(Math.max(0, i - 6), i + 1)) && sh.lastIndexOf('\n', i) + 1 >= s) continue;
      push(i + 1);
      s = i + 1;
    }
  }
  push(end);
  return result;
}

function nextBreak(sh: string, from: number): number {
  const n = sh.indexOf('\n', from);
  return n < 0 ? sh.length : n;
}

function isSemicolonRow(sh: string, start: number, end: number): boolean {
  return (sh.slice(start, end).match(/;/g) ?? []).length >= 3;
}

const JOINING_END = /(?:^|\s)(?:de|het|een|van|voor|en|of|in|op|met|aan|te|om|naar|bij|over|door|dat|die|als|tot|uit|the|zijn|is|wordt|heeft)$/i;

/** The line ending at `lineEnd` is a heading of its own: it began the current unit, is short, ends without punctuation and the next line opens with a capital. */
function isHeadingLine(sh: string, unitStart: number, lineEnd: number): boolean {
  const lineStart = sh.lastIndexOf('\n', lineEnd - 1) + 1;
  if (sh.slice(unitStart, lineStart).trim() !== '') return false;
  const line = sh.slice(lineStart, lineEnd).trim();
  if (line === '' || line.length > 70 || /[.,;:!?(-]$/.test(line) || JOINING_END.test(line)) return false;
  if (!/^(?:[A-Z0-9]|•)/.test(line)) return false;
  return /^[ \t]*[A-Z]\S*[ \t]+\S/.test(sh.slice(lineEnd + 1, lineEnd + 60));
}
