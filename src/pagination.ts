import { badUserInput } from './errors.js';

/**
 * Relay connections with keyset pagination: a cursor encodes the sort key of the last edge, so
 * page N costs what page 1 costs, whatever the size of the graph. Cursors are opaque to
 * clients (base64url of a versioned JSON array) and stable across requests.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type CursorKey = readonly (string | number | null)[];

export interface PageRequest {
  /** How many edges the client asked for. */
  readonly first: number;
  /** The sort key after which the page starts; null for the first page. */
  readonly after: CursorKey | null;
}

export interface ConnectionRow<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  /** Counted only when a client asks for totalCount. */
  readonly count: () => Promise<number>;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(['v1', ...key]), 'utf8').toString('base64url');
}

/** Longer than any cursor this API gives out (keys are ids and short sort values). */
export const MAX_CURSOR_LENGTH = 2_048;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The key of a cursor this API gave out, checked before any of it reaches a query: base64url of
 * `["v1", ...parts]`, each part a string, null, or a whole number from 0 to 2^53 - 1 (an
 * offset). Anything else, such as `["v1", 1e+308]`, is BAD_USER_INPUT naming `argument`.
 */
export function decodeCursor(cursor: string, argument = 'after'): CursorKey {
  const refuse = () => badUserInput(argument, 'not a cursor this API gave out');
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== 'v1' || !parsed.slice(1).every(isCursorPart)) throw refuse();
  return parsed.slice(1) as CursorKey;
}

function isCursorPart(part: unknown): boolean {
  return part === null || typeof part === 'string' || (typeof part === 'number' && Number.isSafeInteger(part) && part >= 0);
}

/** Validates `first` and `after`; a `first` over the maximum is an error, not silently capped. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0) throw badUserInput('first', 'must be a whole number of 0 or more');
  if (size > MAX_PAGE_SIZE) throw badUserInput('first', `must be at most ${MAX_PAGE_SIZE}`);
  return { first: size, after: after === null || after === undefined || after === '' ? null : decodeCursor(after) };
}

/**
 * Builds a connection from rows fetched with `limit = first + 1` (the extra row only tells
 * whether a next page exists).
 */
export function toConnection<T>(rows: readonly T[], page: PageRequest, keyOf: (row: T) => CursorKey, count: () => Promise<number>): ConnectionRow<T> {
  const pageRows = rows.slice(0, page.first);
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count,
  };
}

/** The single string of a one-part cursor key, or a BAD_USER_INPUT. */
export function singleKey(key: CursorKey | null, argument = 'after'): string | null {
  if (key === null) return null;
  const [only] = key;
  if (key.length !== 1 || typeof only !== 'string') throw badUserInput(argument, 'not a cursor for this list');
  return only;
}
