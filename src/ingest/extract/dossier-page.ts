import { parseDutchDate } from '../dates.js';
import type { FactBuilder } from '../fact-builder.js';
import { date } from '../facts.js';
import { entityId } from '../ids.js';
import { findField, findSection, type DossierPage, type Field } from '../parse/dossier-page.js';
import { passage } from '../text.js';
import { parsePersonName } from './person-name.js';

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
