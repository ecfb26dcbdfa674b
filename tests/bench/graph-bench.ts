/**
 * The journalists' queries (paths, neighbourhood, timeline, search) through the whole GraphQL
 * stack (executeOperation: parsing, validation, resolvers, DataLoader, driver), next to the
 * same data fetched by one hand-written Cypher query each through the driver: the floor.
 * Prints p50/p95 over 200 runs after a warm-up; asserts nothing.
 *
 *   npx tsx tests/bench/graph-bench.ts                 (embedded Neo4j on a temporary folder, seeds loaded)
 *   NEO4J_URI=bolt://... npx tsx tests/bench/graph-bench.ts   (a running database that holds the seeds)
 */
import { int } from '../../src/db/values.js';
import { createContext } from '../../src/context.js';
import { FACT_LINK_TYPES } from '../../src/graph/fact-links.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { DOSSIER_1873661, HUISARTSEN, LAMBRECHTS, SOJ } from '../support/known-ids.js';
import { TIMELINE_EVENTS } from './floors.js';
import { openSeededDatabase } from './seeded-database.js';
import { RUNS, WARM_UP, time } from './timing.js';

const logger = createLogger('warn');

interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The same data in one Cypher query: the floor. */
  readonly floor: string;
  readonly floorParams: Record<string, unknown>;
}

const EVIDENCE = 'evidence { quote start end source { fileName municipality } }';
// Passages of a relationship, with their sources, as the floor fetches them.
const REL_EVIDENCE = `[pid IN coalesce(e.evidence, []) | head([(p:Passage {id: pid})-[:FROM_SOURCE]->(s:Source) | p {.quote, .start, .end, source: s {.fileName, .municipality}}])]`;

const CASES: Case[] = [
  {
    name: 'paths Lambrechts -> huisartsen (4 hops, 3 paths)',
    query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length nodes { id label name } edges { type from to role ${EVIDENCE} } } }`,
    variables: { from: LAMBRECHTS, to: HUISARTSEN },
    floor: `
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = SHORTEST 50 ((a)-[r:$any($types)]-{1,6}(b) WHERE size(r) <= $maxHops)
      WITH DISTINCT nodes(p) AS ns
      WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
      WITH ns ORDER BY size(ns), [x IN ns | x.id] LIMIT $first
      CALL (ns) {
        UNWIND range(0, size(ns) - 2) AS i
        MATCH (x)-[e:$any($types)]-(y) WHERE x = ns[i] AND y = ns[i + 1]
        RETURN collect({type: type(e), from: startNode(e).id, to: endNode(e).id, role: e.role, evidence: ${REL_EVIDENCE}}) AS edges
      }
      RETURN [x IN ns | {id: x.id, name: coalesce(x.name, x.subject, x.title, x.text, x.description)}] AS nodes, edges`,
    floorParams: { from: LAMBRECHTS, to: HUISARTSEN, maxHops: int(4), first: int(3), types: FACT_LINK_TYPES },
  },
  {
    name: 'neighbourhood SOJ (depth 2, limit 200)',
    query: `query Around($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id label name } edges { type from to role ${EVIDENCE} } } }`,
    variables: { id: SOJ },
    floor: `
      MATCH (n:Entity {id: $id})
      OPTIONAL MATCH p = ANY SHORTEST ((n)-[r:$any($types)]-{1,3}(m:Entity) WHERE size(r) <= $depth)
      WITH n, m ORDER BY length(p), m.id
      WITH n, collect(m) AS reached
      WITH [n] + reached[..$limit - 1] AS kept
      CALL (kept) {
        UNWIND kept AS x
        MATCH (x)-[e:$any($types)]->(y:Entity) WHERE y IN kept
        RETURN collect({type: type(e), from: x.id, to: y.id, role: e.role, evidence: ${REL_EVIDENCE}}) AS edges
      }
      RETURN [x IN kept | {id: x.id, name: coalesce(x.name, x.subject, x.title, x.text, x.description)}] AS nodes, edges`,
    floorParams: { id: SOJ, depth: int(2), limit: int(200), types: FACT_LINK_TYPES },
  },
  {
    name: 'timeline dossier 1873661 (first 20, with evidence)',
    query: `query Timeline($id: ID!) { timeline(id: $id, first: 20) { totalCount edges { cursor node { date at kind title entity { id label } ${EVIDENCE} } } } }`,
    variables: { id: DOSSIER_1873661 },
    floor: `${TIMELINE_EVENTS} LIMIT 21
      RETURN e.id AS id, kind, at, coalesce(e.name, e.subject, e.title, e.text, e.description) AS title,
        [(e)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source) | p {.quote, .start, .end, source: s {.fileName, .municipality}}] AS evidence`,
    floorParams: { id: DOSSIER_1873661, types: FACT_LINK_TYPES },
  },
  {
    name: 'search "wijkteam" (first 20, snippets)',
    query: 'query Search($q: String!) { search(query: $q, first: 20) { totalCount edges { node { entity { id kind name } score matchedIn snippet passage { start end } } } } }',
    variables: { q: 'wijkteam' },
    floor: `
      CALL {
        CALL db.index.fulltext.queryNodes('entity_text', $lucene) YIELD node, score RETURN node AS n, score, null AS passageId
        UNION ALL
        CALL db.index.fulltext.queryNodes('passage_quote', $lucene) YIELD node, score
        MATCH (n:Entity)-[:EVIDENCED_BY]->(node) RETURN n, score, node.id AS passageId
      }
      WITH n, max(score) AS best, collect(passageId)[0] AS passageId
      ORDER BY best DESC, n.id LIMIT 21
      RETURN n {.*} AS node, best, passageId`,
    floorParams: { lucene: '("wijkteam" OR wijkteam*)' },
  },
];


async function main(): Promise<void> {
  const { db, close } = await openSeededDatabase(logger, 'graph-bench');
  const server = createServer({ db, logger });
  try {
    await server.start();
    let queries = 0;
    db.onQuery(() => queries++);
    const rows: string[][] = [];
    for (const c of CASES) {
      const check = await server.executeOperation({ query: c.query, variables: c.variables }, { contextValue: createContext(db, logger) });
      if (check.body.kind !== 'single' || check.body.singleResult.errors !== undefined) {
        throw new Error(`${c.name}: ${JSON.stringify(check.body.kind === 'single' ? check.body.singleResult.errors : check.body)}`);
      }
      queries = 0;
      await server.executeOperation({ query: c.query, variables: c.variables }, { contextValue: createContext(db, logger) });
      const perRequest = queries;
      const api = await time(async () => {
        await server.executeOperation({ query: c.query, variables: c.variables }, { contextValue: createContext(db, logger) });
      });
      const floor = await time(async () => {
        await db.read(c.floor, c.floorParams);
      });
      rows.push([c.name, String(perRequest), api.p50.toFixed(2), api.p95.toFixed(2), floor.p50.toFixed(2), floor.p95.toFixed(2), (api.p50 / floor.p50).toFixed(1)]);
    }
    printTable(['query', 'cypher/req', 'api p50 ms', 'api p95 ms', 'floor p50 ms', 'floor p95 ms', 'api/floor p50'], rows);
    console.log(`\n${RUNS} runs each after ${WARM_UP} warm-up runs; floor = one hand-written Cypher query through the driver, same data.`);
  } finally {
    await server.stop();
    await close();
  }
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

await main();
