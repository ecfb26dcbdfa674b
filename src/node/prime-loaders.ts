import type { NodeLoaders } from './node-loaders.js';
import type { HopPlan, PlannedEvidence, PlannedRelated } from './hop-cypher.js';

/**
 * Hands what a planned list query fetched (hop-cypher.ts) to the per-request loaders, so the
 * field resolvers find it there and send no query of their own. A key a loader already holds
 * keeps its value (DataLoader's `prime`), so priming never changes an answer.
 */

/** The far ends of `plan`'s hop from `id`, and recursively those of its nested hops. */
export function primeHop(loaders: NodeLoaders, id: string, plan: HopPlan, rows: readonly PlannedRelated[]): void {
  const { direction, types, labels } = plan.hop;
  loaders.related(direction, types, labels).prime(
    id,
    rows.map((r) => ({ type: r.type, rel: r.rel, node: r.node })),
  );
  for (const row of rows) {
    for (const child of plan.next) primeHop(loaders, row.node.id, child, row.next[child.field] ?? []);
  }
}

/** The evidence of `id` and the sources of its passages. */
export function primeEvidence(loaders: NodeLoaders, id: string, evidence: readonly PlannedEvidence[]): void {
  loaders.evidence.prime(
    id,
    evidence.map((e) => e.passage),
  );
  for (const e of evidence) loaders.source.prime(e.source.id, e.source);
}

/** What a planned query fetched for the node `id`: the far ends of each planned hop, and its evidence when planned (null: not planned). */
export function primePlanned(
  loaders: NodeLoaders,
  id: string,
  hops: readonly HopPlan[],
  related: Readonly<Record<string, readonly PlannedRelated[]>>,
  evidence: readonly PlannedEvidence[] | null,
): void {
  for (const hop of hops) primeHop(loaders, id, hop, related[hop.field] ?? []);
  if (evidence !== null) primeEvidence(loaders, id, evidence);
}
