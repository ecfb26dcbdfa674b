import { registerRowConfidence } from './commitments/register-row.js';
import { parseNumericDate, parseWrittenDate } from '../dates.js';
import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { resolveFuzzyDate } from '../fuzzy-dates.js';
import { lines } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { bodyFromHeader } from './gazetteer.js';
import { bodyNode, actorMentions, personMentions } from './mentions.js';
import { meetingNode } from './meetings.js';
import { extractDocumentReferences } from './prose.js';
import { stateStatus } from './stated-status.js';

/**
 * A single toezegging as a council's commitment register publishes it: a number, `Key: value`
 * fields (Vergadering, Datum vergadering, Portefeuillehouder, Toezegging, Termijn, Status,
 * Afdoening). The record's number is the commitment's key, so re-publication updates it.
 */
export const COMMITMENT_STATUS: readonly [RegExp, string][] = [
  [/afgedaan|afgehandeld|voldaan|uitgevoerd|gereed/i, 'fulfilled'],
  [/ingetrokken|vervallen|komt te vervallen/i, 'withdrawn'],
  [/open|lopend|in behandeling|nog niet/i, 'open'],
];

export function extractCommitmentRecord(ctx: DocContext): void {
  const fields = new Map<string, { value: string; start: number; end: number; lineStart: number }>();
  for (const l of lines(ctx.text)) {
    const m = /^\s*([A-Za-zé ]{3,40}?)\s*:\s*(.+)$/.exec(ctx.shLines.slice(l.start, l.end));
    if (!m) continue;
    const key = (m[1] ?? '').toLowerCase().trim();
    const valueStart = l.start + m[0].length - (m[2] ?? '').length;
    if (!fields.has(key)) fields.set(key, { value: ctx.text.slice(valueStart, l.end).trim(), start: valueStart, end: l.end, lineStart: l.start });
  }
  const get = (...keys: string[]) => keys.map((k) => fields.get(k)).find((f) => f !== undefined);
  const numberMatch = /Toezegging\s+(?:nr\.?\s*|nummer\s*)?([A-Z]{0,4}[-\s]?\d{2,4}(?:[-/.]\d{1,4})?)/i.exec(ctx.sh);
  const number = numberMatch?.[1]?.trim() ?? ctx.docKey;
  const body = get('vergadering', 'commissie', 'orgaan', 'gremium');
  const when = get('datum vergadering', 'vergaderdatum', 'datum toezegging', 'datum');
  const iso = when ? (parseWrittenDate(when.value)?.date ?? parseNumericDate(when.value)) : ctx.date;
  const holder = get('portefeuillehouder', 'wethouder', 'toegezegd door');
  const textField = get('toezegging', 'omschrijving', 'tekst', 'tekst toezegging');
  const term = get('termijn', 'deadline', 'streefdatum', 'afdoeningstermijn', 'uiterlijk');
  const status = get('status');
  const settled = get('afdoening', 'afgedaan met', 'toelichting afdoening');

  let meetingId: string | null = null;
  let bodyId: string | null = null;
  if (body && iso) {
    const m = meetingNode(ctx, body.value, iso, null, body.lineStart, when?.end ?? body.end);
    meetingId = m.meetingId;
    bodyId = m.bodyId;
  } else if (body) {
    bodyId = bodyNode(ctx, bodyFromHeader(body.value), body.lineStart, body.end);
  }
  let actor: string | null = null;
  if (holder) {
    const persons = personMentions(ctx, holder.lineStart, holder.end, []);
    actor = persons[0]?.id ?? null;
  }
  const id = entityId('commitment', ctx.municipality, `toezegging-${number}`);
  const due = term && iso ? resolveFuzzyDate(term.value, iso) : null;
  const statusValue = status ? (COMMITMENT_STATUS.find(([re]) => re.test(status.value))?.[1] ?? 'open') : 'open';
  const text = textField?.value ?? '';
  const evidence = [textField, term, status].filter((f) => f !== undefined).flatMap((f) => ev(ctx, f.lineStart, f.end));
  ctx.facts.node(id, 'Commitment', {
    number,
    text,
    kind: /\bprobeer|\bbekijken of|\bstreeft|\bzo mogelijk/i.test(text) ? 'soft' : 'explicit',
    status: statusValue,
    dueText: term?.value ?? null,
    dueEarliest: due?.earliest ? date(due.earliest) : null,
    dueLatest: due?.latest ? date(due.latest) : null,
    date: iso ? date(iso) : null,
    confidence: registerRowConfidence(ctx, text),
    municipality: ctx.municipality,
  }, [...ev(ctx, numberMatch?.index ?? 0, (numberMatch?.index ?? 0) + (numberMatch?.[0].length ?? 0)), ...evidence]);
  if (status) stateStatus(ctx, id, statusValue, status.value, status.lineStart, status.end);
  if (actor) ctx.facts.edge('COMMITTED', actor, id, {}, holder ? ev(ctx, holder.lineStart, holder.end) : []);
  if (meetingId) ctx.facts.edge('MADE_IN', id, meetingId, {}, when ? ev(ctx, when.lineStart, when.end) : []);
  if (bodyId) ctx.facts.edge('PROMISED_TO', id, bodyId, {}, body ? ev(ctx, body.lineStart, body.end) : []);
  if (textField) {
    for (const m of actorMentions(ctx, textField.start, textField.end, bodyId)) {
      if (m.kind === 'organisation') ctx.facts.edge('CONCERNS', id, m.id, {}, ev(ctx, textField.lineStart, textField.end));
    }
  }
  if (settled) {
    for (const doc of extractDocumentReferences(ctx)) ctx.facts.edge('FULFILLED_BY', id, doc, {}, ev(ctx, settled.lineStart, settled.end));
  }
}
