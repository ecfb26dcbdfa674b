import type { Database } from '../db/database.js';
import { badUserInput } from '../errors.js';
import { pageRequest, toConnection, type ConnectionRow, type CursorKey } from '../pagination.js';
import type { ChangeRow } from './change-row.js';
import { changeCount, changePage } from './change-store.js';

/** The cursor of a feed entry is its sequence: `["change", seq]`. */
const TAG = 'change';

function afterSequence(key: CursorKey | null): number {
  if (key === null) return 0;
  const [tag, seq] = key;
  if (key.length !== 2 || tag !== TAG || typeof seq !== 'number') throw badUserInput('after', 'not a cursor for the change feed');
  return seq;
}

/**
 * One page of the change feed as a connection. The cursor is the entry's sequence, so the next
 * page starts exactly after the last entry seen, whatever entries share its moment.
 */
export async function changeConnection(db: Database, since: string, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionRow<ChangeRow>> {
  const page = pageRequest(first, after);
  const afterSeq = afterSequence(page.after);
  const rows = page.first === 0 ? [] : await changePage(db, since, afterSeq, page.first + 1);
  return toConnection(rows, page, (row) => [TAG, row.seq], () => changeCount(db, since));
}
