import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { parseDutchDate } from './dates.js';

/**
 * Where a source was published, when, and under which title. Three places can say so, the first
 * that names a field wins for that field:
 *
 * 1. the command line (`--source-url`, `--source-title`, `--published-at`);
 * 2. a sidecar JSON beside the file: `<file>.json` (e.g. `notulen.txt.json`) or the file's name
 *    with `.json` for its extension (`notulen.json`), holding `{ "url", "publishedAt", "title" }`;
 * 3. a first line `SOURCE: <url>` in the text (as the real documents in tests/corpus/docs have).
 *
 * The text itself is never changed: passage offsets count from its first character, the
 * `SOURCE:` line included.
 */
export interface SourceMeta {
  readonly url: string | null;
  /** ISO date `YYYY-MM-DD`. */
  readonly publishedAt: string | null;
  readonly title: string | null;
}

export const NO_SOURCE_META: SourceMeta = { url: null, publishedAt: null, title: null };

export class SourceMetaError extends Error {
  override readonly name = 'SourceMetaError';
}

const SIDECAR = z
  .object({
    url: z.string().url().optional(),
    publishedAt: z.string().optional(),
    title: z.string().min(1).optional(),
  })
  .passthrough();

/** `SOURCE: https://...` on the first non-blank line (after a BOM), else null. */
export function sourceLineUrl(text: string): string | null {
  const first = text.replace(/^\uFEFF/, '').slice(0, 4096).split('\n').find((line) => line.trim() !== '');
  const m = first === undefined ? null : /^\s*SOURCE:\s*(\S+)\s*$/.exec(first);
  return m === null ? null : checkedUrl(m[1] ?? '');
}

/** An http(s) URL as given on the command line, or null. */
export const sourceUrlArgument = (value: string): string | null => checkedUrl(value.trim());

function checkedUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** `2024-03-05`, `2024-03-05T10:00:00Z` (the day is kept) or Dutch `5 maart 2024`. */
export function publishedDate(value: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (iso?.[1] !== undefined && !Number.isNaN(Date.parse(iso[1]))) return iso[1];
  const dutch = parseDutchDate(value.trim());
  if (dutch !== null) return dutch;
  throw new SourceMetaError(`'${value}' is not a date; give YYYY-MM-DD`);
}

/** The sidecar JSON of `path`, or null when there is none. Throws when one exists but is malformed. */
export async function readSidecar(path: string): Promise<Partial<SourceMeta> | null> {
  const ext = extname(path);
  const candidates = [`${path}.json`, ...(ext !== '' ? [`${path.slice(0, -ext.length)}.json`] : [])];
  for (const candidate of candidates) {
    let raw: string;
    try {
      raw = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new SourceMetaError(`the sidecar ${candidate} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = SIDECAR.safeParse(json);
    if (!parsed.success) throw new SourceMetaError(`the sidecar ${candidate} is not { url, publishedAt, title }: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return {
      ...(parsed.data.url !== undefined ? { url: parsed.data.url } : {}),
      ...(parsed.data.publishedAt !== undefined ? { publishedAt: publishedDate(parsed.data.publishedAt) } : {}),
      ...(parsed.data.title !== undefined ? { title: parsed.data.title.trim() } : {}),
    };
  }
  return null;
}

/** The metadata of one file: command line over sidecar over the `SOURCE:` line. */
export async function sourceMeta(path: string, text: string, given: Partial<SourceMeta> = {}): Promise<SourceMeta> {
  const sidecar = (await readSidecar(path)) ?? {};
  return {
    url: given.url ?? sidecar.url ?? sourceLineUrl(text),
    publishedAt: given.publishedAt ?? sidecar.publishedAt ?? null,
    title: given.title ?? sidecar.title ?? null,
  };
}
