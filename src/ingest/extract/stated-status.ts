import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNumericDate, parseWrittenDate, DUTCH_MONTH_PATTERN, monthNumber } from '../dates.js';
import { date } from '../facts.js';
import { lines, type Line } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';

/**
 * A status a document states for a commitment (`Status: afgedaan` in a register): an entry of the
 * commitment's status history, dated with the day the register gave it (an `Update 5 december
 * 2022:` or `8-4-2020:` before the words, a `Datum afdoening` after them) or else the document's
 * date, changed by the document (its file name), with the stated words as evidence. Undated
 * statuses state no history entry: the history is ordered by date.
 */
/** The sentence of `text` around [start, end), within its line: a status's evidence a reader can check. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[\n.!?•]/.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/[\n.!?]/.test(text[to] ?? '')) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (/\s/.test(text[from] ?? '') && from < start) from++;
  return { start: from, end: to };
}

export function stateStatus(ctx: DocContext, commitmentId: string, status: string, statedAs: string, start: number, end: number, on: string | null = ctx.date): void {
  if (on === null) return;
  // The commitment's own status follows what its register says (a curated status still wins at load).
  ctx.facts.node(commitmentId, 'Commitment', { status });
  ctx.facts.edge('STATUS_STATED', commitmentId, commitmentId, { statedIn: ctx.fileName, status, statedAs, date: date(on) }, ev(ctx, start, end));
}

export type StatedStatusValue = 'open' | 'fulfilled' | 'withdrawn';

interface Cue { readonly status: StatedStatusValue; readonly pattern: RegExp }

const CUES: readonly Cue[] = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'stated-status-cues.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [status, words] = l.split('\t');
    if ((status !== 'open' && status !== 'fulfilled' && status !== 'withdrawn') || words === undefined) throw new Error(`stated-status-cues.txt: bad line ${l}`);
    const body = words.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    return { status, pattern: new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`, 'iu') };
  });

/** The status words in `text` (the first cue of the list that occurs), with their offsets in it. */
export function statusCue(text: string): { status: StatedStatusValue; start: number; end: number } | null {
  for (const cue of CUES) {
    const m = cue.pattern.exec(text);
    if (m) return { status: cue.status, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A line that names a register's status section: `Status`, `Stand van zaken`, `Voortgang`, `Afdoening`. */
const STATUS_HEADING = /^\s*(?:status|stand\s+van\s+zaken|voortgang|afdoening|stand)\s*:?\s*$/i;
/** A line that starts another section of a register page (`Toezegging`, `Ophalen gegevens`): a short line without a full stop. */
const OTHER_HEADING = /^\s*[A-Z][\p{L} ]{0,40}$/u;
/** `Update maart 2022:`, `Update 8/9/22:`, `Update 5 december 2022:`, `8-4-2020:` before status words. */
const UPDATE_DATE = new RegExp(`(?:^|\\s)(?:update\\s+)?((?:\\d{1,2}\\s+)?(?:${DUTCH_MONTH_PATTERN})\\.?\\s+\\d{4}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4})\\s*:`, 'giu');
/** The head of a commitment register: `Toezeggingen en moties`, `Openstaande raadstoezeggingen`, a `Stand van zaken` column. */
const REGISTER_HEAD = /toezeggingen(?:lijst|register|overzicht)?\b/i;
/**
 * A register page names its entry's parts on lines of their own (`Toezegging`, `Motie`); a letter
 * with a `Stand van zaken` paragraph (a raadsinformatiebrief) is no register page.
 */
const REGISTER_PAGE = /^\s*(?:toezegging(?:en)?|motie|moties)\s*$/im;
/** A line that is only a date (a register's `Datum afdoening` cell). */
const BARE_DATE = /^\s*(?:•\s*)?(\d{1,2})[-/](\d{1,2})[-/](\d{4})\s*$/;

/** Day-first unless the document writes a month over 12 in the first place (`7/19/2021`: an export in US order). */
function monthFirst(text: string): boolean {
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/g)) {
    if (Number(m[2]) > 12) return true;
    if (Number(m[1]) > 12) return false;
  }
  return false;
}

function numericDate(day: string, month: string, year: string): string | null {
  const y = year.length === 2 ? `20${year}` : year;
  return parseNumericDate(`${day}-${month}-${y}`);
}

/** The day of the last dated update in `text`, or null. `maart 2022` is the first of March. */
function updateDate(text: string, usOrder: boolean): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(UPDATE_DATE)) {
    const words = m[1] ?? '';
    const numeric = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2,4})$/.exec(words);
    let iso: string | null;
    if (numeric) {
      const [a, b, y] = [numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? ''];
      iso = usOrder && words.includes('/') ? numericDate(b, a, y) : numericDate(a, b, y);
    } else {
      iso = parseWrittenDate(words)?.date ?? null;
      if (iso === null) {
        const mm = new RegExp(`^(${DUTCH_MONTH_PATTERN})\\.?\\s+(\\d{4})$`, 'i').exec(words);
        const month = mm ? monthNumber(mm[1] ?? '') : null;
        iso = mm && month !== null ? `${mm[2] ?? ''}-${String(month).padStart(2, '0')}-01` : null;
      }
    }
    if (iso !== null && (found === null || iso > found)) found = iso;
  }
  return found;
}

/** `at`: where its evidence starts; `last`: where its last passage ends (a row's promise can start in the row before). */
interface Commitment { readonly id: string; readonly text: string; readonly at: number; readonly last: number }

/**
 * Statuses real registers state in their own layouts, for the commitments already extracted from
 * the document (a table with a Status column and a single record with `Status:` are read where
 * their rows are, in commitment-table.ts and commitment-record.ts):
 *
 * - a register page with a `Status` or `Stand van zaken` section (lta.nu's pages of Coevorden
 *   and Woerden): the section states the status of every commitment on the page; words without a
 *   cue ("De RIB ... wordt in augustus 2019 aangeboden") state that it is still open;
 * - a register row that says it in its own line (Oosterhout's iBabs list: "Het college beschouwt
 *   de toezegging hiermee als afgedaan", with the `Datum afdoening` on the next line);
 * - a group heading over the rows ("Openstaande raadstoezeggingen, die nog niet zijn afgedaan:",
 *   Ridderkerk), with each row's `8-4-2020:` stand van zaken as its date.
 *
 * A commitment whose own words are the status words ("Voor nu zien wij deze toezegging als
 * afgedaan") gets no entry: the words are about another commitment.
 */
export function extractStatedStatuses(ctx: DocContext): void {
  const commitments: Commitment[] = ctx.facts.nodeList()
    .filter((n) => n.label === 'Commitment' && n.evidence.length > 0)
    .map((n) => ({ id: n.id, text: typeof n.props.text === 'string' ? n.props.text : '', at: n.evidence[0]?.start ?? 0, last: Math.max(...n.evidence.map((p) => p.end)) - 1 }))
    .filter((c) => statusCue(c.text) === null);
  if (commitments.length === 0) return;
  const all = lines(ctx.shLines);
  const usOrder = monthFirst(ctx.text);

  const section = REGISTER_PAGE.test(ctx.text) ? statusSection(ctx, all) : null;
  if (section !== null) {
    const words = ctx.text.slice(section.start, section.end);
    const cue = statusCue(words);
    const on = updateDate(words, usOrder) ?? ctx.date;
    for (const c of commitments) {
      if (c.at >= section.start && c.at < section.end) continue; // an update's own promise: its status is the update
      if (cue) {
        const quote = sentenceAround(ctx.text, section.start + cue.start, section.start + cue.end);
        stateStatus(ctx, c.id, cue.status, words.slice(cue.start, cue.end), quote.start, quote.end, on);
      }
      else stateStatus(ctx, c.id, 'open', firstSentence(words), section.start, section.start + firstSentence(words).length, on);
    }
    return;
  }

  // A row's or group heading's words count only in a register, not in minutes' long paragraphs.
  if (!REGISTER_HEAD.test(ctx.sh.slice(0, 800))) return;
  let group: { status: StatedStatusValue; statedAs: string; start: number; end: number } | null = null;
  for (let i = 0; i < all.length; i++) {
    const l = all[i];
    if (l === undefined) continue;
    const raw = ctx.text.slice(l.start, l.end);
    const inLine = commitments.filter((c) => c.last >= l.start && c.last < l.end);
    const cue = statusCue(raw);
    if (inLine.length === 0) {
      if (cue && /:\s*$/.test(raw) && /toezegging|motie/i.test(raw)) group = { status: cue.status, statedAs: raw.slice(cue.start, cue.end), start: l.start + (raw.length - raw.trimStart().length), end: l.start + raw.trimEnd().length };
      continue;
    }
    const next = all[i + 1];
    const closing = next ? BARE_DATE.exec(ctx.text.slice(next.start, next.end)) : null;
    const closedOn = closing ? (usOrder ? numericDate(closing[2] ?? '', closing[1] ?? '', closing[3] ?? '') : numericDate(closing[1] ?? '', closing[2] ?? '', closing[3] ?? '')) : null;
    for (const c of inLine) {
      const from = Math.max(c.at, l.start) - l.start;
      const after = raw.slice(from);
      const own = statusCue(after);
      if (own) {
        const at = l.start + from + own.start;
        const quote = sentenceAround(ctx.text, at, at + own.end - own.start);
        stateStatus(ctx, c.id, own.status, after.slice(own.start, own.end), quote.start, quote.end, closedOn ?? updateDate(raw, usOrder) ?? ctx.date);
      } else if (group !== null) {
        stateStatus(ctx, c.id, group.status, group.statedAs, group.start, group.end, updateDate(raw.slice(from), usOrder) ?? ctx.date);
      }
    }
  }
}

function firstSentence(text: string): string {
  const m = /^[^\n]*?[.!?](?=\s|$)/.exec(text);
  return (m?.[0] ?? text.split('\n')[0] ?? text).trim();
}

/** The text under a `Status` / `Stand van zaken` heading line, up to the next heading line (one section a page). */
function statusSection(ctx: DocContext, all: readonly Line[]): { start: number; end: number } | null {
  const at = all.findIndex((l) => STATUS_HEADING.test(ctx.text.slice(l.start, l.end)));
  if (at < 0) return null;
  let start = -1;
  let end = -1;
  for (const l of all.slice(at + 1)) {
    const raw = ctx.text.slice(l.start, l.end);
    if (raw.trim() === '') continue;
    if (start >= 0 && OTHER_HEADING.test(raw)) break;
    if (start < 0) start = l.start + (raw.length - raw.trimStart().length);
    end = l.start + raw.trimEnd().length;
  }
  return start < 0 ? null : { start, end };
}
