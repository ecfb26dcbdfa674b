import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { loadDocuments } from '../../src/ingest/load.js';
import { execute, openScratchServer, TEST_EDITOR_KEY } from '../support/harness.js';

/**
 * The change feed on a real corpus document (Woerden, 2022: three commitments of the college),
 * ingested under this file's own municipality (GM9990): the first ingest lists every node and
 * relationship as ADDED, paging in small pages never skips or repeats an entry (one
 * transaction's entries share one moment), an unchanged file adds nothing, a changed file lists
 * exactly what it added and retracted, an editor's status change is one UPDATED entry naming
 * the editor, and a batch with a bad file records nothing for it and the good file's changes
 * once. Other test files write at the same time, so the assertions look at this file's entries
 * (by source or id) within the whole feed, whose order is checked as a whole.
 */
const MUNICIPALITY = 'GM9990';
const DOC = 'tests/corpus/docs/003-woerden-lta-p222-bestuursopdracht.txt';
const FILE_NAME = 'woerden-bestuursopdracht.txt';

let db: Database;
let server: ApolloServer<Context>;
let scratch: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, server, scratch, close } = await openScratchServer(MUNICIPALITY, 'changes'));
});

afterAll(async () => {
  await close();
});

const CHANGES = /* GraphQL */ `
  query Changes($since: DateTime!, $first: Int, $after: String) {
    changes(since: $since, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        cursor
        node {
          sequence at op target kind id from to
          origin { kind sourceId editor source { id fileName } }
          node { id }
          relationship { id type from to }
        }
      }
    }
  }
`;

interface Entry {
  sequence: number;
  at: string;
  op: 'ADDED' | 'UPDATED' | 'RETRACTED';
  target: 'NODE' | 'RELATIONSHIP';
  kind: string;
  id: string;
  from: string | null;
  to: string | null;
  origin: { kind: 'INGEST' | 'EDIT'; sourceId: string | null; editor: string | null; source: { id: string; fileName: string } | null };
  node: { id: string } | null;
  relationship: { id: string; type: string; from: string; to: string } | null;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}

async function page(since: string, first: number, after: string | null): Promise<Page> {
  const result = await execute(server, db, CHANGES, { since, first, after });
  expect(result.errors).toBeUndefined();
  return result.data?.changes as Page;
}

/**
 * Every entry from `after` on, `first` at a time, as a sync job reads the feed, and the cursor
 * to continue from. Checks on the way that pages continue where the previous one ended.
 */
async function readFeed(since: string, after: string | null, first = 7): Promise<{ entries: Entry[]; cursor: string | null }> {
  const entries: Entry[] = [];
  let cursor = after;
  for (;;) {
    const p = await page(since, first, cursor);
    expect(p.pageInfo.hasPreviousPage).toBe(cursor !== null);
    expect(p.edges.length).toBeLessThanOrEqual(first);
    entries.push(...p.edges.map((e) => e.node));
    if (p.pageInfo.endCursor !== null) cursor = p.pageInfo.endCursor;
    if (!p.pageInfo.hasNextPage) return { entries, cursor };
    expect(p.edges.length).toBe(first);
  }
}

const relationshipIds = (relKeys: readonly string[]): string[] =>
  relKeys.map((k) => {
    const [type, from, to, key] = JSON.parse(k) as [string, string, string, string];
    return `${from}|${type}|${to}|${key}`;
  });

async function contribution(sourceId: string): Promise<{ nodeIds: string[]; relIds: string[] }> {
  const [row] = await db.read<{ nodeIds: string[]; relKeys: string[] }>('MATCH (s:Source {id: $id}) RETURN s.nodeIds AS nodeIds, s.relKeys AS relKeys', { id: sourceId });
  if (row === undefined) throw new Error(`no source ${sourceId}`);
  return { nodeIds: [...new Set(row.nodeIds)].sort(), relIds: [...new Set(relationshipIds(row.relKeys))].sort() };
}

const ids = (entries: readonly Entry[], op: Entry['op'], target: Entry['target']): string[] =>
  entries
    .filter((e) => e.op === op && e.target === target)
    .map((e) => e.id)
    .sort();

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('the change feed', () => {
  let since: string;
  let sourceId: string;
  let cursor: string | null;
  let first: { nodeIds: string[]; relIds: string[] };

  it('lists every node and relationship of a first ingest as ADDED, in order, paged without skip or repeat', async () => {
    since = new Date().toISOString();
    const path = join(scratch, FILE_NAME);
    writeFileSync(path, readFileSync(DOC));
    const outcome = await ingestFile(db, path, { municipality: MUNICIPALITY });
    if (!outcome.ok || outcome.load === null) throw new Error(`not loaded: ${JSON.stringify(outcome)}`);
    expect(outcome.load.status).toBe('created');
    sourceId = outcome.load.sourceId;
    first = await contribution(sourceId);
    expect(first.nodeIds.length).toBeGreaterThan(5);
    expect(first.relIds.length).toBeGreaterThan(5);

    const feed = await readFeed(since, null, 4);
    // The whole feed since then, whoever wrote it: sequences strictly ascending, moments never
    // decreasing, every entry at or after `since`, in UTC with its offset.
    const sequences = feed.entries.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const e of feed.entries) {
      expect(e.at).toMatch(ISO_UTC);
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(Date.parse(since));
    }
    const moments = feed.entries.map((e) => Date.parse(e.at));
    expect(moments).toEqual([...moments].sort((a, b) => a - b));

    const ours = feed.entries.filter((e) => e.origin.sourceId === sourceId);
    expect(ids(ours, 'ADDED', 'NODE')).toEqual(first.nodeIds);
    expect(ids(ours, 'ADDED', 'RELATIONSHIP')).toEqual(first.relIds);
    expect(ours.filter((e) => e.op !== 'ADDED')).toEqual([]);
    // One transaction: one moment, consecutive sequences (the feed's counter was held throughout).
    expect(new Set(ours.map((e) => e.at)).size).toBe(1);
    const ourSequences = ours.map((e) => e.sequence);
    expect(ourSequences).toEqual(ourSequences.map((_, i) => (ourSequences[0] ?? 0) + i));
    for (const e of ours) {
      expect(e.origin).toEqual({ kind: 'INGEST', sourceId, editor: null, source: { id: sourceId, fileName: FILE_NAME } });
      if (e.target === 'NODE') {
        expect(e).toMatchObject({ node: { id: e.id }, relationship: null, from: null, to: null });
      } else {
        expect(e).toMatchObject({ node: null, relationship: { id: e.id, type: e.kind, from: e.from, to: e.to } });
      }
    }
    const commitments = ours.filter((e) => e.kind === 'Commitment').map((e) => e.id);
    // Every commitment the ingest added is in the feed (the extractor's count changes as it learns: 3 at
    // stop 17, 5 now, where the corpus gold has 4).
    expect(commitments.length).toBeGreaterThanOrEqual(3);
    expect(commitments).toEqual(first.nodeIds.filter((id) => ours.some((e) => e.id === id && e.kind === 'Commitment')));
    cursor = feed.cursor;
  });

  it('counts the entries at or after `since` over all pages, and none after the last one', async () => {
    const whole = await readFeed(since, null, 100);
    const p = await page(since, 0, null);
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBeGreaterThanOrEqual(whole.entries.length);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(await page(later, 5, null)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null }, edges: [] });
  });

  it('adds no entry when the same file is ingested again', async () => {
    const outcome = await ingestFile(db, join(scratch, FILE_NAME), { municipality: MUNICIPALITY });
    expect(outcome.ok && outcome.load?.status).toBe('unchanged');
    const feed = await readFeed(since, cursor);
    expect(feed.entries.filter((e) => e.origin.sourceId === sourceId)).toEqual([]);
    cursor = feed.cursor;
  });

  it('lists what a changed file added and retracted, and what it changed', async () => {
    // The same file, cut before its last commitment (and the people and fracties only it names).
    const text = readFileSync(DOC, 'utf8');
    const cut = text.lastIndexOf('\n', Math.floor(text.length * 0.8));
    writeFileSync(join(scratch, FILE_NAME), `${text.slice(0, cut)}\n`);
    const outcome = await ingestFile(db, join(scratch, FILE_NAME), { municipality: MUNICIPALITY });
    expect(outcome.ok && outcome.load?.status).toBe('replaced');
    const second = await contribution(sourceId);

    const feed = await readFeed(since, cursor);
    const ours = feed.entries.filter((e) => e.origin.sourceId === sourceId);
    const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
    const removedNodes = minus(first.nodeIds, second.nodeIds);
    expect(removedNodes.length).toBeGreaterThan(0);
    expect(ids(ours, 'RETRACTED', 'NODE')).toEqual(removedNodes);
    expect(ids(ours, 'ADDED', 'NODE')).toEqual(minus(second.nodeIds, first.nodeIds));
    expect(ids(ours, 'RETRACTED', 'RELATIONSHIP')).toEqual(minus(first.relIds, second.relIds));
    expect(ids(ours, 'ADDED', 'RELATIONSHIP')).toEqual(minus(second.relIds, first.relIds));
    for (const id of [...ids(ours, 'UPDATED', 'NODE'), ...ids(ours, 'UPDATED', 'RELATIONSHIP')]) {
      expect(first.nodeIds.includes(id) || first.relIds.includes(id)).toBe(true);
    }
    // A retracted fact no longer resolves; the others do.
    for (const e of ours) {
      const exists = e.op !== 'RETRACTED';
      expect(e.target === 'NODE' ? e.node !== null : e.relationship !== null).toBe(exists);
    }
    // Nothing listed twice in one change.
    expect(new Set(ours.map((e) => `${e.target} ${e.id}`)).size).toBe(ours.length);
    first = second;
    cursor = feed.cursor;
  });

  it("lists an editor's status change as the commitment UPDATED by that editor", async () => {
    const commitment = first.nodeIds.find((id) => id.startsWith('commitment:'));
    if (commitment === undefined) throw new Error('no commitment left');
    const set = await execute(
      server,
      db,
      `mutation Fulfil($id: ID!) { setCommitmentStatus(id: $id, status: FULFILLED) { statusHistory { changedBy } } }`,
      { id: commitment },
      { authorization: `Bearer ${TEST_EDITOR_KEY}` },
    );
    const editor = (set.data?.setCommitmentStatus as { statusHistory: { changedBy: string }[] }).statusHistory[0]?.changedBy;
    expect(editor).toMatch(/^editor:/);

    const feed = await readFeed(since, cursor);
    const result = await execute(
      server,
      db,
      `query Edited($since: DateTime!, $after: String) { changes(since: $since, first: 100, after: $after) { edges { node { sequence op target kind id origin { kind sourceId editor source { id } } node { id ... on Commitment { status } } } } } }`,
      { since, after: cursor },
    );
    const edited = (result.data?.changes as { edges: { node: { id: string; sequence: number } }[] }).edges.map((e) => e.node).filter((e) => e.id === commitment);
    const sequence = feed.entries.find((e) => e.id === commitment)?.sequence;
    expect(edited).toEqual([
      { sequence, op: 'UPDATED', target: 'NODE', kind: 'Commitment', id: commitment, origin: { kind: 'EDIT', sourceId: null, editor, source: null }, node: { id: commitment, status: 'FULFILLED' } },
    ]);
    cursor = feed.cursor;
  });

  it('records nothing for a file the database refuses, and the good file of its batch once', async () => {
    const good = fakeDocument('good', {});
    // A list of mixed types cannot be stored as a property: the batch fails, then each file alone.
    const bad = fakeDocument('bad', { tags: ['a', 1] as unknown as readonly string[] });
    const outcomes = await loadDocuments(db, [good, bad]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    const feed = await readFeed(since, cursor);
    const batch = feed.entries.filter((e) => e.id.includes(':gm9990:batch-'));
    expect(batch.map((e) => [e.op, e.target, e.id])).toEqual([
      ['ADDED', 'NODE', 'commitment:gm9990:batch-good'],
      ['ADDED', 'NODE', 'organisation:gm9990:batch-shared'],
      ['ADDED', 'RELATIONSHIP', 'commitment:gm9990:batch-good|CONCERNS|organisation:gm9990:batch-shared|'],
    ]);
  });

  it("runs the README's example and pages on from its cursor", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- change-feed-example:start -->\n```graphql\n([\s\S]*?)```\n<!-- change-feed-example:end -->/.exec(readme);
    if (block?.[1] === undefined) throw new Error('the README has no change feed example');
    const first = await execute(server, db, block[1], { since });
    expect(first.errors).toBeUndefined();
    const firstPage = first.data?.changes as { pageInfo: { endCursor: string }; edges: { node: { origin: { source: { fileName: string } | null } } }[] };
    expect(firstPage.edges.length).toBeGreaterThan(0);
    expect(firstPage.edges.some((e) => e.node.origin.source?.fileName === FILE_NAME)).toBe(true);
    const next = await execute(server, db, block[1], { since, after: firstPage.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
  });

  it('refuses a cursor of another list and a moment without an offset, naming the argument', async () => {
    const other = Buffer.from(JSON.stringify(['v1', 'meetings', 'x', 'y'])).toString('base64url');
    const refused = await execute(server, db, CHANGES, { since, first: 1, after: other });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const local = await execute(server, db, CHANGES, { since: '2026-11-27T10:00:00', first: 1 });
    expect(local.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

/** A one-commitment document written by hand, concerning an organisation (ids under GM9990). */
function fakeDocument(name: string, extra: Record<string, unknown>): { doc: ExtractedDocument; textLength: number } {
  const text = `De wethouder zegt toe punt ${name} te regelen met Stichting Gedeeld.`;
  const quote = { start: 0, end: text.length, quote: text };
  const commitment = `commitment:gm9990:batch-${name}`;
  const organisation = 'organisation:gm9990:batch-shared';
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    doc: {
      source: { fileName: `batch-${name}.txt`, sha256, format: 'text', municipality: MUNICIPALITY },
      nodes: [
        { id: organisation, label: 'Organisation', props: { name: 'Stichting Gedeeld' }, evidence: [] },
        { id: commitment, label: 'Commitment', props: { text, kind: 'explicit', status: 'open', ...extra }, evidence: [quote] },
      ],
      edges: [{ type: 'CONCERNS', from: commitment, to: organisation, props: {}, evidence: [quote] }],
      warnings: [],
    },
    textLength: text.length,
  };
}
