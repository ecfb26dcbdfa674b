/**
 * Round trips and database work of the common commitment shapes (issue 9): for each operation,
 * the Cypher queries one request sends (db.onQuery), the database hits of those queries
 * (each run again under PROFILE, summed over every operator: a figure that does not depend on
 * the machine's load) and p50/p95 of the whole request. Prints a Markdown table; asserts
 * nothing. Run it on two commits against one database to compare them.
 *
 *   npx tsx tests/bench/round-trip-bench.ts                          (embedded Neo4j, seeds and the synthetic GM9999 loaded)
 *   NEO4J_URI=bolt://... npx tsx tests/bench/round-trip-bench.ts     (a running database that holds the seeds)
 *   BENCH_RUNS=50 ...                                                (measured runs per operation; default 50)
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { LAMBRECHTS_COMMITMENTS, OVERDUE_COMMITMENTS } from '../support/readme-examples.js';
import { loadSyntheticCommitments, SYNTHETIC_PERSON, TEST_MUNICIPALITY } from '../support/synthetic.js';
import { openSeededDatabase } from './seeded-database.js';
import { time } from './timing.js';

const logger = createLogger('warn');
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const COMMITMENT_FIELDS = `id text status due { text latest }
  madeBy { __typename id name } madeIn { id title body { name } } concerns { id } evidence { quote start end source { fileName } }`;

const OPERATIONS: Operation[] = [
  {
    name: 'page of 50 commitments with madeBy, madeIn, concerns, evidence, totalCount',
    query: `query Page50($m: String!) { commitments(first: 50, filter: { municipality: $m }) { totalCount edges { node { ${COMMITMENT_FIELDS} } } } }`,
    variables: { m: TEST_MUNICIPALITY },
  },
  {
    name: 'page of 5 commitments, same fields',
    query: `query Page5($m: String!) { commitments(first: 5, filter: { municipality: $m }) { totalCount edges { node { ${COMMITMENT_FIELDS} } } } }`,
    variables: { m: TEST_MUNICIPALITY },
  },
  {
    name: 'one person with 50 commitments, same fields',
    query: `query Person50($id: ID!) { person(id: $id) { name commitments(first: 50) { totalCount edges { node { ${COMMITMENT_FIELDS} } } } } }`,
    variables: { id: SYNTHETIC_PERSON },
  },
  {
    name: '20 persons with 5 commitments each (madeIn, totalCount)',
    query: `query Members($m: String!) { persons(first: 20, filter: { municipality: $m }) { edges { node { id commitments(first: 5) { totalCount edges { node { text madeIn { title } } } } } } } }`,
    variables: { m: TEST_MUNICIPALITY },
  },
  { name: `README ${LAMBRECHTS_COMMITMENTS.name}`, query: LAMBRECHTS_COMMITMENTS.query, variables: { ...LAMBRECHTS_COMMITMENTS.variables } },
  { name: `README ${OVERDUE_COMMITMENTS.name}`, query: OVERDUE_COMMITMENTS.query, variables: { ...OVERDUE_COMMITMENTS.variables } },
];

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

async function main(): Promise<void> {
  const { db, close } = await openSeededDatabase(logger, 'round-trip-bench');
  const server = createServer({ db, logger });
  try {
    await server.start();
    await loadSyntheticCommitments(db);
    const sent: { query: string; params: Record<string, unknown> }[] = [];
    db.onQuery((query, params) => sent.push({ query, params }));
    const request = async (op: Operation) => {
      const response = await server.executeOperation({ query: op.query, variables: op.variables }, { contextValue: createContext(db, logger) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) {
        throw new Error(`${op.name}: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body)}`);
      }
    };
    const rows: string[][] = [];
    for (const op of OPERATIONS) {
      sent.length = 0;
      await request(op);
      const queries = [...sent];
      let hits = 0;
      const session = db.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        for (const q of queries) {
          const result = await session.run(`PROFILE\n${q.query}`, q.params);
          if (result.summary.profile !== false) hits += dbHits(result.summary.profile);
        }
      } finally {
        await session.close();
      }
      const t = await time(() => request(op), RUNS, Math.min(10, RUNS));
      rows.push([op.name, String(queries.length), String(hits), t.p50.toFixed(1), t.p95.toFixed(1)]);
    }
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[['operation', 'cypher/req', 'db hits', 'p50 ms', 'p95 ms'], ...rows].map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
    console.log(line(['operation', 'cypher/req', 'db hits', 'p50 ms', 'p95 ms']));
    console.log(`|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log(`\n${RUNS} runs each; db hits: every query of one request run again under PROFILE, summed over all operators.`);
  } finally {
    await server.stop();
    await close();
  }
}

await main();
