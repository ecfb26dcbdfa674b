import { registerRowConfidence } from './commitments/register-row.js';
import { parseNumericDate, parseWrittenDate } from '../dates.js';
import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { resolveFuzzyDate } from '../fuzzy-dates.js';
import { lines, type Line } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { COLLEGE } from './gazetteer.js';
import { actorMentions, bodyNode, personMentions } from './mentions.js';
import { COMMITMENT_STATUS } from './commitment-record.js';
import { stateStatus } from './stated-status.js';

/**
 * A toezeggingenlijst as a plain-text table: a header row naming the columns (Nr, Datum,
 * Portefeuillehouder, Toezegging, Termijn, Status), cells split by `|` or tabs, one commitment
 * per row. The row's number is the commitment's key, like a single record's.
 */
const COLUMNS: readonly [RegExp, string][] = [
  [/^(?:nr\.?|nummer|id|kenmerk)$/i, 'number'],
  [/^(?:datum(?:\s+(?:vergadering|toezegging))?|vergaderdatum)$/i, 'date'],
  [/^(?:portefeuillehouder|wethouder|toegezegd\s+door|verantwoordelijke?)$/i, 'holder'],
  [/^(?:toezegging|omschrijving|tekst(?:\s+toezegging)?)$/i, 'text'],
  [/^(?:termijn|deadline|streefdatum|afdoeningstermijn|uiterlijk)$/i, 'term'],
  [/^(?:status|stand)$/i, 'status'],
];

/** Promises to look into something rather than to do it: `Bezien of`, `Nagaan of`, `Onderzoeken of`. */
export const SOFT_COMMITMENT = /\bprobeer|\b(?:bekijken|bezien|nagaan|onderzoeken|verkennen)\s+of\b|\bstreeft|\bzo mogelijk/i;

interface Cell { readonly value: string; readonly start: number; readonly end: number }

function cells(ctx: DocContext, l: Line): Cell[] | null {
  // Tabs are spaces in the shadow text; the original has them at the same offsets.
  const raw = ctx.text.slice(l.start, l.end);
  const sep = raw.includes('|') ? /\|/g : raw.includes('\t') ? /\t+/g : (raw.match(/;/g) ?? []).length >= 2 ? /;/g : null;
  if (sep === null) return null;
  const out: Cell[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (to: number) => {
    const text = raw.slice(from, to);
    const lead = text.length - text.trimStart().length;
    out.push({ value: text.trim(), start: l.start + from + lead, end: l.start + from + lead + text.trim().length });
  };
  while ((m = sep.exec(raw)) !== null) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(raw.length);
  return out;
}

/** Commitments from every toezeggingen table in the text; returns how many rows became one. */
export function extractCommitmentTables(ctx: DocContext): number {
  const all = lines(ctx.text);
  let found = 0;
  let header: string[] | null = null;
  for (const l of all) {
    if (/^[\s\-=+|:]+$/.test(l.text)) continue; // a rule under the header
    const row = cells(ctx, l);
    if (row === null || row.length < 3) {
      header = null;
      continue;
    }
    const kinds = row.map((c) => COLUMNS.find(([re]) => re.test(c.value))?.[1] ?? '');
    if (kinds.includes('text') && kinds.filter((k) => k !== '').length >= 3) {
      header = kinds;
      continue;
    }
    if (header === null || row.every((c) => /^[-=+:\s]*$/.test(c.value))) continue;
    // A semicolon in prose is no cell break: a `;` register's rows have exactly the header's cells.
    if (!/[|\t]/.test(ctx.text.slice(l.start, l.end)) && row.length !== header.length) continue;
    const get = (kind: string) => row[header?.indexOf(kind) ?? -1];
    const text = get('text');
    if (text === undefined || text.value === '') continue;
    const when = get('date');
    const iso = when ? (parseNumericDate(when.value) ?? parseWrittenDate(when.value)?.date ?? ctx.date) : ctx.date;
    const number = get('number')?.value || `${iso ?? ''}-${text.value.slice(0, 40)}`;
    const holder = get('holder');
    const actor = (holder ? personMentions(ctx, holder.start, holder.end, [])[0]?.id : undefined) ?? bodyNode(ctx, COLLEGE);
    const term = get('term');
    const status = get('status');
    const due = term && term.value !== '' && iso ? resolveFuzzyDate(term.value, iso) : null;
    const id = entityId('commitment', ctx.municipality, `toezegging-${number}`);
    const evidence = ev(ctx, l.start, l.end);
    ctx.facts.node(id, 'Commitment', {
      number,
      text: ctx.text.slice(text.start, text.end),
      kind: SOFT_COMMITMENT.test(text.value) ? 'soft' : 'explicit',
      status: status ? (COMMITMENT_STATUS.find(([re]) => re.test(status.value))?.[1] ?? 'open') : 'open',
      dueText: term && term.value !== '' ? ctx.text.slice(term.start, term.end) : null,
      dueEarliest: due?.earliest ? date(due.earliest) : null,
      dueLatest: due?.latest ? date(due.latest) : null,
      date: iso ? date(iso) : null,
      confidence: registerRowConfidence(ctx, text.value),
      municipality: ctx.municipality,
    }, evidence);
    ctx.facts.edge('COMMITTED', actor, id, {}, evidence);
    if (status && status.value !== '') stateStatus(ctx, id, COMMITMENT_STATUS.find(([re]) => re.test(status.value))?.[1] ?? 'open', status.value, status.start, status.end);
    for (const m of actorMentions(ctx, text.start, text.end, null)) {
      if (m.kind === 'organisation') ctx.facts.edge('CONCERNS', id, m.id, {}, evidence);
    }
    found++;
  }
  return found;
}
