import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase } from '../support/harness.js';

/**
 * MAX_INGEST_BYTES (issue 8): a file over the limit is refused before it is read, with its name,
 * its size and the limit, and writes nothing; the other files of the run are loaded. Runs the
 * ingest command as a user does, against the real test database, under the test municipality
 * GM9997 (removed afterwards).
 */
const MUNICIPALITY = 'GM9997';
const SMALL = 'tests/corpus/docs/100-groningen-oogtv-betaald-parkeren-niet-aanpassen.txt';
const LARGE = 'tests/fixtures/ingest-mixed/dossier-copy.txt';
let db: Database;
let scratch: string;

function ingest(env: Record<string, string>, ...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', ...args, '--no-progress'], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent', ...env },
    timeout: 230_000,
  });
  return { status: result.status, stderr: result.stderr };
}

beforeAll(() => {
  db = connectTestDatabase();
  scratch = mkdtempSync(join(tmpdir(), 'raadsgraaf-size-limit-'));
  mkdirSync(join(scratch, 'in'));
  copyFileSync(SMALL, join(scratch, 'in', 'small.txt'));
  copyFileSync(LARGE, join(scratch, 'in', 'large.txt'));
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE n.municipality = $m DETACH DELETE n', { m: MUNICIPALITY });
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a file over MAX_INGEST_BYTES', () => {
  it('is refused with its name, its size and the limit, writes nothing, and the other files are loaded', async () => {
    const small = statSync(SMALL).size;
    const large = statSync(LARGE).size;
    expect(large).toBeGreaterThan(small);
    const limit = small + 1;
    const run = ingest({ MAX_INGEST_BYTES: String(limit) }, join(scratch, 'in'), '--municipality', MUNICIPALITY);
    expect(run.status).toBe(1);
    const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
    expect(run.stderr.split('\n').filter((l) => l.startsWith('FAILED '))).toEqual([
      `FAILED large.txt: the file is ${large.toLocaleString('en')} bytes (${mib(large)}), over the ingest limit of ${limit.toLocaleString('en')} bytes (${mib(limit)}); nothing of it was read or written (raise MAX_INGEST_BYTES to ingest it)`,
    ]);
    expect(run.stderr).toContain('1 new, 0 replaced, 0 unchanged, 1 failed');
    const stored = await db.read<{ fileName: string }>('MATCH (s:Source {municipality: $m}) RETURN s.fileName AS fileName ORDER BY fileName', { m: MUNICIPALITY });
    expect(stored).toEqual([{ fileName: 'small.txt' }]);
    const passagesOfLarge = await db.read<{ n: number }>(
      "MATCH (p:Passage {municipality: $m}) WHERE p.id CONTAINS 'large' RETURN count(p) AS n",
      { m: MUNICIPALITY },
    );
    expect(passagesOfLarge).toEqual([{ n: 0 }]);
  }, 240_000);

  it('is a whole number of bytes: anything else stops the run before any file is read', () => {
    const run = ingest({ MAX_INGEST_BYTES: '20MB' }, join(scratch, 'in'), '--municipality', MUNICIPALITY);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("MAX_INGEST_BYTES must be a whole number of bytes above 0, got '20MB'");
  }, 240_000);
});
