import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { KINDS } from '../../src/export/export-kinds.js';
import { createExportHandler } from '../../src/export/export-http.js';
import { closeTestServer, execute, openTestServer, testLogger } from '../support/harness.js';

/**
 * The HTTP export, mounted on a plain node:http server, against the API on the seeds: the same
 * rows, field by field, with the same filters.
 */
let db: Database;
let server: ApolloServer<Context>;
let http: Server;
let base: string;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  http = createServer(createExportHandler(db, testLogger));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await closeTestServer(server, db);
});

async function ndjson(path: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const body = await response.text();
  return body
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const COMMITMENTS = /* GraphQL */ `
  query AllCommitments($filter: CommitmentFilter, $after: String) {
    commitments(filter: $filter, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id text kind status date municipality
          due { text earliest latest }
          madeBy { id name }
          madeIn { id title }
          dossier { id }
          evidence { quote start end source { id fileName url } }
        }
      }
    }
  }
`;

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> & { id: string } }[];
}

/** Every node of a connection, page after page, sorted by id (the export's order). */
async function allNodes(query: string, field: string, variables: Record<string, unknown> = {}): Promise<(Record<string, unknown> & { id: string })[]> {
  const out: (Record<string, unknown> & { id: string })[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await execute(server, db, query, { ...variables, after });
    expect(result.errors).toBeUndefined();
    const page = result.data?.[field] as Page;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface ApiCommitment {
  id: string;
  text: string;
  kind: string;
  status: string;
  date: string | null;
  municipality: string;
  due: { text: string | null; earliest: string | null; latest: string | null } | null;
  madeBy: { id: string; name: string } | null;
  madeIn: { id: string; title: string } | null;
  dossier: { id: string } | null;
  evidence: { quote: string; start: number; end: number; source: { id: string; fileName: string; url: string | null } }[];
}

/** The API's commitment in the export's shape. */
function asExported(c: ApiCommitment): Record<string, unknown> {
  return {
    id: c.id,
    text: c.text,
    kind: c.kind,
    status: c.status,
    date: c.date,
    municipality: c.municipality,
    dueText: c.due?.text ?? null,
    dueEarliest: c.due?.earliest ?? null,
    dueLatest: c.due?.latest ?? null,
    madeBy: c.madeBy,
    meeting: c.madeIn,
    dossier: c.dossier?.id ?? null,
    evidence: c.evidence.map((p) => ({ quote: p.quote, start: p.start, end: p.end, sourceId: p.source.id, sourceFile: p.source.fileName, sourceUrl: p.source.url })),
  };
}

/** An exported row in the same shape (the export also names the meeting's title and the dossier's number). */
function exported(row: Record<string, unknown>): Record<string, unknown> {
  const dossier = row.dossier as { id: string } | null;
  return {
    id: row.id,
    text: row.text,
    kind: row.kind,
    status: row.status,
    date: row.date,
    municipality: row.municipality,
    dueText: row.dueText,
    dueEarliest: row.dueEarliest,
    dueLatest: row.dueLatest,
    madeBy: row.madeBy,
    meeting: row.meeting,
    dossier: dossier?.id ?? null,
    evidence: row.evidence,
  };
}

describe('GET /export/commitments.ndjson', () => {
  it('equals the API’s answer row by row: every commitment of the seeds, each with its evidence', async () => {
    const api = (await allNodes(COMMITMENTS, 'commitments')) as unknown as ApiCommitment[];
    const rows = await ndjson('/export/commitments.ndjson');
    expect(api.length).toBeGreaterThanOrEqual(3);
    expect(rows.map(exported)).toEqual(api.map(asExported));
    expect(rows.every((r) => (r.evidence as unknown[]).length > 0)).toBe(true);
  });

  it('takes the API’s filters: overdue commitments of Dordrecht made by the college', async () => {
    const filter = { municipality: 'GM0505', status: 'OVERDUE' };
    const api = (await allNodes(COMMITMENTS, 'commitments', { filter })) as unknown as ApiCommitment[];
    const rows = await ndjson('/export/commitments.ndjson?municipality=GM0505&status=OVERDUE');
    expect(api.length).toBeGreaterThan(0);
    expect(rows.map(exported)).toEqual(api.map(asExported));
  });
});

describe('GET /export/commitments.csv', () => {
  it('has a header of the columns and one record per commitment, with the first quote and its source', async () => {
    const response = await fetch(`${base}/export/commitments.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const rows = await ndjson('/export/commitments.ndjson');
    expect(Object.keys(records[0] ?? {})).toEqual([...KINDS.commitments.columns]);
    expect(
      records.map((r) => [r.id, r.text, r.status, r.madeById, r.evidenceQuote, r.sourceFile, Number(r.evidenceCount)]),
    ).toEqual(
      rows.map((r) => {
        const evidence = r.evidence as { quote: string; sourceFile: string }[];
        return [r.id, r.text, r.status, (r.madeBy as { id: string } | null)?.id ?? '', evidence[0]?.quote, evidence[0]?.sourceFile, evidence.length];
      }),
    );
  });
});

describe('the other exports', () => {
  it.each([
    ['requests', 'query R($after: String) { requests(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id text kind } } } }'],
    ['decisions', 'query D($after: String) { decisions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id text outcome } } } }'],
    ['agreements', 'query A($after: String) { agreements(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id kind description } } } }'],
  ])('%s: the API’s rows, with their evidence', async (kind, query) => {
    const api = await allNodes(query, kind);
    const rows = await ndjson(`/export/${kind}.ndjson`);
    expect(api.length).toBeGreaterThan(0);
    expect(rows.map((r) => Object.fromEntries(Object.keys(api[0] ?? {}).map((k) => [k, r[k]])))).toEqual(api);
    expect(rows.every((r) => (r.evidence as unknown[]).length > 0)).toBe(true);
  });
});

describe('bad requests', () => {
  it.each([
    ['/export/commitments.ndjson?status=LATE', 'status', 'status: must be one of OPEN, FULFILLED, WITHDRAWN, OVERDUE'],
    ['/export/commitments.ndjson?colour=red', 'colour', 'colour: is not a filter of commitments; use madeBy, status, dueBefore, dueAfter, dossier, policy, concerns, meeting, municipality, text'],
    ['/export/commitments.xml', 'format', "format: 'xml' is not a format; use csv or ndjson"],
    ['/export/people.csv', 'kind', "kind: 'people' is not an export; use commitments, requests, decisions or agreements"],
    ['/export/requests.csv?from=yesterday', 'from', 'from: must be a date YYYY-MM-DD'],
  ])('%s is 400 naming %s', async (path, argument, message) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', argument, message });
  });
});

describe('npm run export (the command line)', () => {
  /**
   * The export command as a user runs it (`npm run export -- ...` runs the compiled form of this
   * file), in a process of its own; asynchronously, so this process's HTTP export keeps answering.
   */
  function exportCli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile('npx', ['tsx', 'src/export/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' },
        timeout: 120_000,
      }, (error, stdout, stderr) => resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }));
    });
  }

  it('writes, byte for byte, what GET /export answers, as NDJSON and as CSV, with the same filters', async () => {
    for (const format of ['ndjson', 'csv'] as const) {
      const cli = await exportCli('commitments', '--format', format, '--municipality', 'GM0505', '--status', 'OVERDUE');
      expect(cli.stderr).toBe('');
      expect(cli.status).toBe(0);
      const response = await fetch(`${base}/export/commitments.${format}?municipality=GM0505&status=OVERDUE`);
      expect(response.status).toBe(200);
      expect(cli.stdout).toBe(await response.text());
      // The seeds hold two overdue commitments; the CSV has a header row above them.
      const records = format === 'csv' ? (parse(cli.stdout, { columns: true }) as unknown[]) : cli.stdout.split('\n').filter((l) => l !== '');
      expect(records).toHaveLength(2);
    }
  });

  it('refuses a filter the kind does not have, naming it, with exit code 2 (a usage error)', async () => {
    const cli = await exportCli('decisions', '--format', 'csv', '--status', 'OVERDUE');
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toContain('status');
  });
});
