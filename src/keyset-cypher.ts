import { badUserInput } from './errors.js';
/**
 * Cypher for keyset-paged lists that the planner can serve from an index, assembled from
 * reviewed fragments only: the caller passes constant strings (a MATCH, conditions, a sort
 * property); values travel as $parameters and never enter the text.
 *
 * The list order is (sort property, id), nulls last in both directions, as src/keyset.ts
 * pages it: the key is the sort property as an ISO string. A page is read in two phases, so
 * that each phase's order is one an index can provide:
 *
 *   1. the rows with a key, `ORDER BY v.<sort> [DESC], v.id LIMIT $limit` (a range or
 *      composite index on the sort property yields rows in that order and the LIMIT stops the
 *      scan early);
 *   2. only when phase 1 did not fill the page, the rows without a key, by id.
 *
 * The cursor says where a page starts: nowhere (first page), after a keyed row (phase 1 from
 * there, then phase 2 from the start), or after an unkeyed row (phase 2 only, from there).
 */

/** Where the page starts, as the builder needs to know it: the values come as $afterKey/$afterId. */
export type KeysetStart = 'first' | 'after-keyed' | 'after-unkeyed';

/** Where a page after `after` (a decoded cursor: its key, null for an unkeyed row) starts. */
/**
 * Where a page of a date-keyed list (commitments, requests) starts. A cursor's key reaches Cypher's
 * `date($afterKey)`, so one that is no calendar date is refused here as BAD_USER_INPUT naming `after`.
 */
export function keysetStart(after: { readonly key: string | null } | null): KeysetStart {
  if (after === null) return 'first';
  if (after.key === null) return 'after-unkeyed';
  if (!isCalendarDate(after.key)) throw badUserInput('after', 'not a cursor for this list and order');
  return 'after-keyed';
}

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export interface KeysetList {
  /** The variable the list binds, e.g. `c`. */
  readonly v: string;
  /** Reviewed Cypher that binds `v` (a MATCH, perhaps followed by `WITH DISTINCT v`). */
  readonly match: string;
  /**
   * Reviewed conditions on `v`, AND-ed, for the rows with a key and for those without (they
   * may differ where knowing that the sort property is or is not null lets a condition be
   * written so an index can seek it).
   */
  readonly keyed: readonly string[];
  readonly unkeyed: readonly string[];
  /** The property the list is sorted by (a temporal property; the key is its ISO string). */
  readonly sortProperty: string;
  /** The Cypher function that turns `$afterKey` back into a value of the sort property, e.g. `date`. */
  readonly keyType: 'date' | 'datetime' | 'localdatetime';
  readonly desc: boolean;
  readonly start: KeysetStart;
  /** Variables of the enclosing query the subqueries import, e.g. `['actorId']`. */
  readonly imports?: readonly string[];
  /**
   * Also bind `ord`, each row's place in the page (0, 1, ...), for a caller that runs
   * subqueries per row and must restore the order before it collects (`ORDER BY ord`).
   */
  readonly ordinal?: boolean;
  /**
   * The match is anchored at one node (an actor's commitments: tens or hundreds of rows, no index
   * order to follow): the first page of an ascending list is then one sort, `ORDER BY v.<sort>,
   * v.id`, which puts the rows without a key last, by id, as the two phases do (Cypher sorts null
   * after every value in ascending order). Only when `keyed` and `unkeyed` are the same conditions.
   */
  readonly oneSort?: boolean;
  /**
   * The conditions rule out a row without a key (a list by due date filtered on `dueBefore`): the
   * page is phase 1 alone, with no second phase to plan and guard.
   */
  readonly keyedOnly?: boolean;
}

/** `MATCH ... WHERE a AND b` for `match` and the conditions (no WHERE when there are none). */
export function matchWhere(match: string, conditions: readonly string[]): string {
  return conditions.length === 0 ? match : `${match}\nWHERE ${conditions.join('\n  AND ')}`;
}

/**
 * The page as Cypher that ends with `UNWIND ... AS <v>` (at most $limit rows, in list order):
 * the caller projects `v` and its key (`toString(v.<sort>)`).
 */
export function keysetPageCypher(list: KeysetList): string {
  const { v, sortProperty: s, desc, start } = list;
  const imports = list.imports ?? [];
  const scope = (extra: readonly string[]) => `CALL (${[...imports, ...extra].join(', ')}) {`;
  const key = `${list.keyType}($afterKey)`;
  const keyed = [...list.keyed, `${v}.${s} IS NOT NULL`];
  if (start === 'after-keyed') {
    keyed.push(desc ? `${v}.${s} <= ${key}` : `${v}.${s} >= ${key}`, `(${v}.${s} ${desc ? '<' : '>'} ${key} OR ${v}.id > $afterId)`);
  }
  const unkeyed = [...list.unkeyed, `${v}.${s} IS NULL`];
  if (start === 'after-unkeyed') unkeyed.push(`${v}.id > $afterId`);
  const unkeyedRows = [matchWhere(list.match, unkeyed), `WITH ${v} ORDER BY ${v}.id LIMIT $limit`];
  const unwind = (rows: string) =>
    list.ordinal === true ? `WITH ${rows} AS rows\nUNWIND range(0, size(rows) - 1) AS ord\nWITH rows[ord] AS ${v}, ord` : `UNWIND ${rows} AS ${v}`;
  if (start === 'after-unkeyed') {
    return [scope([]), indent([...unkeyedRows, `RETURN collect(${v}) AS unkeyed`].join('\n')), '}', unwind('unkeyed')].join('\n');
  }
  if (list.oneSort === true && start === 'first' && !desc && list.keyed.join('\n') === list.unkeyed.join('\n')) {
    return [
      scope([]),
      indent(matchWhere(list.match, list.keyed)),
      indent(`WITH ${v} ORDER BY ${v}.${s}, ${v}.id LIMIT $limit`),
      indent(`RETURN collect(${v}) AS sorted`),
      '}',
      unwind('sorted'),
    ].join('\n');
  }
  const keyedPhase = [
    scope([]),
    indent(matchWhere(list.match, keyed)),
    indent(`WITH ${v} ORDER BY ${v}.${s}${desc ? ' DESC' : ''}, ${v}.id LIMIT $limit`),
    indent(`RETURN collect(${v}) AS keyed`),
    '}',
  ];
  if (list.keyedOnly === true) return [...keyedPhase, unwind('keyed')].join('\n');
  // The guard runs before the inner CALL: a predicate in the same query part would be planned
  // above the scan, which would then run for a full page too.
  const unkeyedPhase = [
    scope(['keyed']),
    indent('WITH keyed WHERE size(keyed) < $limit'),
    indent(scope([])),
    indent([...unkeyedRows, `RETURN ${v}`].join('\n'), '    '),
    indent('}'),
    indent(`RETURN collect(${v}) AS unkeyed`),
    '}',
  ].join('\n');
  return [
    ...keyedPhase,
    unkeyedPhase,
    unwind('(keyed + unkeyed)[..$limit]'),
  ].join('\n');
}

/** How many rows the list holds: `RETURN count(v) AS total` (the count store when unfiltered over a label). */
export function keysetCountCypher(list: { readonly v: string; readonly match: string; readonly conditions: readonly string[] }): string {
  return `${matchWhere(list.match, list.conditions)}\nRETURN count(${list.v}) AS total`;
}

export const indent = (text: string, by = '  '): string =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
