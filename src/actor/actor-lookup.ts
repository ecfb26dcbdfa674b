import type { GraphQLResolveInfo } from 'graphql';
import { commitmentPlanOf } from '../commitment/commitment-plan.js';
import { actorTripRequest, commitmentListArgs } from '../commitment/commitment-resolvers.js';
import { actorTripSubquery } from '../commitment/commitment-query.js';
import { commitmentShape, type ActorCommitmentTrip, type CommitmentTripRow } from '../commitment/commitment-store.js';
import type { Context } from '../context.js';
import { int } from '../db/values.js';
import { keysetStart } from '../keyset-cypher.js';
import { projectionOf } from '../node/projection.js';
import { EMPTY_LOOKUP, hopsSelected, isEmptyLookup, lookupCypher, readLookup, resolveTree, selectedFields, type LookupPlan } from '../node/lookup.js';
import type { EntityRow } from '../node/node-row.js';
import type { Hop } from '../relations.js';

/**
 * `person(id:)` (and the other actors' lookups) in one round trip: the actor, the relationship
 * fields selected on it, and its `commitments` page with that page's own planned fields
 * (commitment-plan.ts) and count, fetched together and handed to the loaders the field
 * resolvers read (the page to `tripByActor`, under the key `Actor.commitments` asks with).
 * Without anything to plan, the node loader answers, as before.
 */

export interface ActorLookupPlan extends LookupPlan {
  /** The one `commitments` page selected, as its resolver will ask for it; null when none (or more than one, aliased). */
  readonly commitments: ActorCommitmentTrip | null;
}

export function actorLookupPlan(info: GraphQLResolveInfo, type: string, hops: Readonly<Record<string, Hop<EntityRow>>>): ActorLookupPlan {
  const tree = resolveTree(info);
  if (tree === null) return { ...EMPTY_LOOKUP, commitments: null };
  const fields = tree.fieldsByTypeName;
  const pages = selectedFields(fields, type, 'commitments');
  const only = pages.length === 1 ? pages[0] : undefined;
  return {
    hops: hopsSelected(fields, type, hops, {}, info.schema),
    evidence: selectedFields(fields, type, 'evidence').length > 0,
    row: projectionOf(info.schema, [fields]),
    commitments: only === undefined ? null : actorTripRequest(commitmentListArgs(only.args), commitmentPlanOf(only, info.schema)),
  };
}

/** The actor `id` with label `label` when `guard` accepts it, fetched with what `plan` selects. */
export async function plannedActor<T extends EntityRow>(
  { db, loaders, commitmentLoaders }: Context,
  id: string,
  label: string,
  guard: (row: EntityRow) => row is T,
  plan: ActorLookupPlan,
): Promise<T | null> {
  const trip = plan.commitments;
  if (isEmptyLookup(plan) && trip === null) {
    const row = await loaders.node.load(id);
    return row !== null && guard(row) ? row : null;
  }
  const extra = trip === null ? [] : [actorTripSubquery('n', commitmentShape(trip.query), trip.order, keysetStart(trip.after), trip.plan)];
  const params =
    trip === null ? {} : { ...trip.query, afterKey: trip.after?.key ?? null, afterId: trip.after?.id ?? null, limit: int(trip.limit) };
  const read = await readLookup(db, loaders, id, lookupCypher(label, plan, extra, trip === null ? [] : ['commitments']), plan, params);
  if (read === null) return null;
  if (trip !== null) {
    const page = read.commitments as { readonly total: number | null; readonly page: readonly CommitmentTripRow[] } | undefined;
    if (page !== undefined) commitmentLoaders.tripByActor(trip).prime(id, page);
  }
  return guard(read.row) ? read.row : null;
}
