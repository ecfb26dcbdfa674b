import type { Database } from './database.js';
import { cypher, statements } from './cypher.js';

const Q = {
  analyzers: cypher('schema/fulltext-analyzers'),
  dropIndex: cypher('schema/drop-index'),
};

/**
 * Constraints and indexes, idempotent (IF NOT EXISTS); then waits until indexes are online.
 *
 * The one migration: a full-text index that exists with another analyzer than
 * cypher/schema/indexes.cypher names (a store made before the indexes spoke Dutch) is dropped
 * first, so the CREATE below rebuilds it from the stored nodes.
 */
export async function applySchema(db: Database): Promise<number> {
  const indexes = statements('schema/indexes');
  await dropStaleFulltextIndexes(db, indexes);
  const all = [...statements('schema/constraints'), ...indexes];
  for (const statement of all) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(300)');
  return all.length;
}

/** The full-text indexes a schema file creates, by name, with the analyzer it names (`standard-no-stop-words` when none, Neo4j's default). */
export function wantedAnalyzers(statementsOfFile: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of statementsOfFile) {
    const m = /^CREATE\s+FULLTEXT\s+INDEX\s+(\w+)/i.exec(s);
    if (m?.[1] === undefined) continue;
    const analyzer = /`?fulltext\.analyzer`?\s*:\s*'([\w-]+)'/.exec(s)?.[1] ?? 'standard-no-stop-words';
    out.set(m[1], analyzer);
  }
  return out;
}

/** Drops the existing full-text indexes whose analyzer is not the wanted one; returns their names. */
export async function dropStaleFulltextIndexes(db: Database, indexStatements: readonly string[]): Promise<string[]> {
  const wanted = wantedAnalyzers(indexStatements);
  const existing = await db.read<{ name: string; analyzer: string | null }>(Q.analyzers);
  const stale = existing.filter((i) => wanted.has(i.name) && wanted.get(i.name) !== i.analyzer).map((i) => i.name);
  for (const name of stale) await db.write(Q.dropIndex, { name });
  return stale;
}
