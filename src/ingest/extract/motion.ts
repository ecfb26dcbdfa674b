import type { DocContext } from './context.js';
export function extractMotion(ctx: DocContext): void {
  void ctx;
}
