import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { maxIngestBytes, SourceError, tooLargeReason } from '../read-source.js';
import { isOriExport, readOriExport, type OriExport } from './ori-records.js';
import { oriDocuments, type OriDocument, type OriPersons } from './ori-documents.js';

/** What an ORI export file gives: one document per record, and the records that could not be read or mapped. */
export interface OriFile {
  readonly fileName: string;
  readonly format: OriExport['format'];
  readonly documents: readonly OriDocument[];
  readonly errors: readonly { readonly record: string; readonly message: string }[];
  readonly skipped: readonly string[];
}

/** Reads and parses a `.json` file; throws a SourceError when it is unreadable, not JSON, or not an ORI export. */
export async function readOriJson(path: string, maxBytes = maxIngestBytes()): Promise<{ fileName: string; exp: OriExport }> {
  const fileName = basename(path) || path;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new SourceError(path, 'does not exist');
    throw new SourceError(fileName, `cannot read the file (${error.code ?? error.message})`);
  });
  if (!info.isFile()) throw new SourceError(fileName, 'not a regular file');
  if (info.size > maxBytes) throw new SourceError(fileName, tooLargeReason(info.size, maxBytes));
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SourceError(fileName, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isOriExport(json)) {
    throw new SourceError(fileName, 'a .json file that is not an Open Raadsinformatie export (resource records with ori_id and properties, or a persons list); raadsgraaf reads .txt, .pdf and ORI .json');
  }
  return { fileName, exp: readOriExport(json) };
}

/** The text the municipality is told from when none is given: every record's names and texts. */
export function oriDetectionText(exp: OriExport): string {
  return exp.records
    .flatMap((r) => [r.name.value, r.location?.value ?? '', r.text?.value ?? '', ...r.memberships.map((m) => m.organisation.value)])
    .filter((s) => s.trim() !== '')
    .join('\n');
}

/** `persons`: the persons its person records are settled against (none on a run without a store). */
export function oriFile(fileName: string, exp: OriExport, municipality: string, persons?: OriPersons): OriFile {
  const { documents, errors } = oriDocuments(exp, fileName, municipality, persons);
  return { fileName, format: exp.format, documents, errors: [...exp.errors, ...errors], skipped: exp.skipped };
}
