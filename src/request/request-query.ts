import { indent, keysetCountCypher, keysetPageCypher, type KeysetStart } from '../keyset-cypher.js';

/**
 * The Cypher of request lists and counts (`Query.requests`, `Actor.requests`), built from the
 * filters given (as src/commitment/commitment-query.ts does for commitments): a condition
 * appears only when its filter is set, every piece of text is a constant, values are
 * $parameters named after the fields of RequestQuery. Lists are newest first (`date DESC`,
 * undated last, ties by id); one builder serves the top-level list and the per-actor batch.
 */

/** Which filters are set: the shape of the query, not its values. */
export interface RequestShape {
  readonly raisedBy: boolean;
  readonly kind: boolean;
  readonly dossier: boolean;
  readonly meeting: boolean;
  readonly concerns: boolean;
  readonly municipality: boolean;
  readonly from: boolean;
  readonly to: boolean;
  readonly text: boolean;
}

type Anchor = 'label' | 'raisedBy' | 'actorId' | 'meeting' | 'dossier' | 'concerns';

const ANCHOR: Readonly<Record<Anchor, string>> = {
  label: 'MATCH (n:Request)',
  raisedBy: 'MATCH (:Entity {id: $raisedBy})-[:RAISED]->(n:Request)\nWITH DISTINCT n',
  actorId: 'MATCH (:Entity {id: actorId})-[:RAISED]->(n:Request)\nWITH DISTINCT n',
  meeting: 'MATCH (:Entity {id: $meeting})<-[:MADE_IN]-(n:Request)\nWITH DISTINCT n',
  dossier: 'MATCH (:Entity {id: $dossier})<-[:IN_DOSSIER]-(n:Request)\nWITH DISTINCT n',
  concerns: 'MATCH (:Entity {id: $concerns})<-[:CONCERNS]-(n:Request)\nWITH DISTINCT n',
};

const CONDITION = {
  raisedBy: 'EXISTS { MATCH (:Entity {id: $raisedBy})-[:RAISED]->(n) }',
  meeting: 'EXISTS { MATCH (n)-[:MADE_IN]->(:Entity {id: $meeting}) }',
  dossier: 'EXISTS { MATCH (n)-[:IN_DOSSIER]->(:Entity {id: $dossier}) }',
  concerns: 'EXISTS { MATCH (n)-[:CONCERNS]->(:Entity {id: $concerns}) }',
  municipality: 'n.municipality = $municipality',
  kind: 'n.kind = $kind',
  from: 'n.date >= date($from)',
  to: 'n.date <= date($to)',
  text: 'toLower(n.text) CONTAINS toLower($text)',
} as const;

/** The anchor and the conditions of a shape; `perActor` anchors at the batch's `actorId` (raisedBy is then ignored). */
export function requestSelection(shape: RequestShape, perActor: boolean): { match: string; conditions: string[] } {
  const anchor: Anchor = perActor ? 'actorId' : shape.raisedBy ? 'raisedBy' : shape.meeting ? 'meeting' : shape.dossier ? 'dossier' : shape.concerns ? 'concerns' : 'label';
  const conditions: string[] = [];
  for (const f of ['municipality', 'kind', 'from', 'to'] as const) if (shape[f]) conditions.push(CONDITION[f]);
  for (const f of ['raisedBy', 'meeting', 'dossier', 'concerns'] as const) {
    if (shape[f] && anchor !== f && !(f === 'raisedBy' && perActor)) conditions.push(CONDITION[f]);
  }
  if (shape.text) conditions.push(CONDITION.text);
  return { match: ANCHOR[anchor], conditions };
}

const ROW = "n {.*, __label: 'Request', sources: null}";

function page(shape: RequestShape, start: KeysetStart, perActor: boolean): string {
  const { match, conditions } = requestSelection(shape, perActor);
  return keysetPageCypher({
    v: 'n',
    match,
    keyed: conditions,
    unkeyed: conditions,
    sortProperty: 'date',
    keyType: 'date',
    desc: true,
    start,
    imports: perActor ? ['actorId'] : [],
  });
}

/** One page of `Query.requests`: rows `{row, key}` in list order, at most $limit. */
export function requestPageCypher(shape: RequestShape, start: KeysetStart): string {
  return `${page(shape, start, false)}\nRETURN ${ROW} AS row, toString(n.date) AS key`;
}

/** How many requests match: the count store when nothing is filtered. */
export function requestCountCypher(shape: RequestShape): string {
  return keysetCountCypher({ v: 'n', ...requestSelection(shape, false) });
}

/** One page per actor of $actorIds (the actor is `raisedBy`): rows `{actorId, page: [{row, key}]}`. */
export function requestPagesByActorCypher(shape: RequestShape, start: KeysetStart): string {
  return [
    'UNWIND $actorIds AS actorId',
    'CALL (actorId) {',
    indent(page(shape, start, true)),
    indent(`RETURN collect({row: ${ROW}, key: toString(n.date)}) AS page`),
    '}',
    'RETURN actorId, page',
  ].join('\n');
}

/** How many requests of each actor of $actorIds match: rows `{actorId, total}`. */
export function requestCountsByActorCypher(shape: RequestShape): string {
  return ['UNWIND $actorIds AS actorId', 'CALL (actorId) {', indent(keysetCountCypher({ v: 'n', ...requestSelection(shape, true) })), '}', 'RETURN actorId, total'].join('\n');
}
