import { date } from '../facts.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';

/**
 * A status a document states for a commitment (`Status: afgedaan` in a register): an entry of the
 * commitment's status history, dated with the document's date and changed by the document (its
 * file name), with the stated words as evidence. Undated documents state no history entry: the
 * history is ordered by date.
 */
export function stateStatus(ctx: DocContext, commitmentId: string, status: string, statedAs: string, start: number, end: number): void {
  if (ctx.date === null) return;
  ctx.facts.edge('STATUS_STATED', commitmentId, commitmentId, { statedIn: ctx.fileName, status, statedAs, date: date(ctx.date) }, ev(ctx, start, end));
}
