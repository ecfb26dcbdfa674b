import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { KINDS, type ExportKind } from './export-kinds.js';

/**
 * The rows of an export, as an async iterable: the kind's query asked chunk after chunk in id
 * order (keyset: each chunk starts after the last id of the one before), each chunk one short
 * read transaction. Memory holds one chunk, whatever the total; the consumer's pace sets when
 * the next chunk is read.
 */
export const EXPORT_CHUNK = 2_000;

export interface Evidence {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly sourceId: string;
  readonly sourceFile: string;
  readonly sourceUrl: string | null;
}

/** One exported row: the fact's own fields, its links, and its evidence in text order. */
export type ExportRow = Readonly<Record<string, unknown>> & { readonly id: string; readonly evidence: readonly Evidence[] };

interface RawRow extends Record<string, unknown> {
  readonly id: string;
  readonly props: Record<string, unknown>;
  readonly evidence: readonly Evidence[];
}

export async function* exportRows(db: Database, kind: ExportKind, params: Record<string, unknown>, chunk = EXPORT_CHUNK): AsyncGenerator<ExportRow> {
  const query = cypher(KINDS[kind].cypher);
  let afterId = '';
  for (;;) {
    const rows: RawRow[] = await db.read<RawRow>(query, { ...params, afterId, limit: int(chunk) });
    for (const raw of rows) yield shape(kind, raw);
    const last = rows.at(-1);
    if (rows.length < chunk || last === undefined) return;
    afterId = last.id;
  }
}

const upper = (value: unknown): string | null => (typeof value === 'string' ? value.toUpperCase().replace(/[\s-]+/g, '_') : null);

/** A raw row as exported: enum values as the API spells them (OPEN, EXPLICIT, VOTE_STATEMENT). */
function shape(kind: ExportKind, raw: RawRow): ExportRow {
  const { id, props, evidence, ...links } = raw;
  const own: Record<string, unknown> = { ...props };
  if (kind === 'commitments') {
    own.kind = upper(props.kind);
    own.status = upper(links.status);
    delete links.status;
  }
  if (kind === 'requests') own.kind = upper(props.kind);
  return { id, ...own, ...links, evidence };
}
