import type { Database } from './database.js';
import { statements } from './cypher.js';

/** Constraints and indexes, idempotent (IF NOT EXISTS); then waits until indexes are online. */
export async function applySchema(db: Database): Promise<number> {
  const all = [...statements('schema/constraints'), ...statements('schema/indexes')];
  for (const statement of all) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(60)');
  return all.length;
}
