import { indent, keysetCountCypher, keysetPageCypher, type KeysetStart } from '../keyset-cypher.js';
import { evidenceSubquery, hopSubquery } from '../node/hop-cypher.js';
import { nodeProjection, type Projection } from '../node/projection.js';
import type { CommitmentPlan } from './commitment-plan.js';

/**
 * The Cypher of commitment lists and counts (`Query.commitments`, `Actor.commitments`), built
 * from the filters given: a condition appears only when its filter is set, so the planner can
 * seek the indexes of cypher/schema/indexes.cypher instead of scanning every commitment for
 * `$x IS NULL OR ...`. Every piece of text below is a constant; values are $parameters (the
 * parameter names are the fields of CommitmentQuery). One builder serves the top-level list and
 * the per-actor batch, so both apply the same conditions.
 *
 * Effective status (as src/commitment/commitment-status.ts): the curated status wins over the
 * extracted one; an open commitment whose due window ended before $today is overdue.
 */

/** Which filters are set: the shape of the query, not its values. */
export interface CommitmentShape {
  readonly madeBy: boolean;
  /** The effective status asked for, lower case; null for any. */
  readonly status: 'open' | 'fulfilled' | 'withdrawn' | 'overdue' | null;
  readonly dueBefore: boolean;
  readonly dueAfter: boolean;
  readonly dossier: boolean;
  readonly policy: boolean;
  readonly concerns: boolean;
  readonly meeting: boolean;
  readonly municipality: boolean;
  readonly text: boolean;
  readonly minConfidence: boolean;
}

export type CommitmentOrderKey = 'DUE_ASC' | 'DUE_DESC' | 'DATE_DESC';

/**
 * Where the list starts: every commitment (the label), one actor's (`$madeBy`, or the variable
 * `actorId` in a per-actor batch), or the commitments of one dossier, meeting or concerned
 * entity: the most selective filter given becomes the anchor of the MATCH, the rest are
 * conditions.
 */
type Anchor = 'label' | 'madeBy' | 'actorId' | 'dossier' | 'meeting' | 'concerns';

const ANCHOR: Readonly<Record<Anchor, string>> = {
  label: 'MATCH (c:Commitment)',
  madeBy: 'MATCH (:Entity {id: $madeBy})-[:COMMITTED]->(c:Commitment)\nWITH DISTINCT c',
  actorId: 'MATCH (:Entity {id: actorId})-[:COMMITTED]->(c:Commitment)\nWITH DISTINCT c',
  dossier: 'MATCH (:Entity {id: $dossier})<-[:IN_DOSSIER]-(c:Commitment)\nWITH DISTINCT c',
  meeting: 'MATCH (:Entity {id: $meeting})<-[:MADE_IN]-(c:Commitment)\nWITH DISTINCT c',
  concerns: 'MATCH (:Entity {id: $concerns})<-[:CONCERNS]-(c:Commitment)\nWITH DISTINCT c',
};

/** The stored status is `coalesce(curatedStatus, status)`; the OR lets the planner seek both indexes. */
const stored = (param: string) => `(c.status = ${param} OR c.curatedStatus = ${param}) AND coalesce(c.curatedStatus, c.status) = ${param}`;

/**
 * What is known of `dueLatest` where a condition is used: nothing (counts, lists by date), or,
 * in a list by due date, set (the keyed phase) or null (the unkeyed phase). Knowing it lets
 * OPEN be a range an index can seek.
 */
export type DueKnown = 'any' | 'set' | 'null';

function statusCondition(status: NonNullable<CommitmentShape['status']>, due: DueKnown): string[] {
  if (status === 'fulfilled' || status === 'withdrawn') return [stored(`'${status}'`)];
  if (status === 'overdue') return due === 'null' ? ['false'] : [stored("'open'"), 'c.dueLatest < date($today)'];
  if (due === 'set') return [stored("'open'"), 'c.dueLatest >= date($today)'];
  if (due === 'null') return [stored("'open'")];
  return [stored("'open'"), '(c.dueLatest IS NULL OR c.dueLatest >= date($today))'];
}

const CONDITION = {
  madeBy: 'EXISTS { MATCH (:Entity {id: $madeBy})-[:COMMITTED]->(c) }',
  dossier: 'EXISTS { MATCH (c)-[:IN_DOSSIER]->(:Entity {id: $dossier}) }',
  meeting: 'EXISTS { MATCH (c)-[:MADE_IN]->(:Entity {id: $meeting}) }',
  concerns: 'EXISTS { MATCH (c)-[:CONCERNS]->(:Entity {id: $concerns}) }',
  policy:
    '(EXISTS { MATCH (c)-[:CONCERNS|IMPLEMENTS]->(:Policy {id: $policy}) }\n' +
    '   OR EXISTS { MATCH (c)-[:IN_DOSSIER|CONCERNS]->()-[:IMPLEMENTS]->(:Policy {id: $policy}) })',
  municipality: 'c.municipality = $municipality',
  dueBefore: 'c.dueLatest <= date($dueBefore)',
  dueAfter: 'c.dueEarliest >= date($dueAfter)',
  minConfidence: 'c.confidence >= $minConfidence',
  text: 'toLower(c.text) CONTAINS toLower($text)',
} as const;

/**
 * The anchor and the conditions of a shape; `perActor` anchors at the batch's `actorId`
 * (madeBy is then ignored); `due` is what the caller knows of dueLatest.
 */
export function commitmentSelection(shape: CommitmentShape, perActor: boolean, due: DueKnown = 'any'): { match: string; conditions: string[] } {
  const anchor: Anchor = perActor ? 'actorId' : shape.madeBy ? 'madeBy' : shape.meeting ? 'meeting' : shape.dossier ? 'dossier' : shape.concerns ? 'concerns' : 'label';
  const conditions: string[] = [];
  // Index-backed conditions first: they are the ones the planner seeks.
  if (shape.municipality) conditions.push(CONDITION.municipality);
  if (shape.status !== null) conditions.push(...statusCondition(shape.status, due));
  if (shape.dueBefore) conditions.push(CONDITION.dueBefore);
  if (shape.dueAfter) conditions.push(CONDITION.dueAfter);
  if (shape.minConfidence) conditions.push(CONDITION.minConfidence);
  for (const f of ['madeBy', 'meeting', 'dossier', 'concerns'] as const) {
    if (shape[f] && anchor !== f && !(f === 'madeBy' && perActor)) conditions.push(CONDITION[f]);
  }
  if (shape.policy) conditions.push(CONDITION.policy);
  if (shape.text) conditions.push(CONDITION.text);
  return { match: ANCHOR[anchor], conditions };
}

/** The sort property of an order: the due window's last day, or the day the commitment was made. */
const sortOf = (order: CommitmentOrderKey) => (order === 'DATE_DESC' ? 'date' : 'dueLatest');

/** A commitment's row: the planned properties (src/node/projection.ts), or the whole node. */
export const commitmentRow = (projection: Projection): string => nodeProjection('c', projection, "'Commitment'");

const ROW = commitmentRow(null);

function page(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, perActor: boolean, ordinal = false): string {
  const s = sortOf(order);
  const byDue = s === 'dueLatest';
  const keyed = commitmentSelection(shape, perActor, byDue ? 'set' : 'any');
  const unkeyed = commitmentSelection(shape, perActor, byDue ? 'null' : 'any');
  return keysetPageCypher({
    v: 'c',
    match: keyed.match,
    keyed: keyed.conditions,
    unkeyed: unkeyed.conditions,
    sortProperty: s,
    keyType: 'date',
    desc: order !== 'DUE_ASC',
    start,
    imports: perActor ? ['actorId'] : [],
    ordinal,
    oneSort: perActor,
    // a due date on or before $dueBefore, or overdue, is a due date: no row without one matches
    keyedOnly: byDue && (shape.dueBefore || shape.status === 'overdue'),
  });
}

/** One page of `Query.commitments`: rows `{row, key}` in list order, at most $limit. */
export function commitmentPageCypher(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart): string {
  return `${page(shape, order, start, false)}\nRETURN ${ROW} AS row, toString(c.${sortOf(order)}) AS key`;
}

/** How many commitments match: the count store when nothing is filtered. */
export function commitmentCountCypher(shape: CommitmentShape): string {
  return keysetCountCypher({ v: 'c', ...commitmentSelection(shape, false) });
}

/** One page per actor of $actorIds (the actor is `madeBy`): rows `{actorId, page: [{row, key}]}`. */
export function commitmentPagesByActorCypher(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart): string {
  return [
    'UNWIND $actorIds AS actorId',
    'CALL (actorId) {',
    indent(page(shape, order, start, true)),
    indent(`RETURN collect({row: ${ROW}, key: toString(c.${sortOf(order)})}) AS page`),
    '}',
    'RETURN actorId, page',
  ].join('\n');
}

/** How many commitments of each actor of $actorIds match: rows `{actorId, total}`. */
export function commitmentCountsByActorCypher(shape: CommitmentShape): string {
  return ['UNWIND $actorIds AS actorId', 'CALL (actorId) {', indent(keysetCountCypher({ v: 'c', ...commitmentSelection(shape, true) })), '}', 'RETURN actorId, total'].join('\n');
}

/** The per-row subqueries of a plan, and the collect of the page with what they fetched. */
function plannedPage(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, plan: CommitmentPlan, perActor: boolean): string[] {
  const perRow = [...plan.hops.map((h) => hopSubquery('c', h)), ...(plan.evidence ? [evidenceSubquery('c')] : [])];
  const kept = ['c', 'ord', ...plan.hops.map((h) => h.field), ...(plan.evidence ? ['evidence'] : [])];
  const related = plan.hops.map((h) => `${h.field}: ${h.field}`).join(', ');
  return [
    page(shape, order, start, perActor, true),
    ...perRow,
    `WITH ${kept.join(', ')} ORDER BY ord`,
    `RETURN collect({row: ${commitmentRow(plan.row)}, key: toString(c.${sortOf(order)}), related: {${related}}, evidence: ${plan.evidence ? 'evidence' : '[]'}}) AS page`,
  ];
}

/**
 * A page of `Query.commitments` with what `plan` selects (commitment-plan.ts), in one query:
 * one row `{total, page}`, `total` null unless planned, `page` the rows in list order, each
 * `{row, key, related: {<field>: [{type, rel, node, next}]}, evidence: [{passage, source}]}`.
 * Each relationship field is a correlated subquery per commitment of the page (hop-cypher.ts),
 * run after the LIMIT, so its cost follows the page, not the graph.
 */
export function commitmentTripCypher(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, plan: CommitmentPlan): string {
  const lines = ['// commitments: a page with its planned fields, in one round trip'];
  if (plan.totalCount) lines.push('CALL () {', indent(commitmentCountCypher(shape)), '}');
  lines.push('CALL () {', indent(plannedPage(shape, order, start, plan, false).join('\n')), '}', `RETURN ${plan.totalCount ? 'total' : 'null AS total'}, page`);
  return lines.join('\n');
}

/**
 * `commitmentTripCypher` for each actor of $actorIds (the actor is `madeBy`), for
 * `Actor.commitments` on a list of actors: rows `{actorId, total, page}`.
 */
export function commitmentTripsByActorCypher(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, plan: CommitmentPlan): string {
  const lines = ['// commitments of each actor: a page with its planned fields, in one round trip', 'UNWIND $actorIds AS actorId'];
  lines.push(...actorTripCalls(shape, order, start, plan), `RETURN actorId, ${plan.totalCount ? 'total' : 'null AS total'}, page`);
  return lines.join('\n');
}

/** The subqueries of one actor's planned page (the actor is the variable `actorId`): they bind `page` and, when planned, `total`. */
function actorTripCalls(shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, plan: CommitmentPlan): string[] {
  const lines: string[] = [];
  if (plan.totalCount) lines.push('CALL (actorId) {', indent(keysetCountCypher({ v: 'c', ...commitmentSelection(shape, true) })), '}');
  lines.push('CALL (actorId) {', indent(plannedPage(shape, order, start, plan, true).join('\n')), '}');
  return lines;
}

/**
 * `commitmentTripCypher` of the actor bound to `from` (a lookup's node), as a subquery that
 * binds `commitments`: `{total, page}` as commitmentTripsByActorCypher returns them per actor.
 */
export function actorTripSubquery(from: string, shape: CommitmentShape, order: CommitmentOrderKey, start: KeysetStart, plan: CommitmentPlan): string {
  return [
    `CALL (${from}) {`,
    indent([`WITH ${from}.id AS actorId`, ...actorTripCalls(shape, order, start, plan), `RETURN {total: ${plan.totalCount ? 'total' : 'null'}, page: page} AS commitments`].join('\n')),
    '}',
  ].join('\n');
}
