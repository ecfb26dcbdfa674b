import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Database } from '../db/database.js';
import { extractDocument } from './extract-document.js';
import type { ExtractedDocument } from './facts.js';
import { municipalityId } from './ids.js';
import { loadDocument, loadDocuments, type LoadResult, type SourceContent } from './load.js';
import {
  municipalityCandidates,
  municipalityForFolder,
  municipalityMentionedIn,
  municipalityNodeProps,
  resolveMunicipality,
  type MunicipalityInfo,
} from './municipalities.js';
import { PersonRegistry } from './person-registry.js';
import { readSource, SUPPORTED_EXTENSIONS } from './read-source.js';
import { sourceMeta, type SourceMeta } from './source-meta.js';
import { oriDetectionText, oriFile, readOriJson } from './ori/read-ori.js';

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
  const read = await readAndExtract(path, options, db === null ? null : new PersonRegistry(db));
  if (!read.ok || options.dryRun || db === null) return read.ok ? { ...read, load: null } : read;
  try {
    return { ...read, load: await loadDocument(db, read.document, read.textLength, read.content) };
  } catch (error) {
    return { ok: false, path, error: message(error) };
  }
}

/**
 * How many documents `ingestFiles` writes in one transaction. Small on purpose: on a fresh store
 * under load, batches of 50 loaded slower per document than single transactions (README, Performance).
 */
export const LOAD_BATCH = 10;

/**
 * Reads, extracts and loads many files: as `ingestFile` for each, but written `batchSize`
 * documents per transaction (load.ts loadDocuments; a failing batch is retried file by file,
 * so a bad file still writes nothing). A file refused before loading (unreadable, no
 * municipality) does not cut a batch short. The files of a batch are read first, then the
 * persons of all their municipalities are read from the store in one query, then each is
 * extracted in order (settled against the persons of the files before it). `onFile` is told
 * about each file once it is done. Outcomes come back in the order of `paths`.
 */
export async function ingestFiles(
  db: Database | null,
  paths: readonly string[],
  options: IngestOptions = {},
  onFile: (outcome: FileOutcome) => void = () => {},
  batchSize = LOAD_BATCH,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const persons = db === null ? null : new PersonRegistry(db);
  const emit = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    onFile(outcome);
  };
  /** Loads the extracted documents of `pending` in one batch, then reports all of `pending` in order. */
  const settle = async (pending: readonly (Extracted | Extract<FileOutcome, { ok: false }>)[]) => {
    if (options.dryRun || db === null) {
      for (const p of pending) emit(p.ok ? { ok: true, path: p.path, document: p.document, load: null } : p);
      return;
    }
    const batch = pending.flatMap((p) => (p.ok ? [p] : []));
    const loads = batch.length === 0 ? [] : await loadDocuments(db, batch.map((b) => ({ doc: b.document, textLength: b.textLength, content: b.content })));
    const loadOf = new Map(batch.map((b, i) => [b, loads[i]]));
    for (const p of pending) {
      if (!p.ok) {
        emit(p);
        continue;
      }
      const load = loadOf.get(p);
      emit(load === undefined || !load.ok ? { ok: false, path: p.path, error: message(load?.error ?? 'not loaded') } : { ok: true, path: p.path, document: p.document, load: load.load });
    }
  };
  let pending: (Extracted | Extract<FileOutcome, { ok: false }>)[] = [];
  let writing: Promise<void> = Promise.resolve();
  let documents = 0;
  let group: string[] = [];
  const extractGroup = async () => {
    if (group.length === 0) return;
    pending.push(...(await readAndExtractMany(group, options, persons)));
    group = [];
  };
  for (const path of paths) {
    if (extname(path).toLowerCase() === '.json') {
      await extractGroup();
      pending.push(...(await readOriExport(path, options, persons)));
    } else {
      group.push(path);
    }
    documents = pending.filter((p) => p.ok).length + group.length;
    if (documents >= batchSize) {
      await extractGroup();
      // The batch is written while the next one is read and extracted (the database works
      // beside this process). Batches are settled one after another, so outcomes keep their
      // order, and the next batch's persons are this run's (remembered on extraction) or the
      // store's of municipalities the batches before did not name.
      const previous = writing;
      const batch = pending;
      writing = previous.then(() => settle(batch));
      // A failure surfaces at the `await writing` below; until then it is not unhandled.
      writing.catch(() => {});
      pending = [];
    }
  }
  await extractGroup();
  await writing;
  await settle(pending);
  return outcomes;
}

type Extracted = { readonly ok: true; readonly path: string; readonly document: ExtractedDocument; readonly textLength: number; readonly content: SourceContent };

/**
 * The records of an ORI export, each as its own document (`<file>#<ORI id>`) with the record's
 * original URL as its source URL. A record that fails validation is an outcome naming the record
 * and field; it writes nothing and the other records go on.
 */
async function readOriExport(path: string, options: IngestOptions, persons: PersonRegistry | null): Promise<(Extracted | Extract<FileOutcome, { ok: false }>)[]> {
  try {
    const { fileName, exp } = await readOriJson(path);
    const municipality = municipalityFor(path, oriDetectionText(exp), options.municipality);
    await persons?.load(municipality.cbsCode);
    const file = oriFile(fileName, exp, municipality.cbsCode, persons ?? undefined);
    const failed = file.errors.map((e) => ({ ok: false as const, path: `${path}#${e.record}`, error: `${fileName}: ${e.record}: ${e.message}` }));
    const read = file.documents.map((d, i): Extracted => {
      const document = withMunicipality(d.document, municipality);
      const skipped = i === 0 && file.skipped.length > 0 ? [`records of kinds not imported: ${file.skipped.join(', ')}`] : [];
      return {
        ok: true,
        path: `${path}#${d.document.source.fileName.slice(fileName.length + 1)}`,
        document: { ...document, warnings: [...skipped, ...document.warnings] },
        textLength: d.text.length,
        content: { url: d.url, title: d.title, publishedAt: d.publishedAt, text: d.text },
      };
    });
    return [...read, ...failed];
  } catch (error) {
    return [{ ok: false, path, error: message(error) }];
  }
}

/** `persons`: the persons to settle the document's persons against (the store's and this run's); none on a run without a store. */
async function readAndExtract(path: string, options: IngestOptions, persons: PersonRegistry | null): Promise<Extracted | Extract<FileOutcome, { ok: false }>> {
  const [read] = await readAndExtractMany([path], options, persons);
  return read ?? { ok: false, path, error: 'not read' };
}

/**
 * Reads the files, then the store's persons of every municipality they are from (one query),
 * then extracts them in order, each settled against the persons of the store and of the files
 * before it.
 */
async function readAndExtractMany(paths: readonly string[], options: IngestOptions, persons: PersonRegistry | null): Promise<(Extracted | Extract<FileOutcome, { ok: false }>)[]> {
  const read = await Promise.all(
    paths.map(async (path) => {
      try {
        const source = await readSource(path);
        const meta = await sourceMeta(path, source.text, options.meta);
        const municipality = municipalityFor(path, source.text, options.municipality);
        return { ok: true as const, path, source, meta, municipality };
      } catch (error) {
        return { ok: false as const, path, error: message(error) };
      }
    }),
  );
  try {
    await persons?.loadMany(read.flatMap((r) => (r.ok ? [r.municipality.cbsCode] : [])));
  } catch (error) {
    return paths.map((path) => ({ ok: false as const, path, error: message(error) }));
  }
  return read.map((r): Extracted | Extract<FileOutcome, { ok: false }> => {
    if (!r.ok) return r;
    const { path, source, meta, municipality } = r;
    try {
      const input = { text: source.text, fileName: source.fileName, sha256: source.sha256, municipality: municipality.cbsCode, sourceUrl: meta.url };
      const document = withMunicipality(extractDocument(input, persons === null ? {} : { knownPersons: persons.lookup }), municipality);
      persons?.remember(document);
      return { ok: true, path, document, textLength: source.text.length, content: { ...meta, text: source.text } };
    } catch (error) {
      return { ok: false, path, error: `${source.fileName}: ${message(error)}` };
    }
  });
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why a name does not resolve, for the one-line error: unknown, or which municipalities it could mean. */
export function unknownMunicipalityMessage(name: string): string {
  const candidates = municipalityCandidates(name);
  if (candidates.length > 1) {
    return `municipality '${name}' is ambiguous (${candidates.map((m) => `${m.name} ${m.cbsCode}`).join(', ')}); give its CBS code`;
  }
  return `unknown municipality '${name}'; give a CBS code such as GM0505`;
}

/**
 * Which municipality a file is from: --municipality, else the folder's name (current or former
 * municipality, or a GM code), else the municipality the text names.
 */
function municipalityFor(path: string, text: string, given: string | undefined): MunicipalityInfo {
  if (given !== undefined) {
    const m = resolveMunicipality(given);
    if (m === null) throw new Error(unknownMunicipalityMessage(given));
    return m;
  }
  const folder = municipalityForFolder(basename(dirname(resolve(path))));
  if (folder !== null) return folder;
  const named = municipalityMentionedIn(text);
  if (named !== null) return named;
  throw new Error(
    `${basename(path)}: cannot tell which municipality this document is from; pass --municipality <CBS code or name> (e.g. --municipality GM0505), or put the file in a folder named after its municipality (e.g. dordrecht/)`,
  );
}

/**
 * A former municipality's node says when it was dissolved and into which (`formerUntil`,
 * `successor`); a document from a municipality without a CBS code is keyed on its successor and
 * says so in a warning.
 */
function withMunicipality(document: ExtractedDocument, m: MunicipalityInfo): ExtractedDocument {
  const extra = municipalityNodeProps(m.cbsCode);
  const id = municipalityId(m.cbsCode);
  const nodes = Object.keys(extra).length === 0 ? document.nodes : document.nodes.map((n) => (n.id === id ? { ...n, props: { ...n.props, ...extra } } : n));
  const warnings =
    m.keyedFrom === undefined
      ? document.warnings
      : [...document.warnings, `${m.keyedFrom} has no CBS code of its own; the document is filed under its successor ${m.name} (${m.cbsCode})`];
  return { ...document, nodes, warnings };
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
