import type { DocContext } from './context.js';
import { ev } from './context.js';
import { entityId, slug } from '../ids.js';
import { date } from '../facts.js';
import { fractieMentions, fractieNode, personNode } from './mentions.js';

/**
 * How a council voted on a decision, as the documents write it down:
 *
 * - a count in the decision's sentence: `Het besluit is vastgesteld met 11 stemmen voor en 10
 *   stemmen tegen` (Heemstede), `ver worpen met vijf stemmen voor en negen tegen` (Halsteren),
 *   with the parties of each side in it where the minutes give them: `met 8 stemmen voor (PvdA 4,
 *   CDA 3 en WD 1 dhr. Pot) en 6 stemmen tegen GBL 3, FNP 2 WD 1 dhr. van Diggelen`
 *   (Leeuwarderadeel);
 * - `unaniem` or `met algemene stemmen` in it: every vote was for;
 * - the sentence after it naming who voted against or for: `Alleen de PVV en Samen Stichtse Vecht
 *   stemde tegen.` (Stichtse Vecht), or the decision's own sentence `Alle fracties, met
 *   uitzondering van D66, stemden hier voor.` (Medemblik), where the exception voted against;
 * - a `Stemuitslag` block of a council's decision page above the `Besluit` it belongs to: `voor` /
 *   `CDA (6), D66 (2), GL (1), JAN (4), Nederweert Anders (2), VVD (2)` (Nederweert), `voor` /
 *   `Raadsleden (35)` / `tegen` / `Raadsleden (3)` (Leeuwarden): the seats in brackets are the votes.
 *
 * The counts are the Decision's `votesFor`, `votesAgainst` and `unanimous`, quoted in its evidence;
 * a party that voted for it SUPPORTED it, one that voted against OPPOSED it, each with its line.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  nul: 0, geen: 0, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13,
  veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
};
const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** `met 28 stemmen voor en 2 stemmen tegen`, `met 8 stemmen voor (PvdA 4, ...) en 6 stemmen tegen`, `met 10 stemmen voor en 12 tegen`. */
const COUNT = new RegExp(`\\bmet\\s+${NUMBER}\\s+stemmen\\s+voor\\s*(\\([^)]{0,120}\\))?\\s+en\\s+${NUMBER}\\s+(?:stemmen\\s+)?tegen\\b`, 'iu');
/** Every vote for: `unaniem aangenomen`, `De raad besluit unaniem`, `met algemene stemmen`; not `geen unaniem besluit`. */
const UNANIMOUS = /(?<!\bgeen\s)\bunaniem\b(?!\s+ingediend)|\bmet\s+algemene\s+stemmen\b/iu;
/** A sentence naming who voted against or for, at its end: `Alleen de PVV en Samen Stichtse Vecht stemde tegen.` */
const SIDE_SENTENCE = /^([^.]{3,200}?)\s+stem(?:de|den|t|men)\s+(?:(?:hier|daar|er)(?:\s*(?:mee|mede))?\s+)?(voor|tegen)\s*\.?$/iu;
/** `met uitzondering van D66`: those named in it voted the other way. */
const EXCEPT = /\bmet\s+uitzondering\s+van\s+([^,.]+)/iu;

export interface VoteCount {
  readonly votesFor: number;
  readonly votesAgainst: number;
  /** Where the count stands in the text given, and where each side's own words are. */
  readonly start: number;
  readonly end: number;
  readonly forParties: { start: number; end: number } | null;
  readonly againstParties: { start: number; end: number } | null;
}

const toNumber = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);

/** The vote count a sentence states, or null. The parties after `tegen` run to the sentence's end. */
export function voteCount(sentence: string): VoteCount | null {
  const m = COUNT.exec(sentence);
  if (m === null) return null;
  const forRaw = m[1] ?? '';
  const against = m[3] ?? '';
  const bracket = m[2];
  const bracketAt = bracket === undefined ? -1 : m.index + m[0].indexOf(bracket);
  const end = m.index + m[0].length;
  const tail = /^[ \t]*([^.\n]*)/u.exec(sentence.slice(end))?.[1] ?? '';
  return {
    votesFor: toNumber(forRaw),
    votesAgainst: toNumber(against),
    start: m.index,
    end,
    forParties: bracket === undefined ? null : { start: bracketAt, end: bracketAt + bracket.length },
    againstParties: /\p{Lu}/u.test(tail) ? { start: end + (sentence.slice(end).indexOf(tail)), end: end + sentence.slice(end).indexOf(tail) + tail.length } : null,
  };
}

/** Whether a sentence says every vote was for. */
export const unanimous = (sentence: string): boolean => UNANIMOUS.test(sentence);

/** The parties a sentence says voted one way, and which way: `Alleen de PVV en Samen Stichtse Vecht stemde tegen`. */
export function sideSentence(sentence: string): { side: 'for' | 'against'; start: number; end: number; sentenceEnd: number; except: { start: number; end: number } | null } | null {
  const m = SIDE_SENTENCE.exec(sentence.trim());
  if (m === null) return null;
  const lead = sentence.length - sentence.trimStart().length;
  const subject = m[1] ?? '';
  const side = (m[2] ?? '').toLowerCase() === 'voor' ? 'for' : 'against';
  const x = EXCEPT.exec(subject);
  const except = x === null ? null : { start: lead + x.index + x[0].length - (x[1] ?? '').length, end: lead + x.index + x[0].length };
  return { side, start: lead, end: lead + subject.length, sentenceEnd: lead + sentence.trim().length, except };
}

type Side = 'for' | 'against';
type Vote = (decisionId: string, fractieId: string, side: Side, start: number, end: number) => void;

/**
 * Reads the votes of the decisions extracted from this document so far (the Decision nodes the
 * statements made) and of the `Stemuitslag` blocks above them.
 */
export function extractVotes(ctx: DocContext): void {
  const votedFor = new Set<string>();
  const vote = (decisionId: string, fractieId: string, side: Side, start: number, end: number): void => castVote(ctx, votedFor, decisionId, fractieId, side, start, end);
  const decisions = ctx.facts.nodeList().filter((n) => n.label === 'Decision');
  for (const d of decisions) {
    const first = d.evidence[0];
    if (first === undefined) continue;
    const sentence = ctx.sh.slice(first.start, first.end);
    const count = voteCount(sentence);
    if (count !== null) {
      // A count decides where the sentence's verb did not say (`aange nomen` in OCR): a majority for adopts, else it is rejected.
      const outcome = d.props.outcome === 'other' || d.props.outcome === undefined ? (count.votesFor > count.votesAgainst ? 'adopted' : 'rejected') : undefined;
      setVotes(ctx, d.id, { votesFor: count.votesFor, votesAgainst: count.votesAgainst, ...(outcome === undefined ? {} : { outcome }) }, first.start, first.end);
      if (count.forParties !== null) parties(ctx, vote, d.id, 'for', first.start + count.forParties.start, first.start + count.forParties.end);
      if (count.againstParties !== null) parties(ctx, vote, d.id, 'against', first.start + count.againstParties.start, first.start + count.againstParties.end);
    } else if (unanimous(sentence)) {
      setVotes(ctx, d.id, { unanimous: true }, first.start, first.end);
    }
    const own = sideSentence(sentence);
    if (own !== null) sides(ctx, vote, d.id, own, first.start);
    else {
      const next = nextSentence(ctx, first.end);
      const said = next === null ? null : sideSentence(ctx.sh.slice(next.start, next.end));
      if (next !== null && said !== null) sides(ctx, vote, d.id, said, next.start);
    }
  }
  sideLists(ctx, vote, ctx.facts.nodeList().filter((n) => n.label === 'Decision').map((d) => ({ id: d.id, start: d.evidence[0]?.start ?? -1, end: d.evidence[0]?.end ?? -1, counted: typeof d.props.votesFor === 'number' })));
  stemuitslagBlocks(ctx, vote, decisions.map((d) => ({ id: d.id, start: d.evidence[0]?.start ?? -1 })));
}

function setVotes(ctx: DocContext, decisionId: string, votes: { votesFor?: number; votesAgainst?: number; unanimous?: boolean; outcome?: string }, start: number, end: number): void {
  ctx.facts.node(decisionId, 'Decision', votes, ev(ctx, start, end));
}

/** The sentence right after `end` in the same paragraph, or null. */
function nextSentence(ctx: DocContext, end: number): { start: number; end: number } | null {
  const gap = /^[ \t]*(?:\n[ \t]*)?/u.exec(ctx.shLines.slice(end))?.[0] ?? '';
  const start = end + gap.length;
  const rest = ctx.shLines.slice(start, start + 300);
  const stop = /[.!?](?=\s|$)|\n\s*\n/u.exec(rest);
  if (rest.trim() === '' || stop === null) return null;
  return { start, end: start + stop.index + (rest[stop.index] === '\n' ? 0 : 1) };
}

/** A side sentence's parties (or, with `met uitzondering van`, its exceptions, who voted the other way). */
function sides(ctx: DocContext, vote: Vote, decisionId: string, said: NonNullable<ReturnType<typeof sideSentence>>, offset: number): void {
  if (said.except !== null) {
    const other: Side = said.side === 'for' ? 'against' : 'for';
    for (const f of fractieMentions(ctx, offset + said.except.start, offset + said.except.end)) vote(decisionId, f.id, other, offset + said.start, offset + said.sentenceEnd);
    return;
  }
  for (const f of fractieMentions(ctx, offset + said.start, offset + said.end)) vote(decisionId, f.id, said.side, offset + said.start, offset + said.sentenceEnd);
}

/** A party and its votes in a count's own words: `PvdA 4`, `WD 1`, `FNP 2`. */
const PARTY_VOTES = /(?<![\p{L}\d])(\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,2})[ \t]+\d{1,2}(?![\p{L}\d])/gu;

/**
 * The parties of one side in a count's own words (`PvdA 4, CDA 3 en WD 1 dhr. Pot`): where a name
 * stands with its votes only a party stands, so one the lexicon does not know is a local party under
 * its own name (`GBL 3`, `FNP 2`; `WD` is how the OCR read VVD there).
 */
function parties(ctx: DocContext, vote: Vote, decisionId: string, side: Side, start: number, end: number): void {
  for (const m of ctx.sh.slice(start, end).matchAll(PARTY_VOTES)) {
    const name = m[1] ?? '';
    const at = start + (m.index ?? 0);
    vote(decisionId, partyAt(ctx, name, at), side, start, end);
  }
}

/** The fractie a vote list names at `at`: the lexicon's where it knows the name, else a local party of that name. */
function partyAt(ctx: DocContext, name: string, at: number): string {
  const known = fractieMentions(ctx, at, at + name.length).find((f) => f.start === at && f.end === at + name.length);
  return known?.id ?? fractieNode(ctx, slug(name), name, name, at, at + name.length);
}

/**
 * One party's vote, with the line that states it. A party the statements read as SUPPORTING the
 * decision only because the sentence names it (`met uitzondering van D66`) but that voted against
 * loses that link, unless the same text also has it voting for (a split vote: `WD 1` on both sides).
 */
function castVote(ctx: DocContext, votedFor: Set<string>, decisionId: string, fractieId: string, side: Side, start: number, end: number): void {
  const stop = Math.min(end, ctx.text.length);
  if (side === 'for') {
    ctx.facts.edge('SUPPORTED', fractieId, decisionId, {}, ev(ctx, start, stop));
    votedFor.add(`${fractieId}|${decisionId}`);
  } else {
    ctx.facts.edge('OPPOSED', fractieId, decisionId, {}, ev(ctx, start, stop));
    if (!votedFor.has(`${fractieId}|${decisionId}`)) ctx.facts.dropEdge('SUPPORTED', fractieId, decisionId);
  }
}
/**
 * A side's list opening its sentence: `Voor stemden de fracties van HBB, GL en PvdA` / `Tegen stemde
 * de fractie van HBB` (Heemstede 2020, under the count), `Voor het voorstel stemmen de leden Van
 * Eekelen, Graafmans, ... en Van de Watering` (Halsteren 1989, above the count). The list runs to
 * the sentence's or the line's end.
 */
const SIDE_LIST_SENTENCE = /(?<![\p{L}])(Voor|Tegen)(?:[ \t]+(?:het[ \t]+voorstel|de[ \t]+motie|het[ \t]+amendement))?[ \t]+(?:stemmen|stemden|stemde|stemt)[ \t]+de[ \t]+(fracties?(?:[ \t]+van)?|leden|heren)[ \t]*:?[ \t]*([^\n.]+)/gu;
/** One person of a members' list: an optional `wethouder` or courtesy title, then a surname (with its tussenvoegsel). */
const MEMBER = /^(?:(wethouder|mevrouw|de[ \t]+heer)[ \t]+)?((?:(?:van der|van den|van de|van|de|den|ter|ten)[ \t]+)?\p{Lu}[\p{L}'-]+(?:-(?:van[ \t]+)?\p{Lu}?[\p{L}]+)*)$/iu;

/**
 * Lists that open with their side. A list of fracties names parties; a list of `de leden` or `de
 * heren` names council members by surname, each SUPPORTING or OPPOSING the decision as a person. The
 * decision is the nearest one with a vote count within 600 characters either way (the count stands
 * under the lists or above them), else none.
 */
function sideLists(ctx: DocContext, vote: Vote, decisions: readonly { id: string; start: number; end: number; counted: boolean }[]): void {
  for (const m of ctx.shLines.matchAll(SIDE_LIST_SENTENCE)) {
    const at = m.index ?? 0;
    const counted = decisions.filter((d) => d.counted && d.start >= 0);
    const distance = (d: { start: number; end: number }): number => (d.start >= at ? d.start - at : at - d.end);
    const decision = counted.filter((d) => distance(d) >= 0 && distance(d) <= 600).sort((a, b) => distance(a) - distance(b))[0];
    if (decision === undefined) continue;
    const side: Side = (m[1] ?? '').toLowerCase() === 'voor' ? 'for' : 'against';
    const who = (m[2] ?? '').toLowerCase();
    const list = m[3] ?? '';
    const listStart = at + m[0].length - list.length;
    const end = listStart + list.trimEnd().length;
    if (who.startsWith('fractie')) {
      // From the sentence's start, so `de fractie van HBB` gives the party its context.
      for (const f of fractieMentions(ctx, at, end)) vote(decision.id, f.id, side, at, end);
      continue;
    }
    let offset = listStart;
    for (const item of list.split(/,|[ \t]+en[ \t]+/u)) {
      const itemAt = offset + (item.length - item.trimStart().length);
      offset += item.length + (ctx.shLines.slice(offset + item.length).match(/^(?:,|[ \t]+en[ \t]+)/u)?.[0].length ?? 0);
      const name = item.trim();
      const member = MEMBER.exec(name);
      if (member === null) continue;
      const role = member[1]?.toLowerCase() === 'wethouder' ? 'wethouder' : null;
      const person = personNode(ctx, member[2] ?? '', role, itemAt, itemAt + name.length, role === null);
      if (person !== null) vote(decision.id, person, side, at, end);
    }
  }
}

/** `Stemuitslag` up to the `Besluit` or `Voorgesteld besluit` it stands above. */
const STEMUITSLAG = /^[ \t]*Stemuitslag[ \t]*\n([\s\S]{0,2000}?)^[ \t]*(?:Voorgesteld[ \t]+besluit|Besluit)[ \t]*$/gmu;
/** A side's label on its own line, then its list: `voor` / `CDA (6), D66 (2)`. */
const SIDE_LIST = /^[ \t]*(voor|tegen)[ \t]*\n[ \t]*([^\n]+\(\d+\)[^\n]*)$/gimu;
/** One item of a vote list: a name and its seats. */
const LIST_ITEM = /([^,()]+?)[ \t]*\((\d+)\)/gu;

function stemuitslagBlocks(ctx: DocContext, vote: Vote, decisions: readonly { id: string; start: number }[]): void {
  for (const block of ctx.shLines.matchAll(STEMUITSLAG)) {
    const body = block[1] ?? '';
    const bodyStart = (block.index ?? 0) + block[0].indexOf(body);
    const blockEnd = (block.index ?? 0) + block[0].length;
    // The decision stated under the block's `Besluit`: the first one after it, before another block.
    const nextBlock = ctx.shLines.indexOf('Stemuitslag', blockEnd);
    const decision = decisions.filter((d) => d.start >= blockEnd && (nextBlock < 0 || d.start < nextBlock)).sort((a, b) => a.start - b.start)[0];
    if (decision === undefined) continue;
    const totals: Record<Side, number> = { for: 0, against: 0 };
    let lists = 0;
    for (const list of body.matchAll(SIDE_LIST)) {
      const side: Side = (list[1] ?? '').toLowerCase() === 'voor' ? 'for' : 'against';
      const line = list[2] ?? '';
      const lineStart = bodyStart + (list.index ?? 0) + list[0].lastIndexOf(line);
      lists += 1;
      for (const item of line.matchAll(LIST_ITEM)) {
        const name = (item[1] ?? '').trim();
        const seats = Number.parseInt(item[2] ?? '0', 10);
        totals[side] += seats;
        const at = lineStart + (item.index ?? 0) + (item[1] ?? '').indexOf(name);
        if (/^raadsleden$/iu.test(name)) continue;
        // Only parties stand in a vote list: a name the lexicon does not know is a local party (`JAN`, `Nederweert Anders`).
        vote(decision.id, partyAt(ctx, name, at), side, lineStart, lineStart + line.length);
      }
    }
    if (lists === 0) continue;
    setVotes(ctx, decision.id, { votesFor: totals.for, votesAgainst: totals.against, ...(totals.against === 0 ? { unanimous: true } : {}) }, block.index ?? 0, blockEnd);
  }
}

/** A motion page's fields under its signatures: `Status` / `Verworpen`, `Voor` / `D66, GroenLinks, ...`, `Tegen` / `CDA, VVD`. */
const MOTION_FIELD = /^[ \t]*(Status|Voor|Tegen)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]+)$/gmu;
/** A motion's stated status as a decision's outcome; `Ingediend` (submitted) states none. */
const STATUS_OUTCOME: Readonly<Record<string, string>> = { aangenomen: 'adopted', verworpen: 'rejected', ingetrokken: 'withdrawn', aangehouden: 'postponed' };

/**
 * The council's decision on a motion as its page states it below the signatures (Utrecht's motion
 * of 15 September 2022: `Status` / `Verworpen`; Den Haag's: `Status` / `Ingediend`, `Voor` /
 * `D66, GroenLinks, Haagse Stadspartij, ...`, `Tegen` / `CDA, VVD`). A Decision that CONCERNS the
 * motion, with the outcome the status names, taken in the motion's meeting; each party listed for
 * SUPPORTED it and each against OPPOSED it. `Ingediend` states no outcome, but the lists still
 * state the votes. Nothing is made when the page states neither.
 */
export function extractMotionDecision(ctx: DocContext, request: { id: string; key: string; date: string | null; meetingId: string | null }, from: number): void {
  const rest = ctx.shLines.slice(from, Math.min(ctx.shLines.length, from + 2000));
  let outcome: string | null = null;
  let statusAt: { start: number; end: number } | null = null;
  const lists: { side: Side; start: number; end: number }[] = [];
  for (const m of rest.matchAll(MOTION_FIELD)) {
    const label = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    const start = from + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const valueStart = from + (m.index ?? 0) + m[0].lastIndexOf(value);
    if (label === 'status') {
      outcome = STATUS_OUTCOME[value.toLowerCase()] ?? null;
      statusAt = { start, end: valueStart + value.length };
    } else {
      lists.push({ side: label === 'voor' ? 'for' : 'against', start: valueStart, end: valueStart + value.length });
    }
  }
  if (outcome === null && lists.length === 0) return;
  const first = statusAt ?? lists[0];
  if (first === undefined) return;
  const last = lists.reduce((end, l) => Math.max(end, l.end), first.end);
  const id = entityId('decision', ctx.municipality, `${request.key}-besluit`);
  const text = ctx.text.slice(first.start, last).replace(/\s+/g, ' ').trim();
  ctx.facts.node(id, 'Decision', { text, outcome, date: request.date === null ? null : date(request.date), about: 'motie', municipality: ctx.municipality }, ev(ctx, first.start, last));
  ctx.facts.edge('CONCERNS', id, request.id, {}, ev(ctx, first.start, last));
  if (request.meetingId !== null) ctx.facts.edge('DECIDED_IN', id, request.meetingId, {}, ev(ctx, first.start, last));
  const votedFor = new Set<string>();
  for (const list of lists) {
    // Only parties stand in these lists, separated by commas.
    let at = list.start;
    for (const item of ctx.sh.slice(list.start, list.end).split(',')) {
      const name = item.trim();
      const nameAt = at + item.indexOf(name);
      at += item.length + 1;
      if (name === '') continue;
      castVote(ctx, votedFor, id, partyAt(ctx, name, nameAt), list.side, list.start, list.end);
    }
  }
}
