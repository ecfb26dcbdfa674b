import type { CommitmentRow, EffectiveStatus } from './commitment-row.js';

/**
 * The status rule, in one place for the resolvers (commitment-query.ts states the same
 * rule for filtering): an editor's curated status wins over the extracted one; an open
 * commitment whose due window ended before today is overdue.
 */
export function effectiveStatus(row: CommitmentRow, today: string): EffectiveStatus {
  const stored = row.curatedStatus ?? row.status ?? 'open';
  const known: EffectiveStatus = stored === 'fulfilled' || stored === 'withdrawn' ? stored : 'open';
  if (known === 'open' && typeof row.dueLatest === 'string' && row.dueLatest < today) return 'overdue';
  return known;
}

/** Today's date (UTC) as ISO `YYYY-MM-DD`, the reference for OVERDUE. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
