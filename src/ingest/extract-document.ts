import { settlePersons } from './extract/settle-persons.js';
import type { KnownPersons } from './extract/person-identity.js';
import { extractAttendance } from './extract/attendance.js';
import { extractDepartures } from './extract/departures.js';
import { FactBuilder } from './fact-builder.js';
import type { ExtractedDocument, SourceFormat } from './facts.js';
import { municipalityId, slug } from './ids.js';
import { municipalityByCode } from './municipalities.js';
import { extractDossierHeader, extractDossierSummary } from './extract/dossier-page.js';
import type { CandidateUnit, DocContext } from './extract/context.js';
import { committedModel, type CommitmentModel } from './extract/commitments/model.js';
import { findMeetings, meetingReferences } from './extract/meetings.js';
import { extractStatements } from './extract/statements.js';
import { documentDate, extractProseFacts } from './extract/prose.js';
import { speakerTurns } from './extract/speakers.js';
import { extractCommitmentRecord } from './extract/commitment-record.js';
import { extractMotion } from './extract/motion.js';
import { extractVotes } from './extract/votes.js';
import { extractCommitmentTables } from './extract/commitment-table.js';
import { extractStatedStatuses } from './extract/stated-status.js';
import { findField, findSection, parseDossierPage } from './parse/dossier-page.js';
import { detectFormat } from './parse/detect-format.js';
import { assertCouncilDocument } from './parse/council-document.js';
import { sourceLineUrl } from './source-meta.js';
import { flatten, shadowText } from './text.js';
import { parseDutchDate } from './dates.js';
import { bodyNode } from './extract/mentions.js';
import { COUNCIL, committee } from './extract/gazetteer.js';

/** `Aan de gemeenteraad` / `Geachte leden van de raad` -> the council; `Presentatie commissie X` -> that committee. */
function addresseeOf(ctx: DocContext): string | null {
  const head = ctx.sh.slice(0, 600);
  if (/\bAan\s+de\s+(?:gemeente)?raad\b|\bGeachte\s+(?:leden\s+van\s+de\s+)?raad(?:sleden)?\b|\bAan\s+de\s+leden\s+van\s+de\s+(?:gemeente)?raad\b/i.test(head)) return bodyNode(ctx, COUNCIL);
  const c = /\b(?:presentatie|aan\s+de)\s+(?:raads)?commissie\s+([A-Z][\w-]*(?:\s+(?:en|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*)*)/i.exec(head);
  return c ? bodyNode(ctx, committee(c[1] ?? '')) : null;
}

/**
 * A letter the council's own members sign (`Namens de raadscommissie ...`, `Namens de fractie`,
 * `Namens het presidium`): its `wij` is they, not the college.
 */
function signedByCouncil(sh: string): boolean {
  return /\bnamens\s+(?:de\s+|het\s+)?(?:raadscommissie|commissie|gemeenteraad|raad|fractie|werkgroep|griffie|presidium|agendacommissie|raadsleden)\b/i.test(sh.slice(-800));
}

export { detectFormat } from './parse/detect-format.js';
export { assertCouncilDocument } from './parse/council-document.js';

/** What extraction needs to know about a file besides its text. */
export interface DocumentInput {
  readonly text: string;
  readonly fileName: string;
  readonly sha256: string;
  /** CBS code, e.g. GM0505. */
  readonly municipality: string;
  /** Where it was published, when known from outside the text (`--source-url`, a sidecar); else the text's `SOURCE:` line counts. */
  readonly sourceUrl?: string | null;
}

/**
 * Turns one document into facts. Pure: no I/O, no clock; the same input always gives the same
 * output, which the loader's idempotence relies on. Throws when the text is not a council
 * document (see assertCouncilDocument), naming the reason.
 */
/** How commitments are scored: the committed model by default; `null` for the hand-written rules alone; `onCandidate` hears every candidate unit (training). */
export interface ExtractOptions {
  readonly commitmentModel?: CommitmentModel | null;
  readonly onCandidate?: (candidate: CandidateUnit) => void;
  /** The persons the store already holds, to settle this document's persons against (settle-persons.ts); none when absent. */
  readonly knownPersons?: KnownPersons;
}

export function extractDocument(input: DocumentInput, options: ExtractOptions = {}): ExtractedDocument {
  assertCouncilDocument(input.text, input.sourceUrl ?? sourceLineUrl(input.text));
  const scorer = { model: options.commitmentModel === undefined ? committedModel() : options.commitmentModel, onCandidate: options.onCandidate };
  const format: SourceFormat = detectFormat(input.text);
  const facts = new FactBuilder();
  const municipality = input.municipality.toUpperCase();
  const known = municipalityByCode(municipality);
  facts.node(municipalityId(municipality), 'Municipality', { cbsCode: municipality, name: known?.name ?? municipality });
  const shLines = shadowText(input.text);
  const sh = flatten(shLines);
  const fileKey = slug(input.fileName.replace(/\.[a-z]+$/i, '')).slice(0, 40) || 'document';

  if (format === 'dossier-page') {
    const page = parseDossierPage(input.text);
    const dossier = extractDossierHeader(input.text, page, municipality, facts);
    facts.edge('IN_MUNICIPALITY', dossier.dossierId, municipalityId(municipality));
    const number = findField(page, 'DOSSIER NUMMER', 'Dossiernummer')?.value ?? fileKey;
    const created = findField(page, 'Aangemaakt');
    const ctx: DocContext = {
      text: input.text, sh, shLines, municipality, fileName: input.fileName, facts, docKey: number, dossierId: dossier.dossierId, portfolioHolderId: dossier.portfolioHolderId,
      date: created ? parseDutchDate(created.value) : null, weIsCollege: true, addresseeId: null, format, scorer,
    };
    extractDossierSummary(ctx, page, dossier.dossierId);
    const section = findSection(page, 'BEHANDELADVIEZEN EN BESLUITEN');
    if (section !== undefined && section.lines.length > 0) {
      const from = section.lines[0]?.start ?? 0;
      const to = section.lines[section.lines.length - 1]?.end ?? input.text.length;
      for (const block of findMeetings(ctx, from, to, false)) {
        facts.edge('DISCUSSED_IN', dossier.dossierId, block.meetingId, {}, facts.evidenceOf(block.meetingId));
        extractStatements(ctx, { ...block, start: block.bodyStart }, sh);
      }
    }
    settlePersons(facts, municipality, options.knownPersons, ctx.date);
    return facts.build({ fileName: input.fileName, sha256: input.sha256, format, municipality });
  }

  const docDate = documentDate(sh);
  const ctx: DocContext = {
    text: input.text, sh, shLines, municipality, fileName: input.fileName, facts, docKey: fileKey, dossierId: null, portfolioHolderId: null, date: docDate,
    weIsCollege: (format === 'slides' || format === 'letter' || format === 'text' || format === 'decision-list') && !signedByCouncil(sh),
    addresseeId: null, format, scorer,
  };
  const addressee = addresseeOf(ctx);
  if (addressee !== null) (ctx as { addresseeId: string | null }).addresseeId = addressee;
  // The attendance list first: the persons it names with initials are those a bare surname later in the document means.
  extractAttendance(ctx);
  const tableRows = extractCommitmentTables(ctx);
  if (tableRows > 0) {
    // A toezeggingenlijst: its rows are the commitments; the prose around them only names things.
  } else if (format === 'commitment-record') {
    extractCommitmentRecord(ctx);
  } else if (format === 'motion') {
    extractMotion(ctx);
  } else {
    const meetings = findMeetings(ctx, 0, input.text.length, true);
    // Minutes by their layout, or any text with turns of several speakers (OCR'd minutes read as plain text).
    const speakerAt = speakerTurns(ctx, format === 'minutes' ? 0 : 2) ?? undefined;
    if (meetings.length === 0) {
      extractStatements(ctx, { start: 0, end: input.text.length, meetingId: null, bodyId: null, bodyKind: null, date: docDate, speakerAt }, sh);
    } else {
      const first = meetings[0];
      if (first !== undefined && first.start > 0) {
        extractStatements(ctx, { start: 0, end: first.start, meetingId: null, bodyId: null, bodyKind: null, date: docDate, speakerAt }, sh);
      }
      for (const block of meetings) extractStatements(ctx, { ...block, start: block.bodyStart, speakerAt }, sh);
    }
  }
  // Tables and single records state their rows' statuses where they read them.
  if (tableRows === 0 && format !== 'commitment-record' && format !== 'motion') extractStatedStatuses(ctx);
  if (format !== 'commitment-record' && format !== 'motion') meetingReferences(ctx);
  extractProseFacts(ctx, docDate ?? '2000-01-01');
  extractDepartures(ctx);
  extractVotes(ctx);
  settlePersons(facts, municipality, options.knownPersons, docDate);
  return facts.build({ fileName: input.fileName, sha256: input.sha256, format, municipality });
}
