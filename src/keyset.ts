import type { Database } from './db/database.js';
import { int } from './db/values.js';
import { badUserInput } from './errors.js';
import { pageRequest, toConnection, type ConnectionRow, type CursorKey } from './pagination.js';

/**
 * Keyset connections over a composite sort key `[tag, key, id]`: `key` is the list's sort value
 * as a string (an ISO date, a lower-cased name; null sorts last), `id` breaks ties, and `tag`
 * names the ordering so that a cursor from one ordering is refused by another. The queries
 * take `$afterKey`, `$afterId` and `$limit`, and return `{row, key}` per row.
 */

export interface KeysetAfter {
  readonly key: string | null;
  readonly id: string;
}

export interface KeysetRow<T> {
  readonly row: T;
  readonly key: string | null;
}

/** The `after` position of a decoded cursor, or BAD_USER_INPUT naming `after`. */
export function keysetAfter(cursor: CursorKey | null, tag: string): KeysetAfter | null {
  if (cursor === null) return null;
  const [cursorTag, key, id] = cursor;
  if (cursor.length !== 3 || cursorTag !== tag || (key !== null && typeof key !== 'string') || typeof id !== 'string') {
    throw badUserInput('after', 'not a cursor for this list and order');
  }
  return { key, id };
}

/**
 * One page as a connection: validates `first`/`after`, fetches `first + 1` rows, and counts
 * only when `totalCount` is asked for.
 */
export async function keysetConnection<T extends { readonly id: string }>(
  first: number | null | undefined,
  after: string | null | undefined,
  tag: string,
  fetch: (after: KeysetAfter | null, limit: number) => Promise<readonly KeysetRow<T>[]>,
  count: () => Promise<number>,
): Promise<ConnectionRow<T>> {
  const page = pageRequest(first, after);
  const position = keysetAfter(page.after, tag);
  const rows = page.first === 0 ? [] : await fetch(position, page.first + 1);
  const keys = new Map(rows.map((r) => [r.row, r.key]));
  return toConnection(
    rows.map((r) => r.row),
    page,
    (row) => [tag, keys.get(row) ?? null, row.id],
    count,
  );
}

/** Runs a list query (see the header comment) with its filter parameters. */
export async function readKeysetPage<T>(db: Database, query: string, params: Record<string, unknown>, after: KeysetAfter | null, limit: number): Promise<KeysetRow<T>[]> {
  return db.read<{ row: T; key: string | null }>(query, { ...params, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: int(limit) });
}

/** Runs a count query that returns one `total`. */
export async function readCount(db: Database, query: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await db.read<{ total: number }>(query, params);
  return row?.total ?? 0;
}

/** Every key of `keys` from `filter`, null where absent: the queries expect each parameter. */
export function filterParams<K extends string>(filter: Partial<Record<K, unknown>> | null | undefined, keys: readonly K[]): Record<K, unknown> {
  const out = {} as Record<K, unknown>;
  for (const k of keys) out[k] = filter?.[k] ?? null;
  return out;
}
