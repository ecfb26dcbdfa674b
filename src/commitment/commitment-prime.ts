import type { NodeLoaders } from '../node/node-loaders.js';
import { primePlanned } from '../node/prime-loaders.js';
import type { CommitmentPlan } from './commitment-plan.js';
import type { CommitmentTripRow } from './commitment-store.js';

/** Hands a planned page's relationship fields and evidence to the loaders (src/node/prime-loaders.ts). */
export function primeTrip(loaders: NodeLoaders, plan: CommitmentPlan, page: readonly CommitmentTripRow[]): void {
  for (const { row, related, evidence } of page) primePlanned(loaders, row, plan.hops, related, plan.evidence ? evidence : null);
}
