import { parseDutchDate } from '../dates.js';
import type { FactBuilder } from '../fact-builder.js';
import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { findField, findSection, type DossierPage, type Field } from '../parse/dossier-page.js';
import { passage } from '../text.js';
import { parsePersonName } from './person-name.js';
import { inlineEnumeration } from './enumeration.js';
import { findPolicies } from './policies.js';
import { actorMentions } from './mentions.js';

/**
 * The header and the DOCUMENTEN list of a dossier page: the dossier, its documents, the people
 * named in its fields and its topics. Meetings and their outcomes are extracted elsewhere.
 */

export interface DossierContext {
  readonly dossierId: string;
  /** The person in the `Portefeuillehouder` field, if any: who "de wethouder" means by default. */
  readonly portfolioHolderId: string | null;
}

/** Document kinds that a dossier lists; a line whose key is one of these and has a title is a document. */
const DOCUMENT_KINDS = /^(raadsvoorstel|ontwerpbesluit.*|bijlage.*|b&w[- ]?besluit|raadsbesluit|raadsinformatiebrief|brief.*|motie|amendement|memo|notitie|rapport|besluitenlijst|verslag|toezegging|collegebesluit|presentatie|wethoudersbrief)$/i;

export function extractDossierHeader(text: string, page: DossierPage, municipality: string, facts: FactBuilder): DossierContext {
  const ev = (f: Field) => [passage(text, f.line.start, f.line.end)];
  const numberField = findField(page, 'DOSSIER NUMMER', 'Dossiernummer');
  if (numberField === undefined || numberField.value === '') {
    throw new Error('a dossier page without a DOSSIER NUMMER');
  }
  const number = numberField.value;
  const dossierId = entityId('dossier', municipality, number);

  const value = (...keys: string[]) => findField(page, ...keys);
  const subject = value('Onderwerp');
  const created = value('Aangemaakt');
  const caseType = value('Zaaktype');
  const caseNumber = value('Zaak');
  const bwDate = value('Datum B&W Besluit');
  const pillar = value('Pijler');
  const programme = value('Programma');
  const summary = value('Toelichting');

  const evidence = [numberField, subject, created, caseType, caseNumber, bwDate, pillar, programme]
    .filter((f): f is Field => f !== undefined)
    .flatMap(ev);
  const createdIso = created ? parseDutchDate(created.value) : null;
  const bwIso = bwDate ? parseDutchDate(bwDate.value) : null;
  if (created && createdIso === null) facts.warn(`Aangemaakt '${created.value}' is not a date`);
  if (bwDate && bwIso === null) facts.warn(`Datum B&W Besluit '${bwDate.value}' is not a date`);

  facts.node(
    dossierId,
    'Dossier',
    {
      number,
      subject: subject?.value ?? null,
      created: createdIso ? date(createdIso) : null,
      caseType: caseType?.value ?? null,
      caseNumber: caseNumber?.value ?? null,
      bwDecisionDate: bwIso ? date(bwIso) : null,
      pillar: pillar?.value ?? null,
      programme: programme?.value ?? null,
      summary: summary?.value ?? null,
      municipality,
    },
    evidence,
  );

  for (const [f, kind] of [
    [pillar, 'pijler'],
    [programme, 'programma'],
  ] as const) {
    if (f === undefined || f.value === '') continue;
    const topicId = entityId('topic', municipality, `${kind}-${f.value}`);
    facts.node(topicId, 'Topic', { name: f.value, kind, municipality }, ev(f));
    facts.edge('HAS_TOPIC', dossierId, topicId, {}, ev(f));
  }
  const listEntry = value('Onderwerplijstnr', 'Onderwerplijst');
  if (listEntry !== undefined) {
    const m = /^(\d+)\s+(.+)$/.exec(listEntry.value);
    const code = m?.[1] ?? null;
    const name = m?.[2] ?? listEntry.value;
    const topicId = entityId('topic', municipality, `onderwerplijst-${code ?? name}`);
    facts.node(topicId, 'Topic', { name, code, kind: 'onderwerplijst', municipality }, ev(listEntry));
    facts.edge('HAS_TOPIC', dossierId, topicId, {}, ev(listEntry));
  }

  let portfolioHolderId: string | null = null;
  const holder = value('Portefeuille houder', 'Portefeuillehouder');
  if (holder !== undefined) {
    portfolioHolderId = person(holder.value, municipality, facts, ev(holder));
    if (portfolioHolderId !== null) {
      facts.edge('PORTFOLIO_HOLDER_OF', portfolioHolderId, dossierId, {}, ev(holder));
      const collegeId = entityId('body', municipality, 'college-van-b-en-w');
      facts.node(collegeId, 'Body', { name: 'College van B&W', kind: 'executive', municipality });
      facts.edge('HOLDS_ROLE', portfolioHolderId, collegeId, { role: 'portefeuillehouder', portfolio: programme?.value ?? pillar?.value ?? null }, ev(holder));
    }
  }

  const official = value('Behandeld ambtenaar', 'Behandelend ambtenaar');
  if (official !== undefined) {
    const [namePart, ...phoneParts] = official.value.split(',');
    const id = person(namePart ?? '', municipality, facts, ev(official), { phone: phoneParts.join(',').trim() || null });
    if (id !== null) facts.edge('HANDLED_BY', dossierId, id, { role: 'behandelend ambtenaar' }, ev(official));
  }

  const contact = value('Aanspreekpunt');
  if (contact !== undefined) {
    const phone = value('Aanspreekpunt telefoon');
    const email = value('Aanspreekpunt e-mail', 'Aanspreekpunt email');
    const evidenceLines = [contact, phone, email].filter((f): f is Field => f !== undefined).flatMap(ev);
    const id = person(contact.value, municipality, facts, evidenceLines, {
      phone: phone?.value ?? null,
      email: email?.value.toLowerCase() ?? null,
    });
    if (id !== null) facts.edge('HANDLED_BY', dossierId, id, { role: 'aanspreekpunt' }, evidenceLines);
  }

  extractDocumentList(text, page, dossierId, number, municipality, facts);
  return { dossierId, portfolioHolderId };
}

function person(
  raw: string,
  municipality: string,
  facts: FactBuilder,
  evidence: ReturnType<typeof passage>[],
  extra: Record<string, string | null> = {},
): string | null {
  const parsed = parsePersonName(raw);
  if (parsed === null) {
    facts.warn(`'${raw}' is not a person's name`);
    return null;
  }
  const id = entityId('person', municipality, parsed.surname);
  facts.node(
    id,
    'Person',
    { name: parsed.name, surname: parsed.surname, givenName: parsed.givenName, initials: parsed.initials, municipality, ...extra },
    evidence,
  );
  return id;
}

function extractDocumentList(text: string, page: DossierPage, dossierId: string, number: string, municipality: string, facts: FactBuilder): void {
  const section = findSection(page, 'DOCUMENTEN');
  if (section === undefined) return;
  let position = 0;
  for (const f of section.fields) {
    if (!DOCUMENT_KINDS.test(f.key) || f.value === '') continue;
    position += 1;
    const id = entityId('document', municipality, `${number}-${f.key}-${f.value}`);
    const ev = [passage(text, f.line.start, f.line.end)];
    facts.node(id, 'Document', { kind: f.key, title: f.value, position, municipality }, ev);
    facts.edge('IN_DOSSIER', id, dossierId, {}, ev);
  }
}

/**
 * The Toelichting as the dossier's summary: the problems it enumerates become `problems[]`
 * (each item also quoted as evidence), the policies it names are what the dossier implements.
 */
export function extractDossierSummary(ctx: import('./context.js').DocContext, page: DossierPage, dossierId: string): void {
  const summary = findField(page, 'Toelichting');
  const subject = findField(page, 'Onderwerp');
  const items = summary === undefined ? [] : inlineEnumeration(ctx.sh, summary.valueStart, summary.valueEnd);
  const problems = items.map((sp) => passage(ctx.text, sp.start, sp.end));
  if (summary !== undefined) {
    ctx.facts.node(dossierId, 'Dossier', { problems: problems.map((p) => p.quote.replace(/\s+/g, ' ')) }, [passage(ctx.text, summary.line.start, summary.line.end), ...problems]);
  }
  const found: ReturnType<typeof findPolicies> = [];
  for (const f of [subject, summary]) {
    if (f === undefined) continue;
    for (const p of findPolicies(ctx, f.valueStart, f.valueEnd)) {
      found.push(p);
      ctx.facts.edge('IMPLEMENTS', dossierId, p.id, {}, [passage(ctx.text, p.start, p.end)]);
    }
    if (f === summary) actorMentions(ctx, f.valueStart, f.valueEnd, null);
  }
  // A start note for a named note builds on that note.
  const bare = (name: string) => name.toLowerCase().replace(/^\S+\s+(?:een\s+)?/, '');
  for (const a of found) for (const b of found) {
    if (a.kind === 'startnotitie' && b.kind === 'notitie' && bare(a.name) === bare(b.name)) {
      ctx.facts.edge('BUILDS_ON', a.id, b.id, {}, [passage(ctx.text, b.start, b.end)]);
    }
  }
}
