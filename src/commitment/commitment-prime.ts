import type { NodeLoaders } from '../node/node-loaders.js';
import { primeEvidence, primeHop } from '../node/prime-loaders.js';
import type { CommitmentPlan } from './commitment-plan.js';
import type { CommitmentTripRow } from './commitment-store.js';

/** Hands a planned page's relationship fields and evidence to the loaders (src/node/prime-loaders.ts). */
export function primeTrip(loaders: NodeLoaders, plan: CommitmentPlan, page: readonly CommitmentTripRow[]): void {
  for (const { row, related, evidence } of page) {
    for (const hop of plan.hops) primeHop(loaders, row.id, hop, related[hop.field] ?? []);
    if (plan.evidence) primeEvidence(loaders, row.id, evidence);
  }
}
