import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Database } from '../db/database.js';
import type { Hop } from '../relations.js';
import { evidenceSubquery, hopSubquery, type HopPlan, type PlannedEvidence, type PlannedRelated } from './hop-cypher.js';
import type { NodeLoaders } from './node-loaders.js';
import type { EntityRow } from './node-row.js';
import { primePlanned } from './prime-loaders.js';
import { labelOf, nodeProjection, projectionOf, SLIM_HOPS, type Projection } from './projection.js';

/**
 * Lookups by id (`commitment(id:)`, `person(id:)`, `dossier(id:)`, ...) in one round trip: the
 * node and the relationship fields the operation selects on it (read with
 * graphql-parse-resolve-info, as the list plans do), fetched by one query of correlated
 * subqueries (hop-cypher.ts) and handed to the per-request loaders, which the field resolvers
 * read as before. A lookup that selects no relationship field is the node loader's, as before.
 */

/** The relationship fields of a lookup's node that one query fetches with it, and its evidence. */
export interface LookupPlan {
  readonly hops: readonly HopPlan[];
  readonly evidence: boolean;
  /** The node's own properties to fetch (projection.ts); null or absent: the whole node. */
  readonly row?: Projection;
}

export const EMPTY_LOOKUP: LookupPlan = { hops: [], evidence: false, row: null };

export const isEmptyLookup = (plan: LookupPlan): boolean => plan.hops.length === 0 && !plan.evidence;

/** The resolve tree of the field at `info`, or null (graphql-parse-resolve-info's answer narrowed). */
export function resolveTree(info: GraphQLResolveInfo): ResolveTree | null {
  const parsed = parseResolveInfo(info);
  return parsed !== null && parsed !== undefined && 'fieldsByTypeName' in parsed && typeof parsed.name === 'string' ? (parsed as ResolveTree) : null;
}

/** The selected fields named `name` under `type`, whatever their aliases. */
export function selectedFields(fields: FieldsByTypeName | undefined, type: string, name: string): ResolveTree[] {
  return Object.values(fields?.[type] ?? {}).filter((f) => f.name === name);
}

/**
 * Which of `hops` (field name to hop) the selection of `type` asks for, with the hops of their far
 * ends that `next` lists per field (only when selected there, under the far end's `nextType`).
 * Given the schema, a field of SLIM_HOPS fetches only the far ends' properties its selection
 * needs (projection.ts) and no relationship properties; the others fetch whole rows.
 */
export function hopsSelected(
  fields: FieldsByTypeName | undefined,
  type: string,
  hops: Readonly<Record<string, Hop<EntityRow>>>,
  next: Readonly<Record<string, { readonly type: string; readonly hops: Readonly<Record<string, Hop<EntityRow>>> }>> = {},
  schema: GraphQLSchema | null = null,
): HopPlan[] {
  const out: HopPlan[] = [];
  for (const [field, hop] of Object.entries(hops)) {
    const trees = selectedFields(fields, type, field);
    if (trees.length === 0) continue;
    const further = next[field];
    const nested: HopPlan[] = [];
    if (further !== undefined) {
      for (const [name, h] of Object.entries(further.hops)) {
        const inner = trees.flatMap((t) => selectedFields(t.fieldsByTypeName, further.type, name));
        if (inner.length > 0) nested.push(slimHop(schema, further.type, { field: name, hop: h, next: [] }, inner));
      }
    }
    out.push(slimHop(schema, type, { field, hop, next: nested }, trees));
  }
  return out;
}

/** `plan` with the slim projection of its far ends when `type`'s field is in SLIM_HOPS and the schema is known. */
export function slimHop(schema: GraphQLSchema | null, type: string, plan: HopPlan, trees: readonly ResolveTree[]): HopPlan {
  if (schema === null || SLIM_HOPS[type]?.has(plan.field) !== true) return plan;
  return { ...plan, node: projectionOf(schema, trees.map((t) => t.fieldsByTypeName)), rel: false };
}

/** The plan of a lookup at `info` whose node has GraphQL type `type`. */
export function lookupPlan(
  info: GraphQLResolveInfo,
  type: string,
  hops: Readonly<Record<string, Hop<EntityRow>>>,
  next: Parameters<typeof hopsSelected>[3] = {},
): LookupPlan {
  const tree = resolveTree(info);
  if (tree === null) return EMPTY_LOOKUP;
  return {
    hops: hopsSelected(tree.fieldsByTypeName, type, hops, next, info.schema),
    evidence: selectedFields(tree.fieldsByTypeName, type, 'evidence').length > 0,
    row: projectionOf(info.schema, [tree.fieldsByTypeName]),
  };
}

const LABEL = /^[A-Z][A-Za-z]*$/;

/** The row of `n`: the planned properties, or the whole node as cypher/node/by-ids.cypher projects it (LOOKUP_ROW). */
export const lookupRow = (projection: Projection): string => nodeProjection('n', projection, labelOf('n'));

export const LOOKUP_ROW = lookupRow(null);

/**
 * The node `$id` when it has `label`, with the planned fields: `extra` lines (reviewed
 * subqueries on `n`, e.g. a person's commitment page) go after the hops, and `extraReturn`
 * names what they return. One row `{row, related, evidence, ...}` or none.
 */
export function lookupCypher(label: string, plan: LookupPlan, extra: readonly string[] = [], extraReturn: readonly string[] = []): string {
  if (!LABEL.test(label)) throw new Error(`label '${label}' cannot be written into a query`);
  const related = plan.hops.map((h) => `${h.field}: ${h.field}`).join(', ');
  return [
    `// ${label.toLowerCase()} by id: with its planned fields, in one round trip`,
    'MATCH (n:Entity {id: $id})',
    `WHERE n:${label}`,
    ...plan.hops.map((h) => hopSubquery('n', h)),
    ...(plan.evidence ? [evidenceSubquery('n')] : []),
    ...extra,
    `RETURN ${[`${lookupRow(plan.row ?? null)} AS row`, `{${related}} AS related`, `${plan.evidence ? 'evidence' : '[]'} AS evidence`, ...extraReturn].join(', ')}`,
  ].join('\n');
}

/** What a planned lookup read: the row, its planned fields, and whatever `extra` returned. */
export interface LookupTrip {
  readonly row: EntityRow;
  readonly related: Readonly<Record<string, readonly PlannedRelated[]>>;
  readonly evidence: readonly PlannedEvidence[];
  readonly [extra: string]: unknown;
}

/** Runs a planned lookup and primes the loaders with what it read; null when no node with `label` has the id. */
export async function readLookup(
  db: Database,
  loaders: NodeLoaders,
  id: string,
  query: string,
  plan: LookupPlan,
  params: Record<string, unknown> = {},
): Promise<LookupTrip | null> {
  const [trip] = await db.read<LookupTrip>(query, { ...params, id });
  if (trip === undefined) return null;
  // a slim row answers this selection only: the node loader holds whole nodes
  if ((plan.row ?? null) === null) loaders.node.prime(id, trip.row);
  primePlanned(loaders, trip.row, plan.hops, trip.related, plan.evidence ? trip.evidence : null);
  return trip;
}

/**
 * `nodeOfType` in one round trip with what the operation selects: the node loader's answer when
 * nothing is planned, else one query (lookupCypher) that primes the loaders.
 */
export async function plannedNode<T extends EntityRow>(
  { db, loaders }: { readonly db: Database; readonly loaders: NodeLoaders },
  id: string,
  label: string,
  guard: (row: EntityRow) => row is T,
  plan: LookupPlan,
): Promise<T | null> {
  const row = isEmptyLookup(plan) ? await loaders.node.load(id) : ((await readLookup(db, loaders, id, lookupCypher(label, plan), plan))?.row ?? null);
  return row !== null && guard(row) ? row : null;
}
