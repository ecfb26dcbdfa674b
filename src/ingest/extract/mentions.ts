import { entityId, slug } from '../ids.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import {
  COLLEGE, COUNCIL, committee, EXECUTIVE_ROLES, FRACTIES, GENERIC_ORGANISATION, NAME_AFTER_TITLE, NOT_A_SURNAME, ORGANISATIONS, PERSON_TITLE,
  type BodyEntry,
} from './gazetteer.js';
import { COMPOUND_SURNAME_STARTS, parsePersonName, withoutRunOn, type PersonName } from './person-name.js';
import {
  compatible, documentPersons, dualistDocument, isBare, mergeForms, nameWeight, qualifier, resolveBare, rolesConflict, UNRESOLVED_SUFFIX, type DocPerson, type NameForm,
} from './person-identity.js';

/**
 * Actors named in a stretch of text, each made a node (with the mention as evidence) and
 * returned with its offsets, so the caller can tell subjects from objects.
 */
export type MentionKind = 'person' | 'fractie' | 'organisation' | 'body';

export interface Mention {
  readonly kind: MentionKind;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** For persons: the title they were named with (wethouder, burgemeester, raadslid), lower case. */
  readonly role: string | null;
}

export function bodyNode(ctx: DocContext, body: BodyEntry, start?: number, end?: number): string {
  const id = entityId('body', ctx.municipality, body.key);
  ctx.facts.node(id, 'Body', { name: body.name, kind: body.kind, municipality: ctx.municipality }, start === undefined || end === undefined ? [] : ev(ctx, start, end));
  return id;
}

export function fractieNode(ctx: DocContext, key: string, name: string, abbreviation: string, start: number, end: number): string {
  const id = entityId('fractie', ctx.municipality, key);
  ctx.facts.node(id, 'Fractie', { name, abbreviation, municipality: ctx.municipality }, ev(ctx, start, end));
  return id;
}

export function organisationNode(ctx: DocContext, key: string, name: string, kind: string | null, alias: string, start: number, end: number): string {
  const id = entityId('organisation', ctx.municipality, key);
  ctx.facts.node(id, 'Organisation', { name, kind, aliases: [alias.replace(/\s+/g, ' ').trim()], municipality: ctx.municipality }, ev(ctx, start, end));
  return id;
}

/**
 * A person node for a mention (see person-identity.ts for the rule). Within a document, mentions
 * of one surname that agree share a node: the first person of a surname gets
 * `person:<gm>:<surname>`, a second, different one the surname plus its initials or given name
 * (`person:gm1924:otten-l`). A bare surname goes to the one person of that surname (or the one in
 * its role); where two fit, to the surname's unresolved node (`person:<gm>:<surname>-onbepaald`).
 * The ids are settled against the persons the store already holds when the document is
 * extracted (extract-document.ts). `role` adds HOLDS_ROLE to the college or council.
 * `councilMember` says the mention shows a council member (a party in brackets, `namens`) where
 * the caller adds the role itself: it counts for the role rule of person-identity.ts
 * (`rolesConflict`), so `Rien Sinke (SGP)` and `wethouder Sinke` of one document stay two.
 */
export function personNode(ctx: DocContext, rawName: string, role: string | null, start: number, end: number, councilMember = false): string | null {
  const parsed = parsePersonName(rawName, ctx.sh);
  if (parsed === null || NOT_A_SURNAME.test(parsed.surname)) return null;
  const r0 = role === null ? null : role.toLowerCase();
  const person = docPerson(ctx, parsed, r0, r0 ?? (councilMember ? 'raadslid' : null));
  if (councilMember && !person.unresolved) person.roles.add('raadslid');
  const id = person.id;
  const props: Record<string, string | boolean | null> = {
    name: person.name, surname: parsed.surname, municipality: ctx.municipality,
    initials: person.form.initials, givenName: person.form.givenName,
  };
  if (person.unresolved) props.unresolved = true;
  ctx.facts.node(id, 'Person', props, ev(ctx, start, end));
  if (role !== null && !person.unresolved) {
    const r = role.toLowerCase();
    const body = roleBody(r);
    if (body !== null) {
      person.roles.add(r);
      ctx.facts.edge('HOLDS_ROLE', id, bodyNode(ctx, body), { role: r }, ev(ctx, start, end));
    }
  }
  return id;
}

/** Records that the document shows person `id` as a council member (for `rolesConflict`). */
export function noteCouncilMember(ctx: DocContext, id: string): void {
  for (const people of documentPersons(ctx.facts).values()) {
    const p = people.find((q) => q.id === id);
    if (p !== undefined && !p.unresolved) p.roles.add('raadslid');
  }
}

/** The body a role of the college or council is held in; null for other roles. */
function roleBody(r: string): BodyEntry | null {
  if (EXECUTIVE_ROLES.test(r) && r !== 'portefeuillehouder' && r !== 'gedeputeerde') return COLLEGE;
  if (r === 'raadslid' || r === 'fractievoorzitter' || r === 'commissielid' || r === 'griffier') return COUNCIL;
  return null;
}

function docPerson(ctx: DocContext, parsed: PersonName, role: string | null, shownAs: string | null): DocPerson {
  const surnameSlug = slug(parsed.surname);
  const persons = documentPersons(ctx.facts);
  const list = persons.get(surnameSlug) ?? [];
  persons.set(surnameSlug, list);
  const form: NameForm = { initials: parsed.initials, givenName: parsed.givenName };
  // Under dualism a bare surname named as a wethouder is not the council member of that surname
  // the same document names (and the other way round): the evidence shows two people.
  const dualist = dualistDocument(ctx.date);
  const fitsRole = (p: DocPerson): boolean => !dualist || (!isBare(form) && !isBare(p.form)) || !rolesConflict(p.roles, shownAs);
  const all = list.filter((p) => !p.unresolved);
  const people = all.filter(fitsRole);
  if (isBare(form)) {
    const found = resolveBare(people, role, (p, r) => p.roles.has(r));
    if (found === 'ambiguous') {
      const id = entityId('person', ctx.municipality, `${parsed.surname} ${UNRESOLVED_SUFFIX}`);
      const existing = list.find((p) => p.id === id);
      if (existing !== undefined) return existing;
      const created: DocPerson = { id, surname: parsed.surname, surnameSlug, form, name: parsed.name, roles: new Set(), unresolved: true };
      list.push(created);
      return created;
    }
    if (found !== null) return found;
  } else {
    const fits = people.filter((p) => compatible(p.form, form));
    const found = fits.find((p) => !isBare(p.form)) ?? fits[0];
    if (found !== undefined) {
      found.form = mergeForms(found.form, form);
      if (nameWeight(form) > currentWeight(found)) found.name = parsed.name;
      return found;
    }
  }
  const taken = new Set(list.map((p) => p.id));
  let id = entityId('person', ctx.municipality, parsed.surname);
  // A bare surname kept apart by its role is qualified by that role (`person:<gm>:sinke-wethouder`).
  const q = isBare(form) && shownAs !== null ? shownAs : qualifier(form);
  if (taken.has(id)) id = entityId('person', ctx.municipality, `${parsed.surname} ${q}`);
  for (let n = 2; taken.has(id); n++) id = entityId('person', ctx.municipality, `${parsed.surname} ${q} ${n}`);
  const created: DocPerson = { id, surname: parsed.surname, surnameSlug, form, name: parsed.name, roles: new Set(), unresolved: false };
  list.push(created);
  return created;
}

/** The weight of the name a document person shows now. */
const currentWeight = (p: DocPerson): number => nameWeight(parseWeightOf(p.name, p.surname));

function parseWeightOf(name: string, surname: string): NameForm {
  const before = name.slice(0, Math.max(0, name.length - surname.length)).trim();
  if (before === '') return { initials: null, givenName: null };
  return /^(?:[A-Z]\.)+$/.test(before.replace(/\s+/g, '')) ? { initials: before, givenName: null } : { initials: null, givenName: before };
}

/** A name with an organisation's kind word in it: `Vitalis Zorggroep`, `Stichting Leergeld`, `Bouwbedrijf X B.V.`. */
const ORGANISATION_SHAPED = /(?:^|\s)(?:Stichting|Vereniging|Coöperatie|Woonstichting|Woningstichting|Woningcorporatie|Welzijnsorganisatie|Bibliotheek|Omgevingsdienst|Waterschap|Zorggroep|B\.V\.|N\.V\.|BV)(?:\s|$)/;

function overlaps(list: readonly Mention[], start: number, end: number): boolean {
  return list.some((m) => start < m.end && end > m.start);
}

/**
 * A global copy of each pattern (by source and flags), compiled once: mentions are matched in
 * every sentence of a document, and compiling dozens of patterns per sentence was a tenth of a
 * long document's extraction. A copy in use (a loop over its matches not finished) is taken out
 * of the cache, so a nested loop over the same pattern compiles its own. Patterns built from a
 * document's names are cached too, up to COMPILED_MAX; then the cache starts again.
 */
const compiled = new Map<string, RegExp>();
const COMPILED_MAX = 1000;

function* matches(pattern: RegExp, text: string, offset: number): Generator<{ text: string; start: number; end: number; groups: RegExpExecArray }> {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const key = `${flags}/${pattern.source}`;
  const re = compiled.get(key) ?? new RegExp(pattern.source, flags);
  compiled.delete(key);
  re.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      yield { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, groups: m };
    }
  } finally {
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    compiled.set(key, re);
  }
}

export function fractieMentions(ctx: DocContext, start: number, end: number): Mention[] {
  const text = ctx.sh.slice(start, end);
  const found: Mention[] = [];
  for (const f of FRACTIES) {
    for (const m of matches(f.pattern, text, start)) {
      if (overlaps(found, m.start, m.end)) continue;
      const name = m.text.replace(/\s+/g, ' ');
      const id = f.key === '' ? fractieNode(ctx, slug(name), name, name, m.start, m.end) : fractieNode(ctx, f.key, f.name, f.abbreviation, m.start, m.end);
      found.push({ kind: 'fractie', id, start: m.start, end: m.end, role: null });
    }
  }
  // A local party no pattern knows, where only a fractie can stand: `de fractie van Swollwacht`,
  // `namens Burgerbelangen Enschede`, `mevrouw Ozturk (Swollwacht)`, `de GBA-fractie`.
  for (const m of matches(LOCAL_FRACTIE_CONTEXT, text, start)) {
    const name = m.groups[1] ?? m.groups[2] ?? m.groups[3] ?? '';
    const at = m.groups[3] !== undefined ? m.start : m.end - name.length - (m.groups[2] !== undefined ? 1 : 0);
    const end = at + name.length;
    if (name === '' || overlaps(found, at, end) || NOT_A_SURNAME.test(name.split(/\s+/)[0] ?? '') || /^[A-Z]{1,2}$/.test(name)) continue;
    if (ORGANISATION_SHAPED.test(name) || ORGANISATIONS.some((o) => new RegExp(o.pattern.source, o.pattern.flags.replace('g', '')).test(name))) continue;
    const clean = name.replace(/\s+/g, ' ');
    found.push({ kind: 'fractie', id: fractieNode(ctx, slug(clean), clean, clean, at, end), start: at, end, role: null });
  }
  coordinatedParties(ctx, start, end, found);
  return found;
}

/** `, `, ` en `, ` of `, ` & ` between two parties, with an article before the next (`en de PvdA`). */
const LIST_JOIN_AFTER = /^(?:[ \t]*,[ \t]*(?:en[ \t]+)?|[ \t]+(?:en|of|&)[ \t]+)(?:(?:de|het)[ \t]+)?/u;
const LIST_JOIN_BEFORE = /(?:[ \t]*,[ \t]*|[ \t]+(?:en|of|&)[ \t]+)(?:(?:de|het)[ \t]+)?$/u;
/** A word a party's name may be where a list of parties goes on: letters and digits, with two capitals or a digit and a capital (`TROTS`, `wens4U`, `HBB`, `50PLUS`). */
const PARTY_TOKEN = /^(?=(?:[\p{L}\d]*\p{Lu}){2}|[\p{L}\d]*\d[\p{L}\d]*\p{Lu}|[\p{L}\d]*\p{Lu}[\p{L}\d]*\d)[\p{L}\d]{2,12}$/u;
/** A one-person fractie named after its member, as lists of parties name it (`fractie Teheux`). */
const PERSON_FRACTIE = /^fractie[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u;

/**
 * Parties named in a list with a party the lexicon knows, where only a party can stand: `gesteund
 * door GroenLinks, CDA en TROTS, fractie Teheux en fractie Huth` (Landgraaf), `vanuit wens4U en de
 * PvdA` (Schagen). A word of a party's shape (PARTY_TOKEN) joined to a known or found party by a
 * comma, `en`, `of` or `&` is a local fractie under its own name; so is `fractie <Surname>`.
 */
function coordinatedParties(ctx: DocContext, start: number, end: number, found: Mention[]): void {
  const queue = found.filter((f) => f.kind === 'fractie');
  while (queue.length > 0) {
    const f = queue.shift();
    if (f === undefined) break;
    const after = LIST_JOIN_AFTER.exec(ctx.sh.slice(f.end, Math.min(end, f.end + 20)));
    const candidates: { at: number; text: string }[] = [];
    if (after !== null) {
      const at = f.end + after[0].length;
      const rest = ctx.sh.slice(at, Math.min(end, at + 40));
      const person = PERSON_FRACTIE.exec(rest);
      // A local name may go on in one capitalised word (`VVD en VHL Lokaal`).
      const word = /^[\p{L}\d]+(?![\p{L}\d'-])(?:[ \t]+(?!(?:De|Het|Een|En|In|Op|Voor|Zij|Ze|Wij|We)(?![\p{L}]))\p{Lu}\p{Ll}+(?![\p{L}\d'-]))?/u.exec(rest);
      if (person !== null) candidates.push({ at, text: person[0] });
      else if (word !== null) candidates.push({ at, text: word[0] });
    }
    const beforeText = ctx.sh.slice(Math.max(start, f.start - 40), f.start);
    const before = LIST_JOIN_BEFORE.exec(beforeText);
    if (before !== null) {
      const head = beforeText.slice(0, before.index);
      const word = /(?<![\p{L}\d'-])[\p{L}\d]+$/u.exec(head);
      if (word !== null) candidates.push({ at: f.start - (beforeText.length - before.index) - word[0].length, text: word[0] });
    }
    for (const c of candidates) {
      const cEnd = c.at + c.text.length;
      if (c.at < start || cEnd > end || overlaps(found, c.at, cEnd)) continue;
      const isPerson = PERSON_FRACTIE.test(c.text);
      const token = c.text.split(/[ \t]+/)[0] ?? '';
      if (!isPerson && (!PARTY_TOKEN.test(token) || NOT_A_SURNAME.test(token) || ORGANISATION_SHAPED.test(c.text))) continue;
      if (ORGANISATIONS.some((o) => new RegExp(`^(?:${o.pattern.source})$`, o.pattern.flags.replace('g', '')).test(c.text))) continue;
      const name = isPerson ? `Fractie ${c.text.replace(/^fractie[ \t]+/u, '')}` : c.text;
      const mention: Mention = { kind: 'fractie', id: fractieNode(ctx, slug(name), name, name, c.at, cEnd), start: c.at, end: cEnd, role: null };
      found.push(mention);
      queue.push(mention);
    }
  }
}

const LOCAL_PARTY_NAME = '\\p{Lu}[\\p{L}\\d-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\d-]+){0,2}';
const LOCAL_FRACTIE_CONTEXT = new RegExp(
  `\\b(?:[Dd]e\\s+fractie\\s+van\\s+|[Nn]amens\\s+(?:de\\s+fractie\\s+(?:van\\s+)?)?)(${LOCAL_PARTY_NAME})(?![\\p{L}\\d-])|\\b(?:[Mm]evrouw|[Dd]e\\s+heer|[Dd]hr\\.|[Mm]w\\.)[ \\t]+[^()\\n:,.]{2,40}?[ \\t]*\\((${LOCAL_PARTY_NAME})\\)|(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*)(?=-fractie\\b)`,
  'gu',
);

export function organisationMentions(ctx: DocContext, start: number, end: number): Mention[] {
  const text = ctx.sh.slice(start, end);
  const found: Mention[] = [];
  for (const o of ORGANISATIONS) {
    for (const m of matches(o.pattern, text, start)) {
      if (overlaps(found, m.start, m.end)) continue;
      const id = organisationNode(ctx, o.key, o.name, o.kind, ctx.text.slice(m.start, m.end), m.start, m.end);
      found.push({ kind: 'organisation', id, start: m.start, end: m.end, role: null });
    }
  }
  for (const g of matches(GENERIC_ORGANISATION, text, start)) {
    // A name does not run over a line break (a name at a line's end, the next line's first word).
    const gap = /[ \t]*\r?\n/.exec(ctx.text.slice(g.start, g.end));
    const whole = gap === null ? g : { ...g, text: g.text.slice(0, gap.index).trimEnd(), end: g.start + g.text.slice(0, gap.index).trimEnd().length };
    // `Stichting Wijeindhoven en Vitalis Zorggroep` names two organisations when both sides have an organisation's shape.
    const pair = /^(\S+[ \t]+\S.*?)[ \t]+en[ \t]+(\p{Lu}.*)$/u.exec(whole.text);
    const parts = pair !== null && ORGANISATION_SHAPED.test(pair[2] ?? '')
      ? [{ text: pair[1] ?? '', start: whole.start, end: whole.start + (pair[1] ?? '').length }, { text: pair[2] ?? '', start: whole.end - (pair[2] ?? '').length, end: whole.end }]
      : [whole];
    for (const m of parts) {
      if (overlaps(found, m.start, m.end) || !/\s/.test(m.text)) continue;
      const name = m.text.replace(/\s+/g, ' ').trim();
      const kindWord = (/^\S+/.exec(name)?.[0] ?? '').toLowerCase();
      const kindAtEnd = /\b(zorggroep|b\.?v\.?|n\.v\.)$/i.exec(name)?.[1]?.toLowerCase();
      const kind = kindAtEnd !== undefined ? (/^(?:b|n)/.test(kindAtEnd) ? 'bedrijf' : kindAtEnd) : /b\.?v\.?|n\.v\./i.test(name) ? 'bedrijf' : kindWord;
      const id = organisationNode(ctx, name, name, kind, ctx.text.slice(m.start, m.end), m.start, m.end);
      found.push({ kind: 'organisation', id, start: m.start, end: m.end, role: null });
    }
  }
  return found;
}

/**
 * Bodies: the council (`de raad`, `gemeenteraad`, `uw raad`), the college, named committees.
 * `de commissie` / `uw commissie` mean `meetingCommittee` when the meeting is one.
 */
export function bodyMentions(ctx: DocContext, start: number, end: number, meetingCommittee: string | null): Mention[] {
  const text = ctx.sh.slice(start, end);
  const found: Mention[] = [];
  for (const m of matches(/\b(?:[Cc]ommissie|[Rr]aadscommissie)\s+((?:[A-Z][\w-]*)(?:\s+(?:en|&|van|voor)?\s*[A-Z][\w-]*)*)/g, text, start)) {
    const name = m.groups[1] ?? '';
    if (/^(?:CDA|SP|VVD|PvdA|D66)$/.test(name) || /\n/.test(ctx.text.slice(m.start, m.end)) || NOT_A_SURNAME.test(name.split(' ')[0] ?? '')) continue;
    found.push({ kind: 'body', id: bodyNode(ctx, committee(name), m.start, m.end), start: m.start, end: m.end, role: null });
  }
  for (const m of matches(/\b(?:het\s+)?[Cc]ollege(?:\s+van\s+(?:B\s?&\s?W|burgemeester\s+en\s+wethouders))?\b/g, text, start)) {
    if (overlaps(found, m.start, m.end)) continue;
    found.push({ kind: 'body', id: bodyNode(ctx, COLLEGE, m.start, m.end), start: m.start, end: m.end, role: null });
  }
  for (const m of matches(/\b(?:[Gg]emeenteraad|(?:de|uw|De|Uw)\s+raad)\b(?!\s+(?:van|voor)\s+[A-Z])/g, text, start)) {
    if (overlaps(found, m.start, m.end)) continue;
    found.push({ kind: 'body', id: bodyNode(ctx, COUNCIL, m.start, m.end), start: m.start, end: m.end, role: null });
  }
  if (meetingCommittee !== null) {
    for (const m of matches(/\b(?:[Dd]e|[Uu]w)\s+commissie\b(?!\s+[A-Z])/g, text, start)) {
      if (overlaps(found, m.start, m.end)) continue;
      found.push({ kind: 'body', id: meetingCommittee, start: m.start, end: m.end, role: null });
    }
  }
  return found;
}

/**
 * A party's shape inside brackets after a name, where only a party stands (`(FNP)`, `(GBA)`,
 * `(PrO)`, `(BVNL)`, `(Leefbaar Utrecht)`): one to three capitalised words with at least two
 * capitals in all, the first at most twelve characters. A role (`(voorzitter)`) has none, an
 * OCR slip (`(Ill-a)`) one.
 */
const PARTY_SHAPE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\d&/'-]{1,11}(?:[ \t]+\p{Lu}[\p{L}\d-]+){0,2}$/u;

/**
 * The fractie a bracket after a person's name names (`[start, end)` is the bracket's inside): a
 * party the lexicon knows (`CDA`, `ChristenUnie`), else any name of a party's shape that is no
 * organisation, as a local fractie under its own name. Null when the bracket names no party.
 */
export function partyInBrackets(ctx: DocContext, start: number, end: number): string | null {
  // `(Commissielid ChristenUnie)`: a council role before the party.
  const inner = ctx.sh.slice(start, end).trim().replace(/^(?:raadslid|commissielid|burgerlid|fractievoorzitter|woordvoerder|fractie)[ \t]+/i, '');
  const at = start + ctx.sh.slice(start, end).lastIndexOf(inner);
  const known = fractieMentions(ctx, at, at + inner.length).find((f) => f.start === at && f.end === at + inner.length);
  if (known !== undefined) return known.id;
  if (!PARTY_SHAPE.test(inner) || NOT_A_SURNAME.test(inner) || ORGANISATION_SHAPED.test(inner)) return null;
  if (ORGANISATIONS.some((o) => new RegExp(`^(?:${o.pattern.source})$`, o.pattern.flags.replace('g', '')).test(inner))) return null;
  const name = inner.replace(/\s+/g, ' ');
  return fractieNode(ctx, slug(name), name, name, at, at + inner.length);
}

/** Roles that belong to a council member, not to the executive or the civil service. */
const COUNCIL_MEMBER_ROLE = /^(?:raadslid|fractievoorzitter|commissielid|woordvoerder)$/;

/**
 * The fractie a person is named with, and the span that says so: `mevrouw Jansen (VVD)`,
 * `de heer De Wit (GroenLinks)`, `raadslid Pietersen van D66`, `fractievoorzitter Bakker namens
 * de SP`, `D66-raadslid Pietersen`, `mevrouw Jansen, fractievoorzitter van de VVD`. Executives'
 * parties are not memberships of a council fractie, so only council members and untitled persons
 * qualify.
 */
function fractieOfPerson(ctx: DocContext, titleStart: number, nameEnd: number, limit: number, role: string | null): { fractieId: string; start: number; end: number } | null {
  if (role !== null && !COUNCIL_MEMBER_ROLE.test(role)) return null;
  const after = ctx.sh.slice(nameEnd, Math.min(limit, nameEnd + 70));
  const first = (from: number, to: number) => fractieMentions(ctx, from, to).find((f) => f.start === from);
  const paren = /^\s*\(([^)]{2,40})\)/.exec(after);
  if (paren) {
    const inner = nameEnd + paren[0].indexOf('(') + 1;
    const fractieId = partyInBrackets(ctx, inner, inner + (paren[1] ?? '').length);
    if (fractieId !== null) return { fractieId, start: titleStart, end: nameEnd + paren[0].length };
  }
  const named = /^(?:\s*,\s*(?:raadslid|fractievoorzitter|woordvoerder|commissielid)\s+van\s+|\s+(?:van|namens)\s+)(?:de\s+|het\s+)?(?:fractie\s+(?:van\s+)?(?:de\s+|het\s+)?)?/.exec(after);
  if (named && (role !== null || /fractievoorzitter|raadslid|woordvoerder|namens/.test(named[0]))) {
    const at = nameEnd + named[0].length;
    const f = first(at, Math.min(limit, at + 40));
    if (f !== undefined) return { fractieId: f.id, start: titleStart, end: f.end };
    // `namens (de fractie van) Swollwacht`: after those words a name of a party's shape is a party.
    const run = /namens|fractie/.test(named[0]) ? PARTY_RUN.exec(ctx.sh.slice(at, Math.min(limit, at + 40))) : null;
    const fractieId = run === null ? null : partyInBrackets(ctx, at, at + run[0].length);
    if (run !== null && fractieId !== null) return { fractieId, start: titleStart, end: at + run[0].length };
  }
  const before = /(?:^|[\s(])([\w/'-]+?)-(?:raadslid|fractievoorzitter|woordvoerder|commissielid)\s*$/i.exec(ctx.sh.slice(Math.max(0, titleStart - 30), titleStart + (role !== null ? role.length : 0)));
  if (before) {
    const at = Math.max(0, titleStart - 30) + before.index + before[0].indexOf(before[1] ?? '');
    const f = first(at, at + (before[1] ?? '').length);
    if (f !== undefined) return { fractieId: f.id, start: at, end: nameEnd };
  }
  return null;
}

/**
 * Persons: after a title (`wethouder Van der Linden`, `mevrouw K. de Vries (GroenLinks)`), or as
 * `Given Surname (Organisation)` — the way slides introduce a board member.
 */
export function personMentions(ctx: DocContext, start: number, end: number, orgs: readonly Mention[]): Mention[] {
  const text = ctx.sh.slice(start, end);
  const found: Mention[] = [];
  for (const t of matches(PERSON_TITLE, text, start)) {
    const rest = ctx.sh.slice(t.end, Math.min(end, t.end + 60));
    // OCR'd minutes print speakers' surnames in capitals: `Mevrouw VAN DIJK (PvdA):`, `Wethouder DE BOER:`.
    const caps = UPPER_CASE_NAME.exec(rest);
    const n = caps ? [caps[0], titleCase(caps[1] ?? '')] : NAME_AFTER_TITLE.exec(rest);
    if (!n) continue;
    let rawName = caps ? (n[1] ?? '') : withoutRunOn(n[1] ?? '');
    let nameEnd = t.end + (caps ? (n[1] ?? '').length : rawName.length);
    // A surname OCR broke at a line's end (`wethouder Roosen- boom`) is one word.
    const broken = caps ? null : BROKEN_WORD.exec(ctx.sh.slice(nameEnd, nameEnd + 30));
    if (broken !== null) {
      rawName = `${rawName}${broken[1] ?? ''}`;
      nameEnd += broken[0].length;
    }
    const last = rawName.split(/\s+/).pop() ?? '';
    if (NOT_A_SURNAME.test(last) || (!caps && /^[A-Z]+$/.test(last))) continue;
    // Compound titles name the role they end in: `Verkeerswethouder`, `onderwijswethouder`, `locoburgemeester`.
    const title = t.text.trim().toLowerCase().replace(/^de\s+/, '').replace(/^[a-z]+wethouder$/, 'wethouder').replace(/^locoburgemeester$/, 'loco-burgemeester');
    const role = /^(heer|hear|mevrouw|mevr\.|dhr\.|mw\.)$/.test(title) ? null : title;
    const membership = fractieOfPerson(ctx, t.start, nameEnd, end, role);
    const id = personNode(ctx, rawName, role, t.start, nameEnd, membership !== null);
    if (id === null) continue;
    let mentionEnd = nameEnd;
    let mentionStart = t.start;
    if (membership !== null) {
      mentionEnd = membership.end;
      mentionStart = membership.start;
      ctx.facts.edge('MEMBER_OF', id, membership.fractieId, {}, ev(ctx, mentionStart, mentionEnd));
      if (role === null) ctx.facts.edge('HOLDS_ROLE', id, bodyNode(ctx, COUNCIL), { role: 'raadslid' }, ev(ctx, mentionStart, mentionEnd));
    }
    found.push({ kind: 'person', id, start: mentionStart, end: mentionEnd, role: role ?? (membership !== null ? 'raadslid' : null) });
  }
  untitledWithParty(ctx, text, start, found);
  // `wethouders Meijs, Botter en Berkhout`
  // A surname in the list keeps its tussenvoegsel (`wethouders Van Wely, Kanters en Dekkers`).
  // Without initials a tussenvoegsel is capitalised; `wethouders van Tilburg` is no list of names.
  const listed = '(?:(?:Van der|Van den|Van de|Van \'t|Van|De|Den|Ter|Ten)\\s+)?\\p{Lu}[\\p{L}\'-]+';
  const list = new RegExp(`\\b([Ww]ethouders|[Rr]aadsleden)\\s+(${listed}(?:\\s*,\\s*${listed})*(?:\\s+en\\s+${listed})?)`, 'gu');
  for (const l of matches(list, text, start)) {
    const role = (l.groups[1] ?? '').toLowerCase() === 'wethouders' ? 'wethouder' : 'raadslid';
    const listStart = l.start + l.text.indexOf(l.groups[2] ?? '');
    const re = new RegExp(listed, 'gu');
    let n: RegExpExecArray | null;
    while ((n = re.exec(l.groups[2] ?? '')) !== null) {
      const s = listStart + n.index;
      const id = personNode(ctx, n[0], role, s, s + n[0].length);
      if (id !== null && !overlaps(found, s, s + n[0].length)) found.push({ kind: 'person', id, start: s, end: s + n[0].length, role });
    }
  }
  const boardPattern = /\b([A-Z][a-zé]+)\s+((?:(?:van der|van den|van de|van|de|ter|ten)\s+)?[A-Z][a-zéëï]+(?:-[A-Z][a-z]+)?)\s*\(([^)]{2,60})\)/g;
  for (const m of matches(boardPattern, text, start)) {
    const given = m.groups[1] ?? '';
    if (NOT_A_SURNAME.test(given) || overlaps(found, m.start, m.end)) continue;
    const parenStart = m.start + m.text.indexOf('(') + 1;
    const org = orgs.find((o) => o.start >= parenStart && o.end <= m.end);
    if (org === undefined) continue;
    const nameEnd = m.start + m.text.indexOf('(');
    const id = personNode(ctx, `${given} ${m.groups[2] ?? ''}`, null, m.start, nameEnd);
    if (id === null) continue;
    const before = ctx.sh.slice(Math.max(0, m.start - 300), m.start);
    const role = /bestuurder/i.test(before) ? 'bestuurder' : /directeur/i.test(before) ? 'directeur' : 'vertegenwoordiger';
    ctx.facts.edge('HOLDS_ROLE', id, org.id, { role }, ev(ctx, m.start, m.end));
    found.push({ kind: 'person', id, start: m.start, end: m.end, role });
  }
  return found;
}

const TUSSENVOEGSEL = '(?:(?:van der|van den|van de|van \'t|van|de|den|ter|ten|te)[ \\t]+)?';
/** `J.K. Otten (CDA)`, `G. Hoovenstat (BVNL)`: initials, a surname and a bracket. */
const INITIALS_WITH_BRACKET = new RegExp(`(?<![\\p{L}.])((?:[A-Z]\\.[ \\t]?){1,5}${TUSSENVOEGSEL}\\p{Lu}[\\p{L}'-]+)[ \\t]*\\(([^)\\n]{2,40})\\)`, 'gu');
/** `Ton Spek (CDA)`, `Jan Pieter Loopstra (PvdA)`, `Gerard Klein Gunnewiek (Nieuwe Liberalen)`: one or two given names (or a compound surname), a surname and a bracket. */
const GIVEN_WITH_BRACKET = new RegExp(`(?<![\\p{L}.'-])(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]+${TUSSENVOEGSEL}\\p{Lu}[\\p{L}'-]+)[ \\t]*\\(([^)\\n]{2,40})\\)`, 'gu');
/** Where a sentence or line starts: a capitalised word there may be any word (`Zowel Hans Rottier (SGP)`). */
const SENTENCE_START = /(?:^|[.!?:;•'"‘’“”]|\n)[ \t]*$/u;
/** `Jort Raemakers namens de fractie van D66`: initials or one given name, a surname, `namens` and a party. */
const NAMED_FOR_PARTY = new RegExp(`(?<![\\p{L}.'-])((?:\\p{Lu}\\p{Ll}+|(?:[A-Z]\\.[ \\t]?){1,5})[ \\t]*${TUSSENVOEGSEL}\\p{Lu}[\\p{L}'-]+),?[ \\t]+namens[ \\t]+(?:(?:de|het)[ \\t]+)?(?:fractie[ \\t]+(?:van[ \\t]+)?(?:(?:de|het)[ \\t]+)?)?(\\p{Lu}[\\p{L}\\d&/'-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d-]*){0,2})`, 'gu');
/** A run of capitalised words where a party's name may stand. */
const PARTY_RUN = /^\p{Lu}[\p{L}\d&/'-]*(?:[ \t]+\p{Lu}[\p{L}\d-]*){0,2}/u;
/** `Otten (CDA) vindt ...`: a bare surname and a bracket where a sentence or line starts. */
const BARE_WITH_BRACKET = /(?:^|(?<=[.!?:•][ \t]+|\n[ \t]*))(\p{Lu}\p{Ll}[\p{L}'-]+)[ \t]*\(([^)\n]{2,40})\)/gu;

/** A party the lexicon knows by this very name (`CDA`, `PvdA`, `ChristenUnie`). */
function knownParty(name: string): boolean {
  return FRACTIES.some((f) => f.key !== '' && new RegExp(`^(?:${f.pattern.source})$`, f.pattern.flags.replace('g', '')).test(name));
}

/**
 * True when a bracket abbreviates the words before it, not a party of a person: the initials of
 * those words appear in the bracket's letters in order (`Bossche Volkspartij (BVP)`, `Kansrijke
 * Omgeving (OKO)`). Only asked of parties the lexicon does not know.
 */
function looksLikeAcronymOf(bracket: string, words: readonly string[]): boolean {
  const letters = bracket.toUpperCase().replace(/[^A-Z]/g, '');
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0).toUpperCase());
  let i = 0;
  for (const c of letters) if (c === initials[i]) i++;
  return initials.length >= 2 && i === initials.length;
}

/**
 * Persons named without a title but with their party in brackets (`J.K. Otten (CDA)`, `Ton Spek
 * (CDA)`, `Otten (CDA) vindt ...`) or after `namens` (`Jort Raemakers namens de fractie van D66`):
 * members of that fractie and of the council. A name with
 * initials or a given name may stand with any bracket of a party's shape (partyInBrackets); a
 * bare surname only with a party the lexicon knows, at the start of a sentence or line, since
 * `Vervoerplan (GVVP)` has the same shape. A bare surname two persons of the document share goes
 * to the surname's unresolved node, which is made a member of nothing.
 */
function untitledWithParty(ctx: DocContext, text: string, start: number, found: Mention[]): void {
  for (const [pattern, bare] of [[INITIALS_WITH_BRACKET, false], [GIVEN_WITH_BRACKET, false], [NAMED_FOR_PARTY, false], [BARE_WITH_BRACKET, true]] as const) {
    for (const m of matches(pattern, text, start)) {
      let rawName = m.groups[1] ?? '';
      let words = rawName.split(/\s+/);
      let at = m.start;
      // Two capitalised words before the surname at a sentence's start: the first may be any word,
      // not a given name (`Zowel Hans Rottier (SGP)`, `Abbetjes Meindert de Boer (SGP)`: Urk's
      // family byname), unless the second starts a compound surname (`Gerard Klein Gunnewiek`).
      const second = words[1] ?? '';
      if (pattern === GIVEN_WITH_BRACKET && words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(second) && !COMPOUND_SURNAME_STARTS.has(second) && SENTENCE_START.test(ctx.sh.slice(Math.max(0, m.start - 40), m.start))) {
        at = m.start + rawName.indexOf(words[1] ?? '', (words[0] ?? '').length);
        rawName = rawName.slice(at - m.start);
        words = words.slice(1);
      }
      if (overlaps(found, at, m.end) || words.some((w) => NOT_A_SURNAME.test(w))) continue;
      const bracket = m.text.endsWith(')');
      const innerStart = bracket ? m.start + m.text.lastIndexOf('(') + 1 : m.end - (m.groups[2] ?? '').length;
      const innerEnd = bracket ? m.end - 1 : m.end;
      if (bare && !knownParty(ctx.sh.slice(innerStart, innerEnd).trim())) continue;
      const party = ctx.sh.slice(innerStart, innerEnd).trim();
      if (!bare && !knownParty(party) && (looksLikeAcronymOf(party, words) || (words[0]?.length ?? 0) > 12)) continue;
      const fractieId = partyInBrackets(ctx, innerStart, innerEnd);
      if (fractieId === null) continue;
      const nameEnd = at + rawName.length;
      const id = personNode(ctx, rawName, null, at, nameEnd, true);
      if (id === null) continue;
      if (!id.endsWith(`-${UNRESOLVED_SUFFIX}`)) {
        ctx.facts.edge('MEMBER_OF', id, fractieId, {}, ev(ctx, at, m.end));
        ctx.facts.edge('HOLDS_ROLE', id, bodyNode(ctx, COUNCIL), { role: 'raadslid' }, ev(ctx, at, m.end));
      }
      found.push({ kind: 'person', id, start: at, end: m.end, role: id.endsWith(`-${UNRESOLVED_SUFFIX}`) ? null : 'raadslid' });
    }
  }
}

/**
 * The rest of a word hyphenated at a line's end by OCR, with one space or the line break left:
 * `- boom` of `Roosen- boom`. Not a conjunction (`Roosen- en ...`), not a tussenvoegsel (a double
 * surname: `Walter- van ...`), not after a dash between spaces (`Van Olden-  bleef staan`).
 */
const BROKEN_WORD = /^-(?: |[ \t]*\r?\n[ \t]*)(?!(?:en|of|tot|van|de|der|den|het|ter|ten|te)(?![\p{L}]))(\p{Ll}{2,})(?![\p{L}\d-])/u;

/** A surname in capitals after a title, with an optional tussenvoegsel in capitals; not an abbreviation (a fractie, `B&W`). */
const UPPER_CASE_NAME = /^((?:(?:VAN DER|VAN DEN|VAN DE|VAN|DE|DEN|TER|TEN|TE)\s+)?\p{Lu}[\p{Lu}'-]{2,}(?:-\p{Lu}[\p{Lu}]+)?)(?![\p{L}\d])(?=\s*[(:,]|\s*$|\s+(?:\p{Ll}|\p{Lu}\p{Ll}))/u;

function titleCase(raw: string): string {
  return raw.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, a: string, b: string) => `${a}${b.toUpperCase()}`);
}

/** Every actor in `[start, end)`, in text order. */
export function actorMentions(ctx: DocContext, start: number, end: number, meetingCommittee: string | null): Mention[] {
  const orgs = organisationMentions(ctx, start, end);
  const persons = personMentions(ctx, start, end, orgs);
  const fracties = fractieMentions(ctx, start, end).filter((f) => !persons.some((p) => f.start >= p.start && f.end <= p.end));
  const bodies = bodyMentions(ctx, start, end, meetingCommittee).filter((b) => !orgs.some((o) => b.start < o.end && b.end > o.start));
  return [...orgs.filter((o) => !persons.some((p) => o.start >= p.start && o.end <= p.end) || true), ...persons, ...fracties, ...bodies].sort((a, b) => a.start - b.start);
}
