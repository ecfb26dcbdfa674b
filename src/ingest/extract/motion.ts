import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { parseWrittenDate, DUTCH_MONTH_PATTERN } from '../dates.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { COUNCIL } from './gazetteer.js';
import { bodyNode, fractieMentions, personMentions, personNode } from './mentions.js';
import { meetingNode } from './meetings.js';
import { extractStatements } from './statements.js';
import { extractMotionDecision } from './votes.js';

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
  } else if (endMatch) {
    signatures(ctx, id, endMatch.index + endMatch[0].length);
  }
  // The council's decision on it, where the page states one under the signatures.
  if (endMatch) extractMotionDecision(ctx, { id, key: `${kind}-${iso ?? ''}-${title}`, date: iso, meetingId: meeting?.meetingId ?? null }, endMatch.index + endMatch[0].length);
  // Considerations may report what the college promised before.
  extractStatements(ctx, { start: 0, end: dictumStart, meetingId: null, bodyId: null, bodyKind: null, date: iso }, ctx.sh);
}

/** A field label that ends a motion's signatures (`Status`, `Voor`, `Tegen`), on a line of its own. */
const AFTER_SIGNATURES = /^[ \t]*(?:Status|Voor|Tegen|Stemming|Stemmingsuitslag|Uitslag|Besluit|Aangenomen|Verworpen|Ingetrokken)[ \t]*:?[ \t]*$/m;
/** A signer's name on a line: one or two given names, a tussenvoegsel, a surname. */
const SIGNER = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:(?:van der|van den|van de|van 't|van|de|den|ter|ten|te)[ \t]+)?\p{Lu}[\p{L}'-]+$/u;

/**
 * The signatures under a motion without an `Ingediend door` head: the lines after `En gaat over
 * tot de orde van de dag.` up to a field label, each a signer with the party (`Bert van Steeg, CDA
 * Utrecht`, `Anne Sasbrink, Partij voor de Dieren`: Utrecht) or a name with the party on the next
 * line (`Robert Barker` / `Partij voor de Dieren`: Den Haag). Every signer and party raised the
 * motion; a signer is a council member of that party.
 */
function signatures(ctx: DocContext, requestId: string, from: number): void {
  const rest = ctx.shLines.slice(from, Math.min(ctx.shLines.length, from + 600));
  const stop = AFTER_SIGNATURES.exec(rest);
  const block = stop === null ? rest : rest.slice(0, stop.index);
  let pending: { id: string; start: number; end: number } | null = null;
  let at = from;
  for (const raw of block.split('\n')) {
    const lineStart = at + (raw.length - raw.trimStart().length);
    at += raw.length + 1;
    const line = raw.trim();
    if (line === '') continue;
    const lineEnd = lineStart + line.length;
    const [namePart, partyPart] = line.includes(',') ? [line.slice(0, line.indexOf(',')).trim(), line.slice(line.indexOf(',') + 1).trim()] : [line, ''];
    const partyAt = partyPart === '' ? lineStart : lineStart + line.indexOf(partyPart, namePart.length);
    const party = fractieMentions(ctx, partyAt, lineEnd).find((f) => f.start === partyAt);
    if (party !== undefined && partyPart === '') {
      // A party on its own line: the party of the name above it.
      ctx.facts.edge('RAISED', party.id, requestId, {}, ev(ctx, party.start, party.end));
      if (pending !== null) member(ctx, pending.id, party.id, pending.start, party.end);
      pending = null;
      continue;
    }
    if (!SIGNER.test(namePart)) {
      pending = null;
      continue;
    }
    const person = personNode(ctx, namePart, null, lineStart, lineStart + namePart.length, true);
    if (person === null) continue;
    ctx.facts.edge('RAISED', person, requestId, {}, ev(ctx, lineStart, lineStart + namePart.length));
    pending = { id: person, start: lineStart, end: lineStart + namePart.length };
    if (party !== undefined) {
      ctx.facts.edge('RAISED', party.id, requestId, {}, ev(ctx, party.start, party.end));
      member(ctx, person, party.id, lineStart, lineEnd);
      pending = null;
    }
  }
}

function member(ctx: DocContext, personId: string, fractieId: string, start: number, end: number): void {
  ctx.facts.edge('MEMBER_OF', personId, fractieId, {}, ev(ctx, start, end));
  ctx.facts.edge('HOLDS_ROLE', personId, bodyNode(ctx, COUNCIL), { role: 'raadslid' }, ev(ctx, start, end));
}
