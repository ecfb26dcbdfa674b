import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Database } from '../db/database.js';
import { extractDocument } from './extract-document.js';
import type { ExtractedDocument } from './facts.js';
import { loadDocument, type LoadResult } from './load.js';
import { municipalityMentionedIn, resolveMunicipality } from './municipalities.js';
import { readSource, SUPPORTED_EXTENSIONS } from './read-source.js';
import { sourceMeta, type SourceMeta } from './source-meta.js';

export interface IngestOptions {
  /** CBS code or name; when absent: the folder's name, else the municipality the text names. */
  readonly municipality?: string;
  /** Extract only; write nothing. */
  readonly dryRun?: boolean;
  /** Publication metadata given on the command line; wins over a sidecar JSON and a `SOURCE:` line. */
  readonly meta?: Partial<SourceMeta>;
}

export type FileOutcome =
  | { readonly ok: true; readonly path: string; readonly document: ExtractedDocument; readonly load: LoadResult | null }
  | { readonly ok: false; readonly path: string; readonly error: string };

/** Reads, extracts and loads one file. Never throws for a bad file: the outcome names the reason. */
export async function ingestFile(db: Database | null, path: string, options: IngestOptions = {}): Promise<FileOutcome> {
  try {
    const source = await readSource(path);
    const meta = await sourceMeta(path, source.text, options.meta);
    const municipality = municipalityFor(path, source.text, options.municipality);
    let document: ExtractedDocument;
    try {
      document = extractDocument({ text: source.text, fileName: source.fileName, sha256: source.sha256, municipality });
    } catch (error) {
      throw new Error(`${source.fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (options.dryRun || db === null) return { ok: true, path, document, load: null };
    const load = await loadDocument(db, document, source.text.length, { ...meta, text: source.text });
    return { ok: true, path, document, load };
  } catch (error) {
    return { ok: false, path, error: error instanceof Error ? error.message : String(error) };
  }
}

function municipalityFor(path: string, text: string, given: string | undefined): string {
  if (given !== undefined) {
    const m = resolveMunicipality(given);
    if (m === null) throw new Error(`unknown municipality '${given}'; give a CBS code such as GM0505`);
    return m.cbsCode;
  }
  const folder = resolveMunicipality(basename(dirname(resolve(path))));
  if (folder !== null) return folder.cbsCode;
  const named = municipalityMentionedIn(text);
  if (named !== null) return named.cbsCode;
  throw new Error(`${basename(path)}: cannot tell which municipality this document is from; pass --municipality <CBS code>`);
}

/** The files named, and the supported files inside the folders named (recursively), sorted. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info === null) {
      out.push(p); // reported as unreadable by ingestFile
    } else if (info.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      const children = entries
        .filter((e) => e.isDirectory() || SUPPORTED_EXTENSIONS.has(extname(e.name).toLowerCase()))
        .map((e) => join(p, e.name));
      out.push(...(await collectFiles(children.sort())));
    } else {
      out.push(p);
    }
  }
  return out;
}
