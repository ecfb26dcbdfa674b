import * as chrono from 'chrono-node';
import { DUTCH_MONTH_PATTERN, monthNumber, parseWrittenDate } from './dates.js';

/**
 * Loose Dutch time expressions ("na de zomer", "medio 2019", "binnen twee weken") as a window of
 * dates, resolved against the date on which they were said. The original words are kept: the
 * window is our reading of them, not what the document says.
 */
export interface FuzzyDate {
  readonly text: string;
  readonly earliest: string | null;
  readonly latest: string | null;
}

export interface FoundFuzzyDate extends FuzzyDate {
  readonly start: number;
  readonly end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOf = (y: number, m: number) => ymd(y, m, lastDay(y, m));

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(d, lastDay(ny, nm)));
}

const NUMBERS: Readonly<Record<string, number>> = {
  een: 1, één: 1, enkele: 3, paar: 2, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12,
};
const num = (w: string): number => (/^\d+$/.test(w) ? Number(w) : (NUMBERS[w.toLowerCase()] ?? NaN));

const YEAR = '((?:19|20)\\d{2})';
const OPT_YEAR = `(?:\\s+(?:van\\s+)?${YEAR})?`;
const NUMBER_WORD = '(\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|enkele|paar)';

type Resolver = (m: RegExpExecArray, ref: string) => { earliest: string | null; latest: string | null } | null;

/** Year given in the match, else the reference year, moved on by one when the window already passed. */
function yearFor(given: string | undefined, ref: string, windowEndMonthDay: string): number {
  const refYear = Number(ref.slice(0, 4));
  if (given !== undefined) return Number(given);
  return ref.slice(5) > windowEndMonthDay ? refYear + 1 : refYear;
}

const QUARTERS: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 };

/** Ordered: longer, more specific phrasings first. */
const RULES: readonly (readonly [RegExp, Resolver])[] = [
  [new RegExp(`\\b(?:na|voorafgaand aan na)\\s+(?:de\\s+)?(?:zomer(?:vakantie|reces)?|zomerperiode)${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = yearFor(m[1], ref, '08-31');
    return { earliest: ymd(y, 9, 1), latest: ymd(y, 12, 31) };
  }],
  [new RegExp(`\\b(?:voor|vóór)\\s+(?:de\\s+)?(?:zomer(?:vakantie|reces)?|zomerperiode)${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = yearFor(m[1], ref, '07-15');
    return { earliest: m[1] === undefined || Number(m[1]) === Number(ref.slice(0, 4)) ? ref : ymd(y, 1, 1), latest: ymd(y, 7, 15) };
  }],
  // The council's own calendar: the budget (begroting Y) is debated in the autumn of Y-1, the
  // kadernota for Y before the summer of Y-1; a proposal's raadsbehandeling is within a few months.
  [new RegExp(`\\b(?:voor|vóór)\\s+(?:de\\s+)?begrotingsbehandeling${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = m[1] === undefined ? yearFor(undefined, ref, '11-30') : Number(m[1]) - 1;
    return { earliest: ref, latest: ymd(y, 11, 30) };
  }],
  [new RegExp(`\\b(?:voor|vóór)\\s+(?:de\\s+)?(?:behandeling\\s+van\\s+de\\s+)?kadernota${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = m[1] === undefined ? yearFor(undefined, ref, '07-15') : Number(m[1]) - 1;
    return { earliest: ref, latest: ymd(y, 7, 15) };
  }],
  [/\b(?:voor|vóór)\s+(?:de\s+)?raadsbehandeling\b/i, (_m, ref) => ({ earliest: ref, latest: addMonths(ref, 3) })],
  [new RegExp(`\\b(?:in|tijdens)\\s+de\\s+zomer(?:vakantie)?${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = yearFor(m[1], ref, '08-31');
    return { earliest: ymd(y, 7, 1), latest: ymd(y, 8, 31) };
  }],
  [new RegExp(`\\b(?:voor|vóór)\\s+(?:de\\s+)?kerst(?:reces|vakantie|mis)?${OPT_YEAR}`, 'i'), (m, ref) => {
    const y = yearFor(m[1], ref, '12-24');
    return { earliest: ref, latest: ymd(y, 12, 24) };
  }],
  [new RegExp(`\\b(?:in\\s+)?het\\s+(najaar|voorjaar)${OPT_YEAR}`, 'i'), (m, ref) => {
    const autumn = (m[1] ?? '').toLowerCase() === 'najaar';
    const y = yearFor(m[2], ref, autumn ? '11-30' : '05-31');
    return autumn ? { earliest: ymd(y, 9, 1), latest: ymd(y, 11, 30) } : { earliest: ymd(y, 3, 1), latest: ymd(y, 5, 31) };
  }],
  [/\b(?:voor|vóór|tegen)\s+(?:het\s+)?eind(?:e)?\s+van\s+(?:het|dit)\s+jaar\b/i, (_m, ref) => ({ earliest: ref, latest: ymd(Number(ref.slice(0, 4)), 12, 31) })],
  [/\b(?:eind(?:e)?|begin|medio|half)\s+(?:van\s+)?(dit|volgend|het\s+komende|komend)\s+jaar\b/i, (m, ref) => {
    const y = Number(ref.slice(0, 4)) + ((m[1] ?? '').startsWith('dit') ? 0 : 1);
    const w = (m[0] ?? '').toLowerCase();
    return w.startsWith('begin') ? { earliest: ymd(y, 1, 1), latest: ymd(y, 3, 31) } : w.startsWith('eind') ? { earliest: ymd(y, 10, 1), latest: ymd(y, 12, 31) } : { earliest: ymd(y, 5, 1), latest: ymd(y, 8, 31) };
  }],
  [new RegExp(`\\b(begin|medio|half|eind(?:e)?|halverwege)\\s+${YEAR}\\b`, 'i'), (m) => {
    const y = Number(m[2]);
    const w = (m[1] ?? '').toLowerCase();
    if (w === 'begin') return { earliest: ymd(y, 1, 1), latest: ymd(y, 3, 31) };
    if (w.startsWith('eind')) return { earliest: ymd(y, 10, 1), latest: ymd(y, 12, 31) };
    return { earliest: ymd(y, 5, 1), latest: ymd(y, 8, 31) };
  }],
  [new RegExp(`\\b(?:in\\s+)?(?:de\\s+)?(eerste|tweede)\\s+helft\\s+(?:van\\s+)?${YEAR}`, 'i'), (m) => {
    const y = Number(m[2]);
    return (m[1] ?? '').toLowerCase() === 'eerste' ? { earliest: ymd(y, 1, 1), latest: ymd(y, 6, 30) } : { earliest: ymd(y, 7, 1), latest: ymd(y, 12, 31) };
  }],
  [new RegExp(`\\b(?:in\\s+)?Q([1-4])\\s*(?:van\\s+)?'?${YEAR}?`, 'i'), (m, ref) => {
    const q = Number(m[1]);
    const y = m[2] === undefined ? Number(ref.slice(0, 4)) : Number(m[2]);
    return { earliest: ymd(y, q * 3 - 2, 1), latest: endOf(y, q * 3) };
  }],
  [new RegExp(`\\b(?:in\\s+)?het\\s+(eerste|tweede|derde|vierde|laatste)\\s+kwartaal${OPT_YEAR}`, 'i'), (m, ref) => {
    const q = QUARTERS[(m[1] ?? '').toLowerCase()] ?? 1;
    const y = m[2] === undefined ? Number(ref.slice(0, 4)) : Number(m[2]);
    return { earliest: ymd(y, q * 3 - 2, 1), latest: endOf(y, q * 3) };
  }],
  [new RegExp(`\\bbinnen\\s+(?:de\\s+)?${NUMBER_WORD}\\s+(dagen|dag|weken|week|maanden|maand|jaar)\\b`, 'i'), (m, ref) => {
    const n = num(m[1] ?? '');
    if (Number.isNaN(n)) return null;
    const unit = (m[2] ?? '').toLowerCase();
    const latest = unit.startsWith('dag') ? addDays(ref, n) : unit.startsWith('we') ? addDays(ref, 7 * n) : unit === 'jaar' ? addMonths(ref, 12 * n) : addMonths(ref, n);
    return { earliest: ref, latest };
  }],
  [/\bbinnen\s+(?:een|één)\s+(week|maand)\b/i, (m, ref) => ({ earliest: ref, latest: (m[1] ?? '').toLowerCase() === 'week' ? addDays(ref, 7) : addMonths(ref, 1) })],
  [new RegExp(`\\b(?:voor|vóór|uiterlijk|tot)\\s+(?:de\\s+)?(\\d{1,2})\\s+(${DUTCH_MONTH_PATTERN})${OPT_YEAR}`, 'i'), (m, ref) => {
    const month = monthNumber(m[2] ?? '');
    if (month === null) return null;
    const day = Number(m[1]);
    let y = m[3] === undefined ? Number(ref.slice(0, 4)) : Number(m[3]);
    if (m[3] === undefined && ymd(y, month, day) < ref) y += 1;
    const lastIso = m[0].toLowerCase().startsWith('uiterlijk') || m[0].toLowerCase().startsWith('tot') ? ymd(y, month, day) : addDays(ymd(y, month, day), -1);
    return { earliest: ref, latest: lastIso };
  }],
  [new RegExp(`\\b(?:voor|vóór)\\s+(?:de\\s+)?(?:maand\\s+)?(${DUTCH_MONTH_PATTERN})${OPT_YEAR}\\b`, 'i'), (m, ref) => {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    let y = m[2] === undefined ? Number(ref.slice(0, 4)) : Number(m[2]);
    if (m[2] === undefined && month < Number(ref.slice(5, 7))) y += 1;
    return { earliest: ref, latest: addDays(ymd(y, month, 1), -1) };
  }],
  [new RegExp(`\\b(?:in|eind|begin)\\s+(?:de\\s+maand\\s+)?(${DUTCH_MONTH_PATTERN})${OPT_YEAR}\\b`, 'i'), (m, ref) => {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    let y = m[2] === undefined ? Number(ref.slice(0, 4)) : Number(m[2]);
    if (m[2] === undefined && month < Number(ref.slice(5, 7))) y += 1;
    return { earliest: ymd(y, month, 1), latest: endOf(y, month) };
  }],
  [new RegExp(`\\b${YEAR}\\s*(?:-|t/m|tot en met|tot)\\s*${YEAR}\\b`, 'i'), (m) => ({ earliest: ymd(Number(m[1]), 1, 1), latest: ymd(Number(m[2]), 12, 31) })],
  // `Voor 2017: losse subsidies` (before) at the start of a clause; `een vorm voor 2021` (for) elsewhere.
  [new RegExp(`(?:^|[:;,•(]\\s*)(?:voor|vóór|tot)\\s+${YEAR}\\b`, 'i'), (m) => ({ earliest: null, latest: ymd(Number(m[1]) - 1, 12, 31) })],
  [new RegExp(`\\b(?:voor|in|tijdens)\\s+${YEAR}\\b`, 'i'), (m) => ({ earliest: ymd(Number(m[1]), 1, 1), latest: ymd(Number(m[1]), 12, 31) })],
  [new RegExp(`\\b(?:vanaf|per|met ingang van)\\s+${YEAR}\\b`, 'i'), (m) => ({ earliest: ymd(Number(m[1]), 1, 1), latest: null })],
  [/\b(?:op\s+korte\s+termijn|zo\s+snel\s+mogelijk|binnenkort|spoedig)\b/i, (_m, ref) => ({ earliest: ref, latest: null })],
  [/\b(?:volgend|komend)\s+jaar\b/i, (_m, ref) => {
    const y = Number(ref.slice(0, 4)) + 1;
    return { earliest: ymd(y, 1, 1), latest: ymd(y, 12, 31) };
  }],
  [/\bdit\s+jaar\b/i, (_m, ref) => ({ earliest: ref, latest: ymd(Number(ref.slice(0, 4)), 12, 31) })],
  [new RegExp(`\\b(?:in|tijdens)\\s+${YEAR}\\b`, 'i'), (m) => ({ earliest: ymd(Number(m[1]), 1, 1), latest: ymd(Number(m[1]), 12, 31) })],
];

/** The first loose time expression in `text`, with its window; null when there is none. */
export function findFuzzyDate(text: string, ref: string): FoundFuzzyDate | null {
  let best: FoundFuzzyDate | null = null;
  for (const [pattern, resolve] of RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const window = resolve(m, ref);
    if (window === null) continue;
    const lead = m[0].length - m[0].replace(/^[^\p{L}\p{N}]+/u, '').length;
    const candidate = { text: m[0].slice(lead).trim(), start: m.index + lead, end: m.index + m[0].length, ...window };
    if (best === null || candidate.start < best.start) best = candidate;
  }
  if (best !== null) return best;
  return chronoDate(text, ref);
}

/**
 * Falls back on chrono-node's Dutch parser for phrasings our rules do not know ("over twee
 * weken", "volgende week", "15 juni") and reads them as a deadline from the reference date.
 */
function chronoDate(text: string, ref: string): FoundFuzzyDate | null {
  const results = chrono.nl.parse(text, new Date(`${ref}T12:00:00Z`), { forwardDate: true });
  const first = results[0];
  if (first === undefined) return null;
  const d = first.start.date();
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const endDate = first.end?.date();
  const endIso = endDate ? `${endDate.getFullYear()}-${pad(endDate.getMonth() + 1)}-${pad(endDate.getDate())}` : iso;
  return { text: first.text, start: first.index, end: first.index + first.text.length, earliest: iso < ref ? iso : ref, latest: endIso };
}

/** Resolves a phrase that is known to be a time expression; the whole phrase is kept as `text`. */
export function resolveFuzzyDate(phrase: string, ref: string): FuzzyDate | null {
  const written = parseWrittenDate(phrase);
  if (written !== null && new RegExp(`^\\s*(?:op\\s+|per\\s+)?(?:\\w+dag\\s+)?\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})`, 'i').test(phrase)) {
    return { text: phrase.trim(), earliest: written.date, latest: written.date };
  }
  // A register's `termijn` cell: `januari 2024` is that month.
  const monthYear = new RegExp(`^\\s*(${DUTCH_MONTH_PATTERN})\\s+${YEAR}\\s*$`, 'i').exec(phrase);
  const month = monthYear ? monthNumber(monthYear[1] ?? '') : null;
  if (monthYear && month !== null) {
    const y = Number(monthYear[2]);
    return { text: phrase.trim(), earliest: ymd(y, month, 1), latest: endOf(y, month) };
  }
  const found = findFuzzyDate(phrase, ref);
  if (found === null) return null;
  return { text: phrase.trim(), earliest: found.earliest, latest: found.latest };
}
