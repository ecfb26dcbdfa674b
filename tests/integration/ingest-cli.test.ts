import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase } from '../support/harness.js';
import { CORPUS_DOCS } from '../support/real-text.js';

/**
 * The ingestion CLI as a user runs it, against the real test database. Everything it writes is
 * under the test municipality GM9998 and removed afterwards.
 */
const MUNICIPALITY = 'GM9998';
/** Halsteren, a municipality until 1997: the test below files a real page of its minutes under it. */
const FORMER = 'GM0789';
let db: Database;
let scratch: string;

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', ...args, '--no-progress'], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function sources(): Promise<{ fileName: string; passages: number }[]> {
  return db.read<{ fileName: string; passages: number }>(
    `MATCH (s:Source {municipality: $m}) OPTIONAL MATCH (p:Passage)-[:FROM_SOURCE]->(s)
     RETURN s.fileName AS fileName, count(p) AS passages ORDER BY fileName`,
    { m: MUNICIPALITY },
  );
}

async function quotesOf(fileName: string): Promise<string[]> {
  const rows = await db.read<{ quote: string }>(
    'MATCH (p:Passage)-[:FROM_SOURCE]->(:Source {municipality: $m, fileName: $f}) RETURN p.quote AS quote ORDER BY p.start',
    { m: MUNICIPALITY, f: fileName },
  );
  return rows.map((r) => r.quote);
}

beforeAll(() => {
  db = connectTestDatabase();
  scratch = mkdtempSync(join(tmpdir(), 'raadsgraaf-cli-'));
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE n.municipality IN $m DETACH DELETE n', { m: [MUNICIPALITY, FORMER] });
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run ingest on a folder of good and bad files', () => {
  it('loads the good files, names each bad file with its reason, and exits 1', async () => {
    const run = ingest('tests/fixtures/ingest-mixed', '--municipality', MUNICIPALITY);
    expect(run.status).toBe(1);
    const failed = run.stderr.split('\n').filter((l) => l.startsWith('FAILED ')).sort();
    expect(failed).toEqual([
      'FAILED archive.txt: the file is binary, not text',
      'FAILED empty.txt: the file is empty',
      'FAILED fake.pdf: the file has a .pdf name but is not a PDF',
      expect.stringMatching(/^FAILED recipe\.txt: .*council document/),
      'FAILED scan-without-text.pdf: the PDF has no text layer (a scan?); run OCR on it first',
    ]);
    expect(run.stderr).toContain('7 file(s) in');
    expect(run.stderr).toContain('2 new, 0 replaced, 0 unchanged, 5 failed');
    const loaded = await sources();
    expect(loaded.map((s) => s.fileName)).toEqual(['besluitenlijst-2020-05-12.pdf', 'dossier-copy.txt']);
    expect(loaded.every((s) => s.passages > 0)).toBe(true);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await db.read('MATCH (n {municipality: $m}) RETURN count(n) AS n', { m: MUNICIPALITY });
    const run = ingest('tests/fixtures/ingest-mixed', '--municipality', MUNICIPALITY);
    expect(run.stderr).toContain('0 new, 0 replaced, 2 unchanged, 5 failed');
    expect(await db.read('MATCH (n {municipality: $m}) RETURN count(n) AS n', { m: MUNICIPALITY })).toEqual(before);
  });
});

describe('a changed file', () => {
  it('replaces its own facts and leaves the other files alone', async () => {
    // One file name holds a real Heemstede list of toezeggingen, then a real Coevorden motion page.
    // The first file's facts are marked by its staalslakken toezegging and its bluswatervoorzieningen row (the
    // rules read that row's `Toezegging burgemeester:` label as its actor, so the scorer only vetoes it).
    const file = join(scratch, 'toezeggingen.txt');
    copyFileSync(join(CORPUS_DOCS, '169-heemstede-gemeenteraad-26-juni-2025-toezeggingen.txt'), file);
    expect(ingest(file, '--municipality', MUNICIPALITY).stderr).toContain('1 new, 0 replaced, 0 unchanged, 0 failed');
    const dossierQuotes = await quotesOf('dossier-copy.txt');
    expect((await quotesOf('toezeggingen.txt')).join('\n')).toContain('staalslakken');
    expect((await quotesOf('toezeggingen.txt')).join('\n')).toContain('bluswatervoorzieningen');

    copyFileSync(join(CORPUS_DOCS, '091-coevorden-lta-toezegging-71-evenementen.txt'), file);
    expect(ingest(file, '--municipality', MUNICIPALITY).stderr).toContain('0 new, 1 replaced, 0 unchanged, 0 failed');
    const quotes = (await quotesOf('toezeggingen.txt')).join('\n');
    expect(quotes).toContain('rapport van de Nationale Ombudsman');
    expect(quotes).not.toContain('staalslakken');
    const stale = await db.read(
      "MATCH (n:Entity {municipality: $m}) WHERE n.text CONTAINS 'staalslakken' RETURN n.id AS id",
      { m: MUNICIPALITY },
    );
    expect(stale).toEqual([]);
    expect(await quotesOf('dossier-copy.txt')).toEqual(dossierQuotes);
  }, 180_000); // two CLI runs, each starting its own process: 60 s was too short at load average 25
});

describe('--dry-run --json', () => {
  it('prints the extracted facts with evidence and writes nothing', async () => {
    const before = await db.read('MATCH (n) RETURN count(n) AS n');
    const run = ingest('tests/fixtures/ingest-mixed/besluitenlijst-2020-05-12.pdf', '--municipality', 'GM9997', '--dry-run', '--json');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { documents: { source: { fileName: string; municipality: string }; nodes: { evidence: { quote: string }[] }[] }[] };
    expect(output.documents.map((d) => d.source)).toEqual([
      expect.objectContaining({ fileName: 'besluitenlijst-2020-05-12.pdf', municipality: 'GM9997', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
    const quotes = output.documents.flatMap((d) => d.nodes.flatMap((n) => n.evidence.map((e) => e.quote)));
    expect(quotes.some((q) => q.includes('wachtlijsten jeugdzorg'))).toBe(true);
    expect(await db.read('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});

describe('a document of a former municipality, in a folder named after it', () => {
  it('is filed under that municipality, whose node says when it was dissolved and into which', async () => {
    const folder = join(scratch, 'halsteren');
    mkdirSync(folder);
    copyFileSync('tests/corpus/docs/066-halsteren-raadsnotulen-1989-p80.txt', join(folder, 'raadsnotulen-1989-p80.txt'));
    const run = ingest(folder);
    expect(run.stderr).toContain('1 new, 0 replaced, 0 unchanged, 0 failed');
    const rows = await db.read<{ m: Record<string, unknown>; sources: string[] }>(
      `MATCH (m:Municipality {cbsCode: $code})
       OPTIONAL MATCH (s:Source {municipality: $code})
       RETURN m {.name, .successor, formerUntil: toString(m.formerUntil)} AS m, collect(s.fileName) AS sources`,
      { code: FORMER },
    );
    expect(rows).toEqual([{ m: { name: 'Halsteren', successor: 'GM0748', formerUntil: '1997-01-01' }, sources: ['raadsnotulen-1989-p80.txt'] }]);
  });
});
