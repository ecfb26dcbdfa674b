/**
 * Dutch calendar dates and times as council documents write them.
 * Returns ISO strings; null when the text is not a valid date (31-02-2017 is not).
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const DUTCH_MONTH_PATTERN =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** `01-02-2017`, `31/01/2017`, `1.2.2017` (day first, as Dutch documents write it). */
export function parseNumericDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!m) return null;
  return iso(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** `28 maart 2017`, `dinsdag 28 maart 2017`, optionally followed by `14:00` or `14.00 uur`. */
export function parseWrittenDate(text: string): { date: string; time: string | null } | null {
  const m = new RegExp(
    `(\\d{1,2})\\s+(${DUTCH_MONTH_PATTERN})\\.?\\s+(\\d{4})(?:\\s*(?:om\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*uur)?)?`,
    'i',
  ).exec(text);
  if (!m) return null;
  const month = monthNumber(m[2] ?? '');
  if (month === null) return null;
  const date = iso(Number(m[3]), month, Number(m[1]));
  if (date === null) return null;
  const hour = m[4] === undefined ? null : Number(m[4]);
  const minute = m[5] === undefined ? null : Number(m[5]);
  const time =
    hour !== null && minute !== null && hour < 24 && minute < 60
      ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
      : null;
  return { date, time };
}

/** Any of the forms above. */
export function parseDutchDate(text: string): string | null {
  return parseNumericDate(text) ?? parseWrittenDate(text)?.date ?? null;
}
