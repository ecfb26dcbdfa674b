import { DUTCH_MONTH_PATTERN, parseNumericDate, parseWrittenDate } from '../dates.js';
import { dateTime, date } from '../facts.js';
import { entityId } from '../ids.js';
import { lines } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { bodyFromHeader } from './gazetteer.js';
import { bodyNode } from './mentions.js';

/**
 * Meetings as documents announce them, and the stretch of text that reports on each:
 * - dossier pages: `Gemeenteraad - dinsdag 28 maart 2017 14:00` (optionally after `In vergadering`);
 * - minutes and decision lists: `Verslag van de vergadering van de commissie Bestuur, gehouden op
 *   donderdag 12 september 2019 om 19.30 uur`, `Besluitenlijst college van B&W d.d. 4 juni 2019`;
 * - records: `Vergadering: Commissie Ruimte` with `Datum: 3 oktober 2019` and `Aanvang: 20.00`.
 */
export interface MeetingBlock {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly bodyKind: string;
  /** ISO date of the meeting. */
  readonly date: string;
  /** Offsets of the stretch of text reporting on the meeting (header included). */
  readonly start: number;
  readonly end: number;
  /** Where the report follows the header. */
  readonly bodyStart: number;
}

const WEEKDAY = '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?';
const WRITTEN = `\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\.?\\s+\\d{4}`;
const NUMERIC = '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}';
const TIME = '(\\d{1,2}[:.]\\d{2})';
/** In a prose header, a time may follow the day part (`des namiddags 18.45 uur`) and be a whole hour before `uur` (`des avonds om 7 uur`). */
const DAY_PART = "(?:des|'s)\\s+(?:avonds|namiddags|middags|voormiddags|morgens|ochtends)";
const PROSE_TIME = `(\\d{1,2}[:.]\\d{2}|\\d{1,2}(?=\\s*uur\\b))`;

const DOSSIER_STYLE = new RegExp(`^\\s*(?:In vergadering\\s+)?([A-Z][\\w &/'-]{2,60}?)\\s+-\\s+${WEEKDAY}(${WRITTEN}|${NUMERIC})(?:\\s+(?:om\\s+)?${TIME})?`, 'i');
const PROSE_STYLE = new RegExp(
  `\\b(?:vergadering|notulen|verslag|besluitenlijst|besluiten)\\b.{0,40}?\\b((?:gemeente)?raad|(?:raads)?commissie\\s+[A-Z][\\w&-]*(?:\\s+(?:en|&|van|voor)?\\s*[A-Z][\\w&-]*)*|college\\s+van\\s+(?:B\\s?&\\s?W|burgemeester\\s+en\\s+wethouders))\\b.{0,60}?\\b(?:d\\.d\\.|op|van|gehouden op|datum:?)?\\s*${WEEKDAY}(${WRITTEN}|${NUMERIC})(?:.{0,30}?(?:om|aanvang:?|tijd:|${DAY_PART})\\s+${PROSE_TIME})?`,
  'i',
);

/** The prose pattern is case-insensitive; a committee's name ends before its first lower-case word that does not join two capitalised ones. */
function properName(raw: string): string {
  const words = raw.split(/\s+/);
  const out: string[] = [words[0] ?? ''];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    if (i === 1 || /^[A-Z&]/.test(w)) out.push(w);
    else if (/^(?:en|&|van|voor)$/.test(w) && /^[A-Z]/.test(words[i + 1] ?? '')) out.push(w);
    else break;
  }
  return out.join(' ');
}

function isoOf(raw: string): string | null {
  return parseNumericDate(raw) ?? parseWrittenDate(raw)?.date ?? null;
}

/**
 * `HH:MM` from a header's time: a whole hour gets `:00`, and an hour before 12 said to be in the
 * afternoon or evening (`des avonds om 7 uur`, `'s avonds 7.30 uur`), or before 7, is taken past noon.
 */
function clockTime(time: string | null, header: string): string | null {
  if (time === null) return null;
  const [h = '0', m = '00'] = time.split(/[:.]/);
  let hour = Number(h);
  // No council meets before 7 in the morning: `om 2 uur` is in the afternoon.
  if ((hour < 12 && /(?:des|'s)\s+(?:avonds|namiddags|middags)\b/i.test(header)) || hour < 7) hour += 12;
  return `${String(hour).padStart(2, '0')}:${m}`;
}

export function meetingNode(ctx: DocContext, bodyName: string, isoDate: string, time: string | null, start: number, end: number): MeetingBlock {
  const body = bodyFromHeader(bodyName);
  const bodyId = bodyNode(ctx, body, start, end);
  const t = time === null ? null : time.replace('.', ':').padStart(5, '0');
  const meetingId = entityId('meeting', ctx.municipality, `${body.key}-${isoDate}${t === null ? '' : `-${t}`}`);
  ctx.facts.node(
    meetingId,
    'Meeting',
    {
      start: t === null ? null : dateTime(`${isoDate}T${t}`),
      date: date(isoDate),
      title: `${body.name} ${isoDate}${t === null ? '' : ` ${t}`}`,
      bodyName: body.name,
      municipality: ctx.municipality,
    },
    ev(ctx, start, end),
  );
  ctx.facts.edge('OF_BODY', meetingId, bodyId, {}, ev(ctx, start, end));
  return { meetingId, bodyId, bodyKind: body.kind, date: isoDate, start, end, bodyStart: end };
}

/** Meeting headers in `[from, to)`, each block running to the next header. */
export function findMeetings(ctx: DocContext, from: number, to: number, allowProse: boolean): MeetingBlock[] {
  const headers: { body: string; date: string; time: string | null; start: number; end: number }[] = [];
  const all = lines(ctx.text.slice(from, to));
  all.forEach((line, i) => {
    const start = from + line.start;
    const end = from + line.end;
    if (headers.some((h) => start < h.end)) return;
    const sh = ctx.sh.slice(start, end);
    const d = DOSSIER_STYLE.exec(sh);
    let p = d ? null : allowProse ? PROSE_STYLE.exec(sh) : null;
    // A header wrapped over up to three lines (`... van de commissie Samenleving van de gemeente Almere\ngehouden op ...`).
    if (!d && p === null && allowProse && /\b(?:vergadering|notulen|verslag|besluitenlijst|besluiten)\b/i.test(sh)) {
      const wrapEnd = from + (all[Math.min(all.length - 1, i + 2)]?.end ?? line.end);
      const wrapped = PROSE_STYLE.exec(ctx.sh.slice(start, wrapEnd));
      // A header is one phrase: a sentence end inside the match means it strings two sentences together.
      if (wrapped !== null && wrapped.index < end - start && !/[.!?]\s+[A-Z]/.test(wrapped[0])) p = wrapped;
    }
    const m = d ?? p;
    if (!m) return;
    const iso = isoOf((m[2] ?? '').replace(/\s+/g, ' '));
    if (iso === null) return;
    if (d && /^(?:datum|aangemaakt|besluit|dossier)/i.test((m[1] ?? '').trim())) return;
    // A name ends at its line's end: `Vergadering: Commissie Mens en Samenleving` then `Datum: ...`.
    const nameAt = start + m.index + m[0].indexOf(m[1] ?? '');
    const rawName = ctx.shLines.slice(nameAt, nameAt + (m[1] ?? '').length).split(/\r?\n/)[0] ?? '';
    const bodyName = properName(rawName.trim().replace(/\s+/g, ' '));
    headers.push({ body: bodyName, date: iso, time: clockTime(m[3] ?? null, m[0]), start: start + m.index, end: start + m.index + m[0].length });
  });
  return headers.map((h, i) => {
    const block = meetingNode(ctx, h.body, h.date, h.time, h.start, h.end);
    const next = headers[i + 1];
    return { ...block, start: h.start, end: next === undefined ? to : next.start, bodyStart: h.end };
  });
}

/**
 * Meetings a text refers to without reporting on them: `in de raadsvergadering van 6 juli 2021`,
 * `Raadsvergadering: dinsdag 25 januari 2022`, `in de commissie Beheer van 4 september 2023`,
 * `In de commissievergadering van 3 juni 2021`. Each becomes a Meeting of its body.
 */
const REFERENCE = new RegExp(
  `\\b([Rr]aadsvergadering|[Vv]ergadering\\s+van\\s+de\\s+(?:gemeente)?raad|[Cc]ommissievergadering|(?:[Rr]aads)?[Cc]ommissie\\s+[A-Z][\\w-]*(?:\\s+(?:en|&)\\s+[A-Z][\\w-]*|\\s+[A-Z][\\w-]*)*)\\s*(?:van|op|d\\.d\\.|:)\\s+${WEEKDAY}(${WRITTEN})`,
  'g',
);

export function meetingReferences(ctx: DocContext): string[] {
  const ids: string[] = [];
  let m: RegExpExecArray | null;
  const re = new RegExp(REFERENCE.source, REFERENCE.flags);
  while ((m = re.exec(ctx.sh)) !== null) {
    const iso = isoOf((m[2] ?? '').replace(/\s+/g, ' '));
    if (iso === null || /\n/.test(ctx.text.slice(m.index, m.index + (m[1] ?? '').length))) continue;
    // `Vergadering van de commissie X op ...` is a header: findMeetings reads it, with its time.
    if (/\b(?:vergadering|verslag|notulen|besluitenlijst)\b[^\n]*$/i.test(ctx.shLines.slice(Math.max(0, m.index - 80), m.index))) continue;
    const raw = (m[1] ?? '').replace(/\s+/g, ' ');
    const body = /^raadsvergadering$|raad$/i.test(raw) ? 'Gemeenteraad' : /^commissievergadering$/i.test(raw) ? 'Commissie' : raw;
    ids.push(meetingNode(ctx, body, iso, null, m.index, m.index + m[0].length).meetingId);
  }
  return ids;
}
