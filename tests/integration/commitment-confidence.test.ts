import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { date, type ExtractedDocument, type FactNode } from '../../src/ingest/facts.js';
import { loadDocument } from '../../src/ingest/load.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import { lineText } from '../support/synthetic.js';

/**
 * Commitment.confidence and CommitmentFilter.minConfidence, and the two phases of a list
 * (dated rows by the index, then undated rows by id) across page boundaries, on a municipality
 * of this file's own (GM9991, loaded through the real loader): six commitments, three scored
 * by the extractor (0.95, 0.6, 0.3), three without a score as ingested before scoring; four
 * with a due date (2031-01..04), two without.
 */
const MUNICIPALITY = 'GM9991';
const id = (k: number) => `commitment:gm9991:conf-${k}`;
const SPEC: readonly { k: number; confidence: number | null; due: string | null }[] = [
  { k: 1, confidence: 0.95, due: '2031-03-31' },
  { k: 2, confidence: 0.6, due: null },
  { k: 3, confidence: 0.3, due: '2031-01-31' },
  { k: 4, confidence: null, due: '2031-04-30' },
  { k: 5, confidence: null, due: null },
  { k: 6, confidence: null, due: '2031-02-28' },
];

function document(): { doc: ExtractedDocument; length: number } {
  const { passage, text: joined } = lineText();
  const nodes: FactNode[] = [{ id: 'municipality:gm9991', label: 'Municipality', props: { cbsCode: MUNICIPALITY, name: 'Scoregemeente' }, evidence: [] }];
  for (const { k, confidence, due } of SPEC) {
    const text = `De wethouder zegt toe scorepunt ${k} te onderzoeken.`;
    nodes.push({
      id: id(k),
      label: 'Commitment',
      props: {
        text,
        kind: 'explicit',
        status: 'open',
        date: date('2024-02-01'),
        ...(confidence === null ? {} : { confidence }),
        ...(due === null ? {} : { dueText: 'in 2031', dueEarliest: date(`${due.slice(0, 8)}01`), dueLatest: date(due) }),
      },
      evidence: [passage(text)],
    });
  }
  const text = joined();
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { doc: { source: { fileName: 'confidence-commitments.txt', sha256, format: 'text', municipality: MUNICIPALITY }, nodes, edges: [], warnings: [] }, length: text.length };
}

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
  const { doc, length } = document();
  await loadDocument(db, doc, length);
});

afterAll(() => closeTestServer(server, db));

const LIST = /* GraphQL */ `
  query ScoredCommitments($filter: CommitmentFilter, $orderBy: CommitmentOrder, $first: Int, $after: String) {
    commitments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { node { id confidence } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Page {
  totalCount: number;
  edges: { node: { id: string; confidence: number | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(variables: Record<string, unknown>): Promise<Page> {
  const result = await execute(server, db, LIST, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { commitments: Page }).commitments;
}

/** Every page of a list, `first` at a time, with the end cursors. */
async function walk(filter: Record<string, unknown>, orderBy: string, first: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await list({ filter, orderBy, first, after });
    pages.push(page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

describe('commitment confidence', () => {
  it('is the extractor score, and null for commitments ingested before scoring', async () => {
    const { totalCount, edges } = await list({ filter: { municipality: MUNICIPALITY }, orderBy: 'DUE_ASC', first: 10 });
    expect({ totalCount, edges }).toEqual({
      totalCount: 6,
      edges: [
        { node: { id: id(3), confidence: 0.3 } },
        { node: { id: id(6), confidence: null } },
        { node: { id: id(1), confidence: 0.95 } },
        { node: { id: id(4), confidence: null } },
        { node: { id: id(2), confidence: 0.6 } },
        { node: { id: id(5), confidence: null } },
      ],
    });
  });

  it('minConfidence keeps the commitments scored at least that, dated and undated, in list and count', async () => {
    const half = await list({ filter: { municipality: MUNICIPALITY, minConfidence: 0.5 }, orderBy: 'DUE_ASC', first: 10 });
    expect([half.totalCount, half.edges.map((e) => e.node.id)]).toEqual([2, [id(1), id(2)]]);
    const all = await list({ filter: { municipality: MUNICIPALITY, minConfidence: 0 }, orderBy: 'DUE_DESC', first: 10 });
    expect([all.totalCount, all.edges.map((e) => e.node.id)]).toEqual([3, [id(1), id(3), id(2)]]);
    const top = await list({ filter: { municipality: MUNICIPALITY, minConfidence: 1 }, first: 10 });
    expect([top.totalCount, top.edges]).toEqual([0, []]);
  });

  it('refuses minConfidence outside 0..1, naming it', async () => {
    for (const minConfidence of [1.5, -0.1]) {
      const result = await execute(server, db, LIST, { filter: { minConfidence } });
      expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'minConfidence']]);
    }
  });
});

describe('a list across its dated and undated rows', () => {
  it('pages dated rows in due order, then undated rows by id, in both directions, without repeats', async () => {
    const filter = { municipality: MUNICIPALITY };
    expect(await walk(filter, 'DUE_ASC', 2)).toEqual([
      [id(3), id(6)],
      [id(1), id(4)],
      [id(2), id(5)],
    ]);
    expect(await walk(filter, 'DUE_DESC', 3)).toEqual([
      [id(4), id(1), id(6)],
      [id(3), id(2), id(5)],
    ]);
    expect(await walk(filter, 'DUE_ASC', 5)).toEqual([[id(3), id(6), id(1), id(4), id(2)], [id(5)]]);
  });
});
