import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { municipalityForFolder } from '../../src/ingest/municipalities.js';

/**
 * Real council texts for the unit tests: the documents of tests/corpus/docs, read by file name,
 * whole or as a slice located in them by its first and last words. A test never copies or edits a
 * real text: what it extracts is the published text, with its SOURCE line as the ingest reads it.
 */
export const CORPUS_DOCS = join(import.meta.dirname, '..', 'corpus', 'docs');
export const CORPUS_FILES: readonly string[] = readdirSync(CORPUS_DOCS).filter((f) => f.endsWith('.txt')).sort();

/**
 * Real council pages of the corpus that the gate (`assertCouncilDocument`) still refuses, with or
 * without their SOURCE line: a known defect of the gate, kept in the corpus and in view
 * (`tests/unit/fixtures.test.ts` requires the refusal until the gate is mended, then this list must shrink).
 */
export const KNOWN_REFUSED_CORPUS: ReadonlySet<string> = new Set<string>([
  // None now. Breda 1975's written answer on felled trees (359), the last one, passes since the gate takes a
  // city's printed council proceedings (breda-verslagen.courant.nu) as a council source.
]);

export function corpusText(fileName: string): string {
  return readFileSync(join(CORPUS_DOCS, fileName), 'utf8');
}

/**
 * The municipality of a corpus document by the folder convention of tests/corpus
 * (`NNN-<municipality>-<slug>.txt`, the name as a folder would be named), or null where the name is
 * an archive region and no municipality (`eemland`, `westbrabant`).
 */
export function corpusMunicipality(fileName: string): string | null {
  const name = /^\d{3}-(leidschendam-voorburg|[^-]+)-/.exec(fileName)?.[1];
  if (name === undefined) throw new Error(`unexpected corpus file name ${fileName}`);
  return municipalityForFolder(name)?.cbsCode ?? null;
}

/** The passage of `text` from the first `from` (at or after `after`) through the first `through` after it. */
export function locate(text: string, from: string, through: string, after = 0): { start: number; end: number } {
  const start = text.indexOf(from, after);
  if (start < 0) throw new Error(`"${from}" does not occur`);
  const last = text.indexOf(through, start);
  if (last < 0) throw new Error(`"${through}" does not occur after "${from}"`);
  return { start, end: last + through.length };
}

/** The located passage of a corpus document, as `locate` finds it. */
export function corpusSlice(fileName: string, from: string, through: string): string {
  const text = corpusText(fileName);
  const { start, end } = locate(text, from, through);
  return text.slice(start, end);
}

/** Extracts a real text as the ingest does, filed under the corpus document's municipality (or `municipality`). */
export function extractReal(fileName: string, text: string = corpusText(fileName), municipality?: string): ExtractedDocument {
  const code = municipality ?? corpusMunicipality(fileName);
  if (code === null) throw new Error(`${fileName} names no municipality: pass one`);
  return extractDocument({ text, fileName, sha256: createHash('sha256').update(text).digest('hex'), municipality: code });
}
