import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import { MEETING_HOPS } from '../meeting/meeting-hops.js';
import type { HopPlan } from '../node/hop-cypher.js';
import { slimHop } from '../node/lookup.js';
import { projectionOf, type Projection } from '../node/projection.js';
import { COMMITMENT_HOPS } from './commitment-hops.js';

/**
 * What a `commitments` connection's selection asks for beyond the commitments themselves, read
 * from the operation (graphql-parse-resolve-info: fragments, aliases and @skip/@include
 * resolved), so that one Cypher query can fetch it with the page (commitment-query.ts). A field
 * the plan does not cover is still answered, by the loaders, with a query of its own: the plan
 * saves round trips and never decides an answer.
 */
export interface CommitmentPlan {
  /** `totalCount` is selected: count in the same query. */
  readonly totalCount: boolean;
  /** The relationship fields of `Commitment` selected, with the hops nested in them that the plan covers. */
  readonly hops: readonly HopPlan[];
  /** `evidence` is selected: the passages and their sources. */
  readonly evidence: boolean;
  /** The commitments' own properties to fetch (src/node/projection.ts); null: whole nodes. */
  readonly row: Projection;
}

export const EMPTY_PLAN: CommitmentPlan = { totalCount: false, hops: [], evidence: false, row: null };

/** True when the plan fetches nothing beyond the page (the plain page query then serves). */
export const isEmptyPlan = (plan: CommitmentPlan): boolean => !plan.totalCount && !plan.evidence && plan.hops.length === 0;

/** The selected fields named `name` under `type`, whatever their aliases. */
function selected(fields: FieldsByTypeName | undefined, type: string, name: string): ResolveTree[] {
  return Object.values(fields?.[type] ?? {}).filter((f) => f.name === name);
}

const HOP_FIELDS = Object.keys(COMMITMENT_HOPS) as (keyof typeof COMMITMENT_HOPS)[];

/** Hops of a meeting that a planned `madeIn` fetches too, when selected. */
const MEETING_NEXT = { body: MEETING_HOPS.body } as const;

/** The plan for the `CommitmentConnection` selected at `info` (Query.commitments, Actor.commitments). */
export function commitmentPlan(info: GraphQLResolveInfo): CommitmentPlan {
  const parsed = parseResolveInfo(info);
  const tree = parsed !== null && parsed !== undefined && 'fieldsByTypeName' in parsed && typeof parsed.name === 'string' ? (parsed as ResolveTree) : null;
  return tree === null ? EMPTY_PLAN : commitmentPlanOf(tree, info.schema);
}

/** The plan of a `commitments` field from its resolve tree (also one nested in a lookup's selection). */
export function commitmentPlanOf(tree: ResolveTree, schema: GraphQLSchema): CommitmentPlan {
  const connection = tree.fieldsByTypeName;
  const nodes = selected(connection, 'CommitmentConnection', 'edges')
    .flatMap((edges) => selected(edges.fieldsByTypeName, 'CommitmentEdge', 'node'))
    .map((node) => node.fieldsByTypeName);
  const has = (name: string) => nodes.some((n) => selected(n, 'Commitment', name).length > 0);
  const hops: HopPlan[] = [];
  for (const field of HOP_FIELDS) {
    const trees = nodes.flatMap((n) => selected(n, 'Commitment', field));
    if (trees.length === 0) continue;
    const next: HopPlan[] = [];
    if (field === 'madeIn') {
      for (const [name, hop] of Object.entries(MEETING_NEXT)) {
        const inner = trees.flatMap((t) => selected(t.fieldsByTypeName, 'Meeting', name));
        if (inner.length > 0) next.push(slimHop(schema, 'Meeting', { field: name, hop, next: [] }, inner));
      }
    }
    hops.push(slimHop(schema, 'Commitment', { field, hop: COMMITMENT_HOPS[field], next }, trees));
  }
  return {
    totalCount: selected(connection, 'CommitmentConnection', 'totalCount').length > 0,
    hops,
    evidence: has('evidence'),
    row: nodes.length === 0 ? null : projectionOf(schema, nodes),
  };
}
