import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { parseWrittenDate, DUTCH_MONTH_PATTERN } from '../dates.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { COUNCIL } from './gazetteer.js';
import { fractieMentions, personMentions } from './mentions.js';
import { meetingNode } from './meetings.js';
import { extractStatements } from './statements.js';

/**
 * A motion or amendment: a Request of kind motion/amendment raised by the fracties and members
 * that submit it, made in the council meeting it names. Its instructions to the college
 * (`verzoekt het college`, `draagt het college op`) are the request, never commitments; its
 * considerations may report earlier commitments, which are read as such.
 */
export function extractMotion(ctx: DocContext): void {
  const kind = /^\s*Amendement/im.test(ctx.sh.slice(0, 300)) ? 'amendment' : 'motion';
  const titleMatch = /^\s*(?:Motie|Amendement)\b[^\n]*/im.exec(ctx.shLines);
  const title = titleMatch ? ctx.text.slice(titleMatch.index, titleMatch.index + titleMatch[0].length).trim() : kind;
  const meetingMatch = new RegExp(`in\\s+vergadering\\s+bijeen\\s+op\\s+(?:\\w+dag\\s+)?(\\d{1,2}\\s+(?:${DUTCH_MONTH_PATTERN})\\s+\\d{4})`, 'i').exec(ctx.sh);
  const iso = meetingMatch ? (parseWrittenDate(meetingMatch[1] ?? '')?.date ?? null) : ctx.date;
  const meeting = meetingMatch && iso ? meetingNode(ctx, COUNCIL.name, iso, null, meetingMatch.index, meetingMatch.index + meetingMatch[0].length) : null;
  const dictum = /\b(?:verzoekt|draagt|roept|besluit)\b[^\n]*\b(?:college|op|:)/i.exec(ctx.sh);
  const dictumStart = dictum?.index ?? ctx.sh.length;
  const endMatch = /\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b/i.exec(ctx.sh);
  const dictumEnd = endMatch ? endMatch.index : ctx.sh.length;
  const id = entityId('request', ctx.municipality, `${kind}-${iso ?? ''}-${title}`);
  const dictumText = ctx.text.slice(dictumStart, dictumEnd).replace(/\s+/g, ' ').trim();
  ctx.facts.node(id, 'Request', { kind, title, text: dictumText, date: iso ? date(iso) : null, municipality: ctx.municipality }, [
    ...ev(ctx, titleMatch?.index ?? 0, (titleMatch?.index ?? 0) + (titleMatch?.[0].length ?? 0)),
    ...ev(ctx, dictumStart, dictumEnd),
  ]);
  if (meeting) ctx.facts.edge('MADE_IN', id, meeting.meetingId, {}, ev(ctx, meeting.start, meeting.end));
  const signed = /\b(?:Ingediend\s+door|Indieners?|Namens)\s*:?/i.exec(ctx.sh);
  if (signed) {
    const from = signed.index;
    const persons = personMentions(ctx, from, ctx.sh.length, []);
    const fracties = fractieMentions(ctx, from, ctx.sh.length);
    for (const a of [...persons, ...fracties]) ctx.facts.edge('RAISED', a.id, id, {}, ev(ctx, a.start, a.end));
  }
  // Considerations may report what the college promised before.
  extractStatements(ctx, { start: 0, end: dictumStart, meetingId: null, bodyId: null, bodyKind: null, date: iso }, ctx.sh);
}
