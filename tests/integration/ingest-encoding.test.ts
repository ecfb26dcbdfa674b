import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase } from '../support/harness.js';

/**
 * The ingestion CLI reads a text's encoding instead of guessing: Windows-1252 is decoded right,
 * a file that mixes UTF-8 with other bytes is refused with one line (exit code 1) and nothing of
 * it is stored, and a path that does not exist says so. Against the real test database; all
 * under the test municipality GM9995, removed afterwards.
 */
const MUNICIPALITY = 'GM9995';
const DOSSIER = readFileSync('tests/fixtures/ingest-mixed/dossier-copy.txt', 'utf8');
const LETTER = 'cliëntervaring';
let db: Database;
let scratch: string;

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', ...args, '--municipality', MUNICIPALITY, '--no-progress'], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function storedQuotes(): Promise<{ fileName: string; quote: string }[]> {
  return db.read<{ fileName: string; quote: string }>(
    'MATCH (p:Passage)-[:FROM_SOURCE]->(s:Source {municipality: $m}) RETURN s.fileName AS fileName, p.quote AS quote ORDER BY fileName, p.start',
    { m: MUNICIPALITY },
  );
}

beforeAll(async () => {
  db = connectTestDatabase();
  await db.write('MATCH (n) WHERE n.municipality = $m DETACH DELETE n', { m: MUNICIPALITY });
  scratch = mkdtempSync(join(tmpdir(), 'raadsgraaf-encoding-'));
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE n.municipality = $m DETACH DELETE n', { m: MUNICIPALITY });
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run ingest and text encodings', () => {
  it('decodes a Windows-1252 file right, and refuses one that mixes UTF-8 with other bytes', async () => {
    expect(DOSSIER).toContain(LETTER);
    const folder = join(scratch, 'mixed-encodings');
    mkdirSync(folder);
    writeFileSync(join(folder, 'dossier-windows-1252.txt'), iconv.encode(DOSSIER, 'windows-1252'));
    // A UTF-8 file with one Windows-1252 byte in it (an é typed in another editor).
    const at = DOSSIER.indexOf(LETTER);
    const mixed = Buffer.concat([Buffer.from(DOSSIER.slice(0, at), 'utf8'), Buffer.from([0xe9]), Buffer.from(DOSSIER.slice(at), 'utf8')]);
    writeFileSync(join(folder, 'dossier-mixed.txt'), mixed);
    const offset = Buffer.byteLength(DOSSIER.slice(0, at), 'utf8');

    const run = ingest(folder);

    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('FAILED '))).toEqual([
      `FAILED dossier-mixed.txt: the text mixes UTF-8 with bytes that are not UTF-8 (the first at byte ${offset}); read either way, part of it would be garbled. Save it as UTF-8 and ingest it again`,
    ]);
    expect(run.stderr).toContain('1 new, 0 replaced, 0 unchanged, 1 failed');
    const quotes = await storedQuotes();
    expect(new Set(quotes.map((q) => q.fileName))).toEqual(new Set(['dossier-windows-1252.txt']));
    expect(quotes.some((q) => q.quote.includes(LETTER))).toBe(true);
    expect(quotes.filter((q) => /Ã|Â|\uFFFD/.test(q.quote))).toEqual([]);
  });

  it('says that a path does not exist, and exits 1', async () => {
    const missing = join(scratch, 'no-such-folder');
    const run = ingest(missing, join(scratch, 'no-such-file.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('FAILED '))).toEqual([
      `FAILED ${missing}: does not exist`,
      `FAILED ${join(scratch, 'no-such-file.txt')}: does not exist`,
    ]);
  });
});
