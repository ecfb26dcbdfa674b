import { createHash } from 'node:crypto';
import { extractDocument } from '../extract-document.js';
import { FactBuilder } from '../fact-builder.js';
import { date, dateTime, type ExtractedDocument, type Passage } from '../facts.js';
import { entityId, municipalityId, slug } from '../ids.js';
import { municipalityByCode } from '../municipalities.js';
import { COUNCIL, FRACTIES } from '../extract/gazetteer.js';
import { parsePersonName } from '../extract/person-name.js';
import { compatible, documentPersons, mergeForms, qualifier, type KnownPersons } from '../extract/person-identity.js';
import { settlePersons } from '../extract/settle-persons.js';
import { isoDay, wallClock, type OriExport, type OriRecord, type OriRecordError, type OriRef, type OriValue } from './ori-records.js';

/**
 * One ORI record as a raadsgraaf source: its fields rendered as text (one `field: value` line each,
 * the value exactly as the export gives it), and the facts it states, each evidenced by the field's
 * value in that text. A record is its own source (`<export file>#<ORI id>`, with the record's original
 * URL when it has one), so a record that cannot be loaded writes nothing and the others go on, and a
 * changed record replaces only its own facts.
 *
 * The mapping onto the graph:
 * - Meeting -> Meeting (title, date, start, location), OF_BODY its committee.
 * - AgendaItem -> Dossier (number `ORI-<id>`, subject): our graph has no agenda-item kind, and a
 *   dossier is what an agenda item is about: the matter its documents and motions belong to
 *   (IN_DOSSIER) and that is DISCUSSED_IN the meeting.
 * - MediaObject -> Document (title, url), DISCUSSED_IN its meeting / IN_DOSSIER its agenda item; its
 *   text goes through the same extractor as every other document (extractDocument), so commitments, decisions
 *   and requests in it come out with their quotes.
 * - Motion -> Request of kind motion, RAISED by its creators; its result -> a Decision (outcome
 *   adopted / rejected / withdrawn / postponed / other) that CONCERNS the motion.
 * - Person -> Person, by the same identity rule as a person the text extractor meets
 *   (extract/person-identity.ts, settle-persons.ts): keyed by surname, and settled against the persons
 *   the store and the records read before it hold, so `Dhr. J. Otten` and `Dhr. L. Otten` stay two
 *   people and `J.K. Otten` in a later record or minutes finds the first; a membership of a Party ->
 *   MEMBER_OF the Fractie, of the Council or a committee -> HOLDS_ROLE with the role.
 * - Organization -> Fractie (Party), Body (Council, Committee) or Organisation.
 *
 * A record that refers to another record of the same export gets that record's node too, evidenced by
 * the reference (`attachment: 35329`); a reference to a record not in the export is a warning.
 */
export interface OriDocument {
  /** `MediaObject 35329`. */
  readonly label: string;
  /** `<export file>#<ORI id>`: the source's file name. */
  readonly fileName: string;
  readonly text: string;
  readonly url: string | null;
  readonly title: string;
  /** ORI gives no publication day; always null, kept so the source metadata reads as for any file. */
  readonly publishedAt: string | null;
  readonly document: ExtractedDocument;
}

export const ORI_SOURCE_FORMAT = 'ori-record' as const;

/**
 * The persons records are settled against (person-registry.ts's PersonRegistry): `lookup` the store's
 * and this run's, `remember` told about each record once it is read, so the next record sees its persons.
 */
export interface OriPersons {
  readonly lookup: KnownPersons;
  remember(doc: ExtractedDocument): void;
}

export function oriDocuments(exp: OriExport, exportFileName: string, municipality: string, persons?: OriPersons): { documents: OriDocument[]; errors: OriRecordError[] } {
  const byId = new Map(exp.records.map((r) => [r.oriId, r]));
  const documents: OriDocument[] = [];
  const errors: OriRecordError[] = [];
  for (const record of exp.records) {
    const label = `${record.kind} ${record.oriId}`;
    try {
      const doc = oriDocument(record, byId, exportFileName, municipality.toUpperCase(), persons?.lookup);
      persons?.remember(doc.document);
      documents.push(doc);
    } catch (error) {
      errors.push({ record: label, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { documents, errors };
}

/** The text of a record, built line by line, remembering where each value went. */
class RecordText {
  private text = '';
  line(label: string, value: string): Passage {
    this.text += `${label}: `;
    const start = this.text.length;
    this.text += value;
    const end = this.text.length;
    this.text += '\n';
    return { start, end, quote: value };
  }
  block(label: string, value: string): Passage {
    this.text += `${label}:\n`;
    const start = this.text.length;
    this.text += value;
    const end = this.text.length;
    this.text += '\n';
    return { start, end, quote: value };
  }
  raw(line: string): void {
    this.text += `${line}\n`;
  }
  toString(): string {
    return this.text;
  }
}

/** Drops a passage that is only white space, and trims one that starts or ends with it (the quote stays a slice of the text). */
function trimmed(p: Passage): Passage[] {
  const lead = p.quote.length - p.quote.trimStart().length;
  const quote = p.quote.trim();
  return quote === '' ? [] : [{ start: p.start + lead, end: p.start + lead + quote.length, quote }];
}

function oriDocument(record: OriRecord, byId: ReadonlyMap<string, OriRecord>, exportFileName: string, municipality: string, known: KnownPersons | undefined): OriDocument {
  const label = `${record.kind} ${record.oriId}`;
  const t = new RecordText();
  t.raw(`Open Raadsinformatie ${label} (${exportFileName})`);
  const name = trimmed(t.line(record.name.field, record.name.value));
  const startDate = record.startDate === null ? [] : trimmed(t.line(record.startDate.field, record.startDate.value));
  const location = record.location === null ? [] : trimmed(t.line(record.location.field, record.location.value));
  const result = record.result === null ? [] : trimmed(t.line(record.result.field, record.result.value));
  if (record.url !== null) t.line('url', record.url);
  const refs: { ref: OriRef; value: OriValue; evidence: Passage[] }[] = [];
  for (const [ref, values] of Object.entries(record.refs) as [OriRef, readonly OriValue[]][]) {
    for (const value of values) refs.push({ ref, value, evidence: trimmed(t.line(value.field, value.value)) });
  }
  const memberships = record.memberships.map((m) => ({
    membership: m,
    role: m.role === null ? [] : trimmed(t.line(m.role.field, m.role.value)),
    organisation: trimmed(t.line(m.organisation.field, m.organisation.value)),
  }));
  const textStart = record.text === null ? null : t.block(record.text.field, record.text.value);
  const text = t.toString();

  const facts = new FactBuilder();
  const muni = municipalityId(municipality);
  facts.node(muni, 'Municipality', { cbsCode: municipality, name: municipalityByCode(municipality)?.name ?? municipality });
  // A membership is a relationship, not a node of its own.
  const own = record.kind === 'Membership' ? null : nodeOf(facts, record, byId, municipality, [...name, ...startDate, ...location, ...result]);
  if (own !== null) facts.edge('IN_MUNICIPALITY', own.id, muni, {}, name);
  const warnings: string[] = [];
  const other = (ref: { value: OriValue; evidence: Passage[] }) => {
    const target = byId.get(ref.value.value);
    if (target?.kind === 'Membership') return null;
    if (target === undefined) {
      warnings.push(`${label} refers to ${ref.value.field} ${ref.value.value}, which is not in this export`);
      return null;
    }
    return { record: target, ...nodeOf(facts, target, byId, municipality, ref.evidence) };
  };

  for (const ref of own === null ? [] : refs) {
    const target = other(ref);
    if (target === null || own === null) continue;
    const ev = ref.evidence;
    const k = target.record.kind;
    switch (record.kind) {
      case 'Meeting':
        if (ref.ref === 'committee' && target.label === 'Body') facts.edge('OF_BODY', own.id, target.id, {}, ev);
        else if (k === 'MediaObject' || k === 'AgendaItem') facts.edge('DISCUSSED_IN', target.id, own.id, {}, ev);
        else if (k === 'Motion') facts.edge('MADE_IN', target.id, own.id, {}, ev);
        else if (k === 'VoteEvent') facts.edge('DECIDED_IN', target.id, own.id, {}, ev);
        break;
      case 'AgendaItem':
        if (k === 'Meeting') facts.edge('DISCUSSED_IN', own.id, target.id, {}, ev);
        else if (k === 'MediaObject' || k === 'Motion') facts.edge('IN_DOSSIER', target.id, own.id, {}, ev);
        else if (k === 'VoteEvent') facts.edge('CONCERNS', target.id, own.id, {}, ev);
        break;
      case 'MediaObject':
        if (k === 'Meeting') facts.edge('DISCUSSED_IN', own.id, target.id, {}, ev);
        else if (k === 'AgendaItem') facts.edge('IN_DOSSIER', own.id, target.id, {}, ev);
        break;
      case 'Motion':
        if (ref.ref === 'creator' && (k === 'Person' || target.label === 'Fractie')) facts.edge('RAISED', target.id, own.id, {}, ev);
        else if (k === 'Meeting') facts.edge('MADE_IN', own.id, target.id, {}, ev);
        else if (k === 'AgendaItem') facts.edge('IN_DOSSIER', own.id, target.id, {}, ev);
        else if (k === 'VoteEvent') facts.edge('CONCERNS', target.id, own.id, {}, ev);
        break;
      case 'VoteEvent':
        if (k === 'Motion' || k === 'AgendaItem') facts.edge('CONCERNS', own.id, target.id, {}, ev);
        else if (k === 'Meeting') facts.edge('DECIDED_IN', own.id, target.id, {}, ev);
        break;
      case 'Membership':
        break;
      case 'Person':
      case 'Organization':
        break;
    }
  }

  if (record.kind === 'Membership') {
    const member = refs.filter((r) => r.ref === 'member').map(other).find((x) => x !== null && x.record.kind === 'Person');
    const organisation = refs.filter((r) => r.ref === 'organization').map(other).find((x) => x !== null && x.record.kind === 'Organization');
    const role = record.name.field === 'role' ? record.name.value : null;
    if (member && organisation) membershipEdge(facts, member.id, organisation.id, organisation.label, role, [...(role === null ? [] : name), ...evidenceOf(refs, 'organization')]);
  }

  for (const m of memberships) {
    if (own === null) break;
    const org = organisationNode(facts, m.membership.organisation.value, m.membership.classification, municipality, m.organisation);
    membershipEdge(facts, own.id, org.id, org.label, m.membership.role?.value ?? null, [...m.role, ...m.organisation]);
  }

  if (textStart !== null && (record.kind === 'MediaObject' || record.kind === 'Motion') && record.text !== null && record.text.value.trim() !== '') {
    mergeExtracted(facts, record, exportFileName, municipality, textStart.start, warnings, known);
  }
  // A record gives no date a person was seen so; its persons are settled, their roles left undated.
  settlePersons(facts, municipality, known, null);

  const document = facts.build({ fileName: `${exportFileName}#${record.oriId}`, sha256: sha256(text), format: ORI_SOURCE_FORMAT, municipality });
  return {
    label,
    fileName: `${exportFileName}#${record.oriId}`,
    text,
    url: record.url,
    title: record.name.value.trim(),
    publishedAt: null,
    document: { ...document, warnings: [...warnings, ...document.warnings] },
  };
}

const evidenceOf = (refs: readonly { ref: OriRef; evidence: Passage[] }[], ref: OriRef): Passage[] => refs.filter((r) => r.ref === ref).flatMap((r) => r.evidence);

function membershipEdge(facts: FactBuilder, personId: string, orgId: string, orgLabel: string, role: string | null, evidence: Passage[]): void {
  if (orgLabel === 'Fractie') facts.edge('MEMBER_OF', personId, orgId, {}, evidence);
  else if (orgLabel === 'Body') facts.edge('HOLDS_ROLE', personId, orgId, { role: (role ?? 'lid').trim().toLowerCase() }, evidence);
}

/** The node of a record (its own, or one it refers to), evidenced by `evidence`. */
function nodeOf(facts: FactBuilder, record: OriRecord, byId: ReadonlyMap<string, OriRecord>, municipality: string, evidence: Passage[]): { id: string; label: string } {
  const name = record.name.value.replace(/\s+/g, ' ').trim();
  const key = `ori-${record.oriId}`;
  const day = record.startDate === null ? null : isoDay(record.startDate.value);
  const time = record.startDate === null ? null : wallClock(record.startDate.value);
  switch (record.kind) {
    case 'Meeting': {
      const id = entityId('meeting', municipality, key);
      facts.node(id, 'Meeting', { title: name, date: day === null ? null : date(day), start: day !== null && time !== null ? dateTime(`${day}T${time}`) : null, location: record.location?.value.trim() ?? null, oriId: record.oriId, municipality }, evidence);
      return { id, label: 'Meeting' };
    }
    case 'AgendaItem': {
      const id = entityId('dossier', municipality, key);
      facts.node(id, 'Dossier', { number: `ORI-${record.oriId}`, subject: name, oriId: record.oriId, municipality }, evidence);
      return { id, label: 'Dossier' };
    }
    case 'MediaObject': {
      const id = entityId('document', municipality, key);
      facts.node(id, 'Document', { kind: 'ORI document', title: name, url: record.url, oriId: record.oriId, municipality }, evidence);
      return { id, label: 'Document' };
    }
    case 'Motion': {
      const id = entityId('request', municipality, key);
      facts.node(id, 'Request', { kind: 'motion', title: name, text: (record.text?.value ?? name).replace(/\s+/g, ' ').trim(), date: day === null ? null : date(day), oriId: record.oriId, municipality }, evidence);
      return { id, label: 'Request' };
    }
    case 'VoteEvent': {
      const id = entityId('decision', municipality, key);
      const result = resultLabel(record.result?.value ?? name);
      const motion = record.refs.motion.map((r) => byId.get(r.value)).find((r) => r?.kind === 'Motion');
      const text = motion === undefined ? result : `${motion.name.value.replace(/\s+/g, ' ').trim()}: ${result}`;
      facts.node(id, 'Decision', { text, outcome: resultOutcome(record.result?.value ?? name), date: day === null ? null : date(day), oriId: record.oriId, municipality }, evidence);
      return { id, label: 'Decision' };
    }
    case 'Person':
      return personNode(facts, name, record.oriId, municipality, evidence);
    case 'Organization':
      return organisationNode(facts, name, record.classification, municipality, evidence);
    case 'Membership':
      throw new Error(`${record.kind} ${record.oriId} is a relationship and has no node of its own`);
  }
}

/**
 * A person record's node, as a document person (person-identity.ts): a second person of the surname
 * in one record whose initials disagree gets its initials in its id; settlePersons then matches each
 * to the persons already known.
 */
function personNode(facts: FactBuilder, name: string, oriId: string, municipality: string, evidence: Passage[]): { id: string; label: string } {
  const parsed = parsePersonName(name);
  const id = parsed === null ? entityId('person', municipality, name) : docPersonId(facts, municipality, parsed);
  facts.node(
    id,
    'Person',
    { name: parsed?.name ?? name, surname: parsed?.surname ?? null, givenName: parsed?.givenName ?? null, initials: parsed?.initials ?? null, municipality },
    evidence,
  );
  return { id, label: 'Person' };
}

/** A party is a Fractie (keyed as the text extractor keys the fracties it knows), the council and committees are Bodies. */
function organisationNode(facts: FactBuilder, rawName: string, classification: string | null, municipality: string, evidence: Passage[]): { id: string; label: string } {
  const name = rawName.replace(/\s+/g, ' ').trim();
  const c = (classification ?? '').toLowerCase();
  if (c === 'party' || c === 'fractie') {
    const known = FRACTIES.find((f) => f.name.toLowerCase() === name.toLowerCase() || f.abbreviation.toLowerCase() === name.toLowerCase());
    const id = entityId('fractie', municipality, known?.key ?? name);
    facts.node(id, 'Fractie', { name: known?.name ?? name, abbreviation: known?.abbreviation ?? null, municipality }, evidence);
    return { id, label: 'Fractie' };
  }
  if (c === 'council') {
    const id = entityId('body', municipality, COUNCIL.key);
    facts.node(id, 'Body', { name: COUNCIL.name, kind: COUNCIL.kind, municipality }, evidence);
    return { id, label: 'Body' };
  }
  if (c === 'committee') {
    const id = entityId('body', municipality, `commissie-${name}`);
    facts.node(id, 'Body', { name, kind: 'committee', municipality }, evidence);
    return { id, label: 'Body' };
  }
  const id = entityId('organisation', municipality, name);
  facts.node(id, 'Organisation', { name, kind: classification, municipality }, evidence);
  return { id, label: 'Organisation' };
}

/** `http://www.w3.org/ns/opengov#ResultPassed` -> `ResultPassed`; text stays as it is. */
export function resultLabel(result: string): string {
  const r = result.trim();
  return /^https?:\/\//.test(r) ? (r.split(/[/#]/).pop() ?? r) : r;
}

/**
 * A vote's result as the decision outcomes the text extractor uses: ORI's result IRIs (opengov
 * ResultPassed / ResultFailed, meeting ResultKept / ResultPostponed / ResultWithdrawn / ...), or Dutch text.
 */
export function resultOutcome(result: string): string {
  const label = resultLabel(result);
  const byIri: Readonly<Record<string, string>> = {
    ResultPassed: 'adopted',
    ResultFailed: 'rejected',
    ResultWithdrawn: 'withdrawn',
    ResultPostponed: 'postponed',
    ResultKept: 'postponed',
  };
  const known = byIri[label];
  if (known !== undefined) return known;
  const r = label.toLowerCase();
  if (/verworpen|afgewezen|niet\s+aangenomen/.test(r)) return 'rejected';
  if (/ingetrokken/.test(r)) return 'withdrawn';
  if (/aangehouden|uitgesteld/.test(r)) return 'postponed';
  if (/aangenomen|passed|adopted|unaniem/.test(r)) return 'adopted';
  return 'other';
}

/**
 * Runs a document's text through the text extractor and adds its facts, their passages moved by
 * `offset` (where the text starts in the record's rendered text). A text that is not a council
 * document is a warning; the record's own facts stay.
 */
function mergeExtracted(facts: FactBuilder, record: OriRecord, exportFileName: string, municipality: string, offset: number, warnings: string[], known: KnownPersons | undefined): void {
  const value = record.text?.value ?? '';
  let extracted: ExtractedDocument;
  try {
    extracted = extractDocument({ text: value, fileName: `${slug(exportFileName)}-${record.oriId}`, sha256: sha256(value), municipality }, known === undefined ? {} : { knownPersons: known });
  } catch (error) {
    warnings.push(`${record.kind} ${record.oriId}: its text was not extracted (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const shift = (ps: readonly Passage[]): Passage[] => ps.map((p) => ({ start: p.start + offset, end: p.end + offset, quote: p.quote }));
  for (const n of extracted.nodes) {
    try {
      facts.node(n.id, n.label, n.props, shift(n.evidence));
    } catch (error) {
      warnings.push(`${record.kind} ${record.oriId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const e of extracted.edges) facts.edge(e.type, e.from, e.to, e.props, shift(e.evidence));
  warnings.push(...extracted.warnings.map((w) => `${record.kind} ${record.oriId} text: ${w}`));
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The id of a parsed name among the record's persons of its surname: the one it agrees with, or a new one. */
function docPersonId(facts: FactBuilder, municipality: string, parsed: { surname: string; initials: string | null; givenName: string | null; name: string }): string {
  const surnameSlug = slug(parsed.surname);
  const persons = documentPersons(facts);
  const list = persons.get(surnameSlug) ?? [];
  persons.set(surnameSlug, list);
  const form = { initials: parsed.initials, givenName: parsed.givenName };
  const found = list.find((p) => compatible(p.form, form));
  if (found !== undefined) {
    found.form = mergeForms(found.form, form);
    return found.id;
  }
  const taken = new Set(list.map((p) => p.id));
  let id = entityId('person', municipality, parsed.surname);
  if (taken.has(id)) id = entityId('person', municipality, `${parsed.surname} ${qualifier(form)}`);
  for (let n = 2; taken.has(id); n++) id = entityId('person', municipality, `${parsed.surname} ${qualifier(form)} ${n}`);
  list.push({ id, surname: parsed.surname, surnameSlug, form, name: parsed.name, roles: new Set(), unresolved: false });
  return id;
}
