/**
 * Variants for tests/bench/cypher-cpu.ts: bench:compare's meeting list (20 of a municipality's
 * meetings, newest first, with totalCount and each meeting's body id) as raadsgraaf builds it
 * (src/meeting/meeting-query.ts, with the plan the operation gets), as @neo4j/graphql 7 sends it
 * (captured with `npm run bench:profile -- --peer --cypher --only meetings`), and the floor.
 *
 *   npx tsx tests/bench/cypher-cpu.ts --variants tests/bench/cypher-variants-meetings.ts
 */
import neo4j from 'neo4j-driver';
import { MEETING_HOPS } from '../../src/meeting/meeting-hops.js';
import { meetingTripCypher } from '../../src/meeting/meeting-query.js';
import type { ListPlan } from '../../src/node/list-plan.js';
import type { Variant } from './cypher-cpu.js';

const PLAN: ListPlan = {
  totalCount: true,
  hops: [{ field: 'body', hop: MEETING_HOPS.body, next: [], node: ['id', 'municipality'], rel: false }],
  evidence: false,
  row: ['id', 'municipality'],
};

export function variants(p: Record<string, string>): Variant[] {
  const m = p.municipality ?? '';
  const shape = { municipality: true, body: false, from: false, to: false, text: false };
  return [
    {
      name: 'raadsgraaf',
      cypher: meetingTripCypher(shape, 'first', PLAN),
      params: { municipality: m, body: null, from: null, to: null, text: null, afterKey: null, afterId: null, limit: neo4j.int(20) },
    },
    {
      name: '@neo4j/graphql',
      cypher: `CYPHER 5
MATCH (this0:Meeting)
WHERE this0.municipality = $param0
WITH collect({node: this0}) AS edges, count(this0) AS totalCount
CALL (edges) {
  UNWIND edges AS edge
  WITH edge.node AS this0
  WITH *
  ORDER BY this0.start DESC, this0.id ASC
  LIMIT $param1
  CALL (this0) {
    MATCH (this0)-[this1:OF_BODY]->(this2:Body)
    WITH DISTINCT this2
    WITH this2 { .id } AS this2
    RETURN collect(this2) AS var3
  }
  RETURN collect({node: {id: this0.id, body: var3, __resolveType: 'Meeting'}}) AS var4
}
RETURN {edges: var4, totalCount: totalCount} AS this`,
      params: { param0: m, param1: neo4j.int(20) },
    },
    {
      name: 'floor',
      cypher: `CALL () { MATCH (x:Meeting {municipality: $m}) RETURN count(x) AS total }
CALL () { MATCH (x:Meeting {municipality: $m}) WITH x ORDER BY x.start DESC, x.id LIMIT 20
  RETURN collect([x.id] + [(x)-[:OF_BODY]->(b:Body) | b.id][..1]) AS rows }
RETURN ['#' + total] + reduce(a = [], x IN rows | a + x) AS ids`,
      params: { m },
    },
    { name: 'RETURN 1 (a transaction\'s fixed cost)', cypher: 'RETURN 1 AS x', params: {} },
  ];
}
