import type { GraphQLResolveInfo } from 'graphql';
import { indent } from '../keyset-cypher.js';
import type { Hop } from '../relations.js';
import { evidenceSubquery, hopSubquery, type HopPlan, type PlannedEvidence, type PlannedRelated } from './hop-cypher.js';
import { hopsSelected, resolveTree, selectedFields } from './lookup.js';
import type { NodeLoaders } from './node-loaders.js';
import type { EntityRow } from './node-row.js';
import { primePlanned } from './prime-loaders.js';
import { nodeProjection, projectionOf, type Projection } from './projection.js';

/**
 * A paged list (a `...Connection` field) in one round trip: the page, its `totalCount` when
 * selected, and the relationship fields selected on its nodes, each a correlated subquery per
 * row of the page (hop-cypher.ts), as the commitment lists do (src/commitment/commitment-query.ts).
 * The rows prime the per-request loaders, so the field resolvers answer as before.
 */
export interface ListPlan {
  readonly totalCount: boolean;
  readonly hops: readonly HopPlan[];
  readonly evidence: boolean;
  /** The nodes' own properties to fetch (projection.ts); null or absent: whole nodes. */
  readonly row?: Projection;
}

export const EMPTY_LIST_PLAN: ListPlan = { totalCount: false, hops: [], evidence: false, row: null };

/** What the connection at `info` selects: `totalCount`, and on `edges { node }` of type `nodeType` the fields of `hops` and `evidence`. */
export function listPlan(info: GraphQLResolveInfo, connectionType: string, nodeType: string, hops: Readonly<Record<string, Hop<EntityRow>>>): ListPlan {
  const tree = resolveTree(info);
  if (tree === null) return EMPTY_LIST_PLAN;
  const edgeType = connectionType.replace(/Connection$/, 'Edge');
  const nodes = selectedFields(tree.fieldsByTypeName, connectionType, 'edges').flatMap((edges) => selectedFields(edges.fieldsByTypeName, edgeType, 'node'));
  // every selection of `node` (aliases) counts: the plan fetches the union
  const merged = nodes.map((n) => n.fieldsByTypeName);
  const planned = new Map<string, HopPlan>();
  for (const fields of merged) for (const h of hopsSelected(fields, nodeType, hops, {}, info.schema)) planned.set(h.field, h);
  return {
    totalCount: selectedFields(tree.fieldsByTypeName, connectionType, 'totalCount').length > 0,
    hops: [...planned.values()],
    evidence: merged.some((fields) => selectedFields(fields, nodeType, 'evidence').length > 0),
    row: merged.length === 0 ? null : projectionOf(info.schema, merged),
  };
}

/** A row of a planned page: the node, its sort key, and what the plan fetched with it. */
export interface ListTripRow<T> {
  readonly row: T;
  readonly key: string | null;
  readonly related: Readonly<Record<string, readonly PlannedRelated[]>>;
  readonly evidence: readonly PlannedEvidence[];
}

export interface ListTripParts {
  /** The comment line that names the query. */
  readonly title: string;
  /** The variable the page binds. */
  readonly v: string;
  /** A keyset page (keysetPageCypher with `ordinal`): binds `v` and `ord`. */
  readonly page: string;
  /** The count query (`RETURN count(...) AS total`). */
  readonly count: string;
  /** The projections of `v` as a row and as its key. */
  readonly row: string;
  readonly key: string;
  /** The `__label` of a row as a Cypher expression: given, a planned projection (ListPlan.row) replaces `row`. */
  readonly label?: string;
}

/** One query: `{total, page}`, `total` null unless planned, `page` the rows in list order with their planned fields. */
export function listTripCypher(parts: ListTripParts, plan: ListPlan): string {
  const { v } = parts;
  const row = parts.label !== undefined && (plan.row ?? null) !== null ? nodeProjection(v, plan.row ?? null, parts.label) : parts.row;
  const perRow = [...plan.hops.map((h) => hopSubquery(v, h)), ...(plan.evidence ? [evidenceSubquery(v)] : [])];
  const kept = [v, 'ord', ...plan.hops.map((h) => h.field), ...(plan.evidence ? ['evidence'] : [])];
  const related = plan.hops.map((h) => `${h.field}: ${h.field}`).join(', ');
  const lines = [`// ${parts.title}: a page with its planned fields, in one round trip`];
  if (plan.totalCount) lines.push('CALL () {', indent(parts.count), '}');
  const page = [
    parts.page,
    ...perRow,
    `WITH ${kept.join(', ')} ORDER BY ord`,
    `RETURN collect({row: ${row}, key: ${parts.key}, related: {${related}}, evidence: ${plan.evidence ? 'evidence' : '[]'}}) AS page`,
  ];
  lines.push('CALL () {', indent(page.join('\n')), '}', `RETURN ${plan.totalCount ? 'total' : 'null AS total'}, page`);
  return lines.join('\n');
}

/** Hands a planned page's fields to the loaders; returns the rows with their keys. */
export function primeListTrip<T extends EntityRow>(loaders: NodeLoaders, plan: ListPlan, page: readonly ListTripRow<T>[]): { row: T; key: string | null }[] {
  for (const r of page) primePlanned(loaders, r.row, plan.hops, r.related, plan.evidence ? r.evidence : null);
  return page.map((r) => ({ row: r.row, key: r.key }));
}
