import { keysetCountCypher, keysetPageCypher, type KeysetStart } from '../keyset-cypher.js';
import { listTripCypher, type ListPlan } from '../node/list-plan.js';

/**
 * The Cypher of the meeting list (`Query.meetings`, `Body.meetings`), built from the filters
 * given: a condition appears only when its filter is set (values are $parameters named as the
 * fields of MeetingQuery), so the planner can use the `start` and municipality indexes. Newest
 * first by `start` (a local date-time, so its ISO string is the cursor key), ties by id, the
 * meetings without a start last (src/keyset-cypher.ts).
 */
export interface MeetingShape {
  readonly municipality: boolean;
  readonly body: boolean;
  readonly from: boolean;
  readonly to: boolean;
  readonly text: boolean;
}

const CONDITION = {
  municipality: 'n.municipality = $municipality',
  from: 'n.date >= date($from)',
  to: 'n.date <= date($to)',
  text: 'toLower(n.title) CONTAINS toLower($text)',
} as const;

function selection(shape: MeetingShape): { match: string; conditions: string[] } {
  const conditions: string[] = [];
  for (const f of ['municipality', 'from', 'to', 'text'] as const) if (shape[f]) conditions.push(CONDITION[f]);
  const match = shape.body ? 'MATCH (:Entity {id: $body})<-[:OF_BODY]-(n:Meeting)\nWITH DISTINCT n' : 'MATCH (n:Meeting)';
  return { match, conditions };
}

const ROW = "n {.*, __label: 'Meeting', sources: null}";
const KEY = 'toString(n.start)';

function page(shape: MeetingShape, start: KeysetStart, ordinal: boolean): string {
  const { match, conditions } = selection(shape);
  return keysetPageCypher({ v: 'n', match, keyed: conditions, unkeyed: conditions, sortProperty: 'start', keyType: 'localdatetime', desc: true, start, ordinal });
}

/** One page: rows `{row, key}` in list order, at most $limit. */
export function meetingPageCypher(shape: MeetingShape, start: KeysetStart): string {
  return `${page(shape, start, false)}\nRETURN ${ROW} AS row, ${KEY} AS key`;
}

/** How many meetings match: the count store when nothing is filtered. */
export function meetingCountCypher(shape: MeetingShape): string {
  return keysetCountCypher({ v: 'n', ...selection(shape) });
}

/** The page, its count and the planned fields of its meetings in one query (src/node/list-plan.ts). */
export function meetingTripCypher(shape: MeetingShape, start: KeysetStart, plan: ListPlan): string {
  return listTripCypher({ title: 'meetings', v: 'n', page: page(shape, start, true), count: meetingCountCypher(shape), row: ROW, key: KEY, label: "'Meeting'" }, plan);
}
