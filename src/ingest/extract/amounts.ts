/**
 * Money as council texts write it: `€ 1.250.000,-`, `€1.250.000`, `€ 2,5 mln`, `9 miljoen euro`,
 * `EUR 450.000`, `ruim € 3 miljoen per jaar`. Dutch number notation: `.` groups thousands, `,`
 * separates decimals.
 */
export interface Amount {
  readonly value: number;
  readonly currency: 'EUR';
  readonly approximate: boolean;
  /** 'year' | 'month' | 'week' when the text says per jaar/jaarlijks/per maand; else null. */
  readonly period: string | null;
  readonly start: number;
  readonly end: number;
}

const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?:,-{1,2}|,=)?';
const SCALE = '(?:\\s*(miljoen|mln\\.?|mio\\.?|miljard|mld\\.?|duizend|k)\\b)?';
const APPROX = '(?:(ongeveer|circa|ca\\.|ruim|bijna|zo\'n|rond(?:om)?|plusminus|globaal|naar schatting|afgerond)\\s+)?';
const EURO_FIRST = new RegExp(`${APPROX}(?:€|EUR|euro)\\s?${NUMBER}${SCALE}`, 'gi');
const EURO_LAST = new RegExp(`${APPROX}${NUMBER}${SCALE}\\s+(?:euro|EUR)\\b`, 'gi');
const PERIOD = /^[\s,]*(?:(?:per|op)\s+(jaar|maand|week)(?:basis)?|(?:jaarlijks|structureel))\b|^\s*(?:per\s+)?(?:jaarlijks)\b/i;
const PERIOD_BEFORE = /\b(?:per\s+(jaar|maand|week)|jaarlijks|structureel)\b/i;

function toNumber(raw: string, scale: string | undefined): number {
  const n = Number(raw.replace(/\./g, '').replace(',', '.'));
  const s = (scale ?? '').toLowerCase().replace(/\.$/, '');
  const factor = s === 'miljoen' || s === 'mln' || s === 'mio' ? 1e6 : s === 'miljard' || s === 'mld' ? 1e9 : s === 'duizend' || s === 'k' ? 1e3 : 1;
  return Math.round(n * factor * 100) / 100;
}

/** All amounts in `text`, in order; `period` is read from the words right after the amount or earlier in the same sentence. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const pattern of [EURO_FIRST, EURO_LAST]) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((a) => start < a.end && end > a.start)) continue;
      const value = toNumber(m[2] ?? '0', m[3]);
      if (!Number.isFinite(value) || value === 0) continue;
      const after = PERIOD.exec(text.slice(end, end + 30));
      const sentenceStart = Math.max(text.lastIndexOf('.', start - 1) + 1, 0);
      const before = PERIOD_BEFORE.exec(text.slice(sentenceStart, start));
      const unit = after ? (after[1] ?? 'year') : before ? (before[1] ?? 'year') : null;
      found.push({ value, currency: 'EUR', approximate: m[1] !== undefined, period: unit === null ? null : unit === 'jaar' ? 'year' : unit === 'maand' ? 'month' : unit === 'week' ? 'week' : 'year', start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
