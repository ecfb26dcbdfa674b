import type { DocContext } from './context.js';
export function extractCommitmentRecord(ctx: DocContext): void {
  void ctx;
}
