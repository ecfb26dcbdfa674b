import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { loadSeeds } from '../../src/ingest/seed.js';
import { connectTestDatabase, testLogger } from '../support/harness.js';

let db: Database;

beforeAll(() => {
  db = connectTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function graphShape(): Promise<{ nodes: number; relationships: number; properties: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number; properties: number }>(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
     CALL () { OPTIONAL MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
     RETURN nodes, relationships, nodeProps + relProps AS properties`,
  );
  if (row === undefined) throw new Error('no row');
  return row;
}

describe('ingesting the seeds again', () => {
  it('changes no node, relationship or property count', async () => {
    const before = await graphShape();
    expect(before.nodes).toBeGreaterThan(10);
    const summary = await loadSeeds(db, 'seeds/documents', testLogger);
    expect(summary).toEqual({ files: 2, loaded: 0, unchanged: 2, failed: [] });
    expect(await graphShape()).toEqual(before);
  });
});
