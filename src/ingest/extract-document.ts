import { FactBuilder } from './fact-builder.js';
import type { ExtractedDocument, SourceFormat } from './facts.js';
import { municipalityId } from './ids.js';
import { municipalityByCode } from './municipalities.js';
import { extractDossierHeader } from './extract/dossier-page.js';
import { isDossierPage, parseDossierPage } from './parse/dossier-page.js';

/** What extraction needs to know about a file besides its text. */
export interface DocumentInput {
  readonly text: string;
  readonly fileName: string;
  readonly sha256: string;
  /** CBS code, e.g. GM0505. */
  readonly municipality: string;
}

export function detectFormat(text: string): SourceFormat {
  if (isDossierPage(text)) return 'dossier-page';
  return 'text';
}

/**
 * Turns one document into facts. Pure: no I/O, no clock; the same input always gives the same
 * output, which the loader's idempotence relies on.
 */
export function extractDocument(input: DocumentInput): ExtractedDocument {
  const format = detectFormat(input.text);
  const facts = new FactBuilder();
  const municipality = input.municipality.toUpperCase();
  const known = municipalityByCode(municipality);
  facts.node(municipalityId(municipality), 'Municipality', { cbsCode: municipality, name: known?.name ?? municipality });

  if (format === 'dossier-page') {
    const page = parseDossierPage(input.text);
    const dossier = extractDossierHeader(input.text, page, municipality, facts);
    facts.edge('IN_MUNICIPALITY', dossier.dossierId, municipalityId(municipality));
  }

  return facts.build({ fileName: input.fileName, sha256: input.sha256, format, municipality });
}
