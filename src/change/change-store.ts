import { cypher } from '../db/cypher.js';
import type { Database, TxRun } from '../db/database.js';
import { int } from '../db/values.js';
import type { ChangeInput, ChangeRow } from './change-row.js';

const Q = {
  record: cypher('change/record'),
  page: cypher('change/page'),
  count: cypher('change/count'),
};

/** Appends entries to the feed inside the caller's transaction; no entries, no query. */
export async function recordChanges(run: TxRun, changes: readonly ChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await run(Q.record, { changes });
}

/** Up to `limit` entries at or after `since` (ISO instant) with a sequence above `afterSeq`, in sequence order. */
export async function changePage(db: Database, since: string, afterSeq: number, limit: number): Promise<ChangeRow[]> {
  const rows = await db.read<{ row: ChangeRow }>(Q.page, { since, afterSeq: int(afterSeq), limit: int(limit) });
  return rows.map((r) => r.row);
}

/** How many entries are at or after `since`, over all pages. */
export async function changeCount(db: Database, since: string): Promise<number> {
  const [row] = await db.read<{ total: number }>(Q.count, { since });
  return row?.total ?? 0;
}
