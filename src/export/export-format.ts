import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { KINDS, type ExportFormat, type ExportKind } from './export-kinds.js';
import type { ExportRow } from './export-rows.js';

/**
 * Writes export rows to a stream as CSV (csv-stringify, RFC 4180, a header row) or NDJSON (one
 * JSON object per line), with backpressure: a slow reader slows the database reads down, so
 * memory stays flat. Resolves when the last byte is handed to `out`.
 */
export async function writeExport(rows: AsyncIterable<ExportRow>, kind: ExportKind, format: ExportFormat, out: Writable): Promise<void> {
  const source = Readable.from(rows, { objectMode: true, highWaterMark: 64 });
  if (format === 'ndjson') {
    await pipeline(source, new Transform({ writableObjectMode: true, transform: (row: ExportRow, _enc, done) => done(null, `${JSON.stringify(row)}\n`) }), out);
    return;
  }
  const columns = KINDS[kind].columns;
  await pipeline(
    source,
    new Transform({ objectMode: true, transform: (row: ExportRow, _enc, done) => done(null, csvRecord(row)) }),
    stringify({ header: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } }),
    out,
  );
}

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

interface Named {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly title?: unknown;
  readonly role?: unknown;
}

const asNamed = (value: unknown): Named | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Named) : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A row flattened to the CSV columns: linked nodes as id/name columns, lists joined by '; ', the first evidence passage in columns. */
export function csvRecord(row: ExportRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'evidence') continue;
    if (k === 'madeBy' || k === 'meeting' || k === 'dossier') {
      const n = asNamed(v);
      out[`${k}Id`] = n === null ? null : str(n.id);
      out[`${k}Name`] = n === null ? null : str(n.name);
      out[`${k}Title`] = n === null ? null : str(n.title);
    } else if (k === 'raisedBy' && Array.isArray(v)) {
      const list = v.map(asNamed).filter((n): n is Named => n !== null);
      out.raisedByIds = list.map((n) => str(n.id) ?? '').join('; ');
      out.raisedByNames = list.map((n) => str(n.name) ?? '').join('; ');
    } else if (k === 'parties' && Array.isArray(v)) {
      out.parties = v
        .map(asNamed)
        .filter((n): n is Named => n !== null)
        .map((n) => `${str(n.name) ?? str(n.id) ?? ''}${str(n.role) !== null ? ` (${str(n.role)})` : ''}`)
        .join('; ');
    } else {
      out[k] = v;
    }
  }
  const first = row.evidence[0];
  out.evidenceQuote = first?.quote ?? null;
  out.evidenceStart = first?.start ?? null;
  out.evidenceEnd = first?.end ?? null;
  out.sourceFile = first?.sourceFile ?? null;
  out.sourceUrl = first?.sourceUrl ?? null;
  out.evidenceCount = row.evidence.length;
  return out;
}
