/**
 * The README examples (tests/support/readme-examples.ts) through the whole GraphQL stack
 * (executeOperation: parsing, validation, resolvers, DataLoader, driver), next to the same data
 * fetched by one hand-written Cypher query each through the driver: the floor. Counts the
 * Cypher queries one request sends (db.onQuery). Prints p50/p95 over 200 runs after a warm-up
 * as a Markdown table; asserts nothing.
 *
 *   npx tsx tests/bench/api-bench.ts                 (embedded Neo4j on a temporary folder, seeds loaded)
 *   NEO4J_URI=bolt://... npx tsx tests/bench/api-bench.ts   (a running database that holds the seeds)
 *   BENCH_SHOW_FLOOR=1 npx tsx tests/bench/api-bench.ts     (also prints each floor query's rows)
 */
import { createContext } from '../../src/context.js';
import { int } from '../../src/db/values.js';
import { FACT_LINK_TYPES } from '../../src/graph/fact-links.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { DORDRECHT, DOSSIER_1873661, LAMBRECHTS, LOKAAL_PLAN_JEUGD, MEE_VIVENZ, SOJ } from '../support/known-ids.js';
import {
  DOSSIER_TIMELINE,
  LAMBRECHTS_COMMITMENTS,
  MEE_TO_LOKAAL_PLAN_JEUGD,
  MEETINGS_FIRST_PAGE,
  MEETINGS_NEXT_PAGE,
  OVERDUE_COMMITMENTS,
  SOJ_NEIGHBOURHOOD,
  type ReadmeExample,
} from '../support/readme-examples.js';
import { TIMELINE_EVENTS } from './floors.js';
import { openSeededDatabase } from './seeded-database.js';
import { RUNS, WARM_UP, time } from './timing.js';

const logger = createLogger('warn');

interface Case {
  readonly example: ReadmeExample;
  /** Which page or variant, when one example is timed more than once. */
  readonly label?: string;
  /** The same data in one Cypher query: the floor. */
  readonly floor: string;
  readonly floorParams: Record<string, unknown>;
}

// The effective status, as src/commitment/commitment-query.ts derives it.
const STATUS = `CASE WHEN coalesce(c.curatedStatus, c.status) = 'open' AND c.dueLatest < date() THEN 'overdue' ELSE coalesce(c.curatedStatus, c.status) END`;
// Passages of a relationship, with their sources.
const REL_EVIDENCE = `[pid IN coalesce(e.evidence, []) | head([(p:Passage {id: pid})-[:FROM_SOURCE]->(s:Source) | p {.quote, source: s {.fileName}}])]`;
const NAME = 'coalesce(x.name, x.subject, x.title, x.text, x.description)';

const MEETINGS_FLOOR = `
  CALL () { MATCH (m:Meeting {municipality: $municipality}) RETURN count(m) AS total }
  CALL () {
    MATCH (m:Meeting {municipality: $municipality})
    WITH m, toString(m.start) AS k
    WHERE $afterId IS NULL OR k < $afterKey OR (k = $afterKey AND m.id > $afterId)
    WITH m, k ORDER BY k DESC, m.id LIMIT 3
    RETURN collect({title: m.title, start: m.start, key: k, id: m.id, body: head([(m)-[:OF_BODY]->(b:Body) | b.name])}) AS page
  }
  RETURN total, page`;

const CASES: Case[] = [
  {
    example: LAMBRECHTS_COMMITMENTS,
    floor: `
      MATCH (p:Person {id: $person})
      CALL (p) { MATCH (p)-[:COMMITTED]->(c:Commitment) RETURN count(c) AS total }
      CALL (p) {
        MATCH (p)-[:COMMITTED]->(c:Commitment)
        WITH c ORDER BY c.dueLatest IS NULL, c.dueLatest, c.id LIMIT 21
        RETURN collect({text: c.text, status: ${STATUS}, due: {text: c.dueText, earliest: c.dueEarliest, latest: c.dueLatest},
          madeIn: head([(c)-[:MADE_IN]->(m:Meeting) | m.title])}) AS commitments
      }
      RETURN p.name AS name, total, commitments`,
    floorParams: { person: LAMBRECHTS },
  },
  {
    example: OVERDUE_COMMITMENTS,
    floor: `
      CALL () {
        MATCH (c:Commitment {municipality: $municipality}) WHERE coalesce(c.curatedStatus, c.status) = 'open' AND c.dueLatest < date()
        RETURN count(c) AS total
      }
      CALL () {
        MATCH (c:Commitment {municipality: $municipality}) WHERE coalesce(c.curatedStatus, c.status) = 'open' AND c.dueLatest < date()
        WITH c ORDER BY c.dueLatest, c.id LIMIT 21
        RETURN collect({text: c.text, due: {text: c.dueText, latest: c.dueLatest}, madeBy: head([(a:Entity)-[:COMMITTED]->(c) | a.name])}) AS page
      }
      RETURN total, page`,
    floorParams: { municipality: DORDRECHT },
  },
  { example: MEETINGS_FIRST_PAGE, label: 'page 1', floor: MEETINGS_FLOOR, floorParams: { municipality: DORDRECHT, afterKey: null, afterId: null } },
  {
    example: MEETINGS_NEXT_PAGE,
    label: 'page 2',
    floor: MEETINGS_FLOOR,
    floorParams: { municipality: DORDRECHT, afterKey: '2017-03-14T20:15:00', afterId: 'meeting:gm0505:commissie-sociale-leefomgeving-2017-03-14-20-15' },
  },
  {
    example: MEE_TO_LOKAAL_PLAN_JEUGD,
    floor: `
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = SHORTEST 50 ((a)-[r:$any($types)]-{1,6}(b) WHERE size(r) <= $maxHops)
      WITH DISTINCT nodes(p) AS ns
      WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
      WITH ns ORDER BY size(ns), [x IN ns | x.id] LIMIT $first
      CALL (ns) {
        UNWIND range(0, size(ns) - 2) AS i
        MATCH (x)-[e:$any($types)]-(y) WHERE x = ns[i] AND y = ns[i + 1]
        RETURN collect({type: type(e), evidence: ${REL_EVIDENCE}}) AS edges
      }
      RETURN size(ns) - 1 AS length, [x IN ns | {label: labels(x), name: ${NAME}}] AS nodes, edges`,
    floorParams: { from: MEE_VIVENZ, to: LOKAAL_PLAN_JEUGD, maxHops: int(4), first: int(2), types: FACT_LINK_TYPES },
  },
  {
    example: SOJ_NEIGHBOURHOOD,
    floor: `
      MATCH (n:Entity {id: $id})
      OPTIONAL MATCH (n)-[:$any($types)]-(m:Entity)
      WITH n, m ORDER BY m.id
      WITH n, collect(DISTINCT m) AS reached
      WITH [n] + reached[..$limit - 1] AS kept, size(reached) >= $limit AS truncated
      CALL (kept) {
        UNWIND kept AS x
        MATCH (x)-[e:$any($types)]->(y:Entity) WHERE y IN kept
        RETURN collect({type: type(e), from: x.id, to: y.id, evidence: [pid IN coalesce(e.evidence, []) | head([(p:Passage {id: pid})-[:FROM_SOURCE]->(:Source) | p.quote])]}) AS edges
      }
      RETURN truncated, [x IN kept | {id: x.id, label: labels(x), name: ${NAME}}] AS nodes, edges`,
    floorParams: { id: SOJ, limit: int(200), types: FACT_LINK_TYPES },
  },
  {
    example: DOSSIER_TIMELINE,
    floor: `${TIMELINE_EVENTS}
      WITH collect({date: left(at, 10), kind: kind, title: coalesce(e.name, e.subject, e.title, e.text, e.description)}) AS events
      RETURN size(events) AS totalCount, events[..11] AS page`,
    floorParams: { id: DOSSIER_1873661, types: FACT_LINK_TYPES },
  },
];


async function main(): Promise<void> {
  const { db, close } = await openSeededDatabase(logger, 'api-bench');
  const server = createServer({ db, logger });
  try {
    await server.start();
    let queries = 0;
    db.onQuery(() => queries++);
    const request = async (c: Case) => {
      const response = await server.executeOperation({ query: c.example.query, variables: { ...c.example.variables } }, { contextValue: createContext(db, logger) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) {
        throw new Error(`${c.example.name}: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body)}`);
      }
    };
    const rows: string[][] = [];
    for (const c of CASES) {
      const name = `${c.example.user}: ${c.example.name}${c.label === undefined ? '' : ` (${c.label})`}`;
      queries = 0;
      await request(c);
      const perRequest = queries;
      const floorRows = await db.read(c.floor, c.floorParams);
      if (floorRows.length === 0) throw new Error(`${name}: the floor query returned nothing`);
      // BENCH_SHOW_FLOOR=1 prints what each floor returns, to check it is the same data as the API's.
      if (process.env.BENCH_SHOW_FLOOR === '1') console.log(name, JSON.stringify(floorRows));
      const api = await time(() => request(c));
      const floor = await time(async () => {
        await db.read(c.floor, c.floorParams);
      });
      rows.push([name, String(perRequest), api.p50.toFixed(2), api.p95.toFixed(2), floor.p50.toFixed(2), floor.p95.toFixed(2), (api.p50 / floor.p50).toFixed(1)]);
    }
    printTable(['README example', 'cypher/req', 'api p50 ms', 'api p95 ms', 'floor p50 ms', 'floor p95 ms', 'api/floor p50'], rows);
    console.log(`\n${RUNS} runs each after ${WARM_UP} warm-up runs; floor = one hand-written Cypher query through the driver, same data.`);
  } finally {
    await server.stop();
    await close();
  }
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

await main();
