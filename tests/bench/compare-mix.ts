/**
 * The query mix of `npm run bench:compare` (compare.ts) and `tests/bench/profile-lists.ts`: for
 * each query raadsgraaf's operation, @neo4j/graphql's equivalent and the hand-written Cypher
 * floor, on ids picked from the bench store.
 */
import type { Database } from '../../src/db/database.js';
import { FACT_LINK_TYPES } from '../../src/graph/fact-links.js';
import { searchTerms } from '../../src/graph/search-terms.js';

export interface Gql {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}
export interface Case {
  readonly name: string;
  /** What the query stands for in the mix. */
  readonly kind: string;
  readonly ours: Gql;
  readonly peer: Gql | null;
  readonly floor: { readonly cypher: string; readonly params: Record<string, unknown> };
  /** false: the ids are compared as a set (a list neither side orders). */
  readonly ordered: boolean;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : String(x));

/** The ids the mix is about, picked from the store: a hub executive, a municipality, a dossier, ... */
export async function pick(db: Database): Promise<Record<string, string>> {
  const [row] = await db.read(`
    MATCH (p:Person)-[:COMMITTED]->(c:Commitment)
    WITH p, count(c) AS n ORDER BY n DESC, p.id LIMIT 1
    MATCH (p)-[:COMMITTED]->(c:Commitment)-[:IN_DOSSIER]->(d:Dossier)
    WITH p, c, d ORDER BY c.id LIMIT 1
    MATCH (f:Fractie {municipality: p.municipality})
    WITH p, c, d, f ORDER BY f.id LIMIT 1
    RETURN p.id AS person, p.municipality AS municipality, c.id AS commitment, d.id AS dossier, f.id AS fractie`);
  if (row === undefined) throw new Error('the store holds no commitment made by a person: build it with npm run bench:data');
  return { person: str(row.person), municipality: str(row.municipality), commitment: str(row.commitment), dossier: str(row.dossier), fractie: str(row.fractie) };
}


export function cases(p: Record<string, string>, deep: { ours: string | null; peer: string | null; lastId: string; offset: number }): Case[] {
  const m = p.municipality ?? '';
  const dueBefore = '2019-06-30';
  const flat = (rows: string) => `reduce(a = [], x IN ${rows} | a + x)`;
  return [
    {
      name: "a hub executive's commitments, due first, with meeting and dossier",
      kind: 'list, nested relations',
      ours: { query: 'query($id: ID!) { person(id: $id) { id commitments(first: 20) { edges { node { id madeIn { id } dossier { id } } } } } }', variables: { id: p.person } },
      peer: {
        query: 'query($id: ID!) { people(where: { id: { eq: $id } }) { id commitments(limit: 20, sort: [{ dueLatest: ASC }, { id: ASC }]) { id madeIn { id } dossier { id } } } }',
        variables: { id: p.person },
      },
      floor: {
        cypher: `MATCH (p:Person {id: $id})
          CALL (p) { MATCH (p)-[:COMMITTED]->(c:Commitment) WITH c ORDER BY c.dueLatest, c.id LIMIT 20
            RETURN collect([c.id] + [(c)-[:MADE_IN]->(m:Meeting) | m.id][..1] + [(c)-[:IN_DOSSIER]->(d:Dossier) | d.id][..1]) AS rows }
          RETURN [p.id] + ${flat('rows')} AS ids`,
        params: { id: p.person },
      },
      ordered: true,
    },
    {
      name: `commitments of ${m} due by ${dueBefore}, due first, totalCount, made by`,
      kind: 'filtered, ordered, totalCount',
      ours: {
        query: 'query($m: String!, $d: Date!) { commitments(filter: { municipality: $m, dueBefore: $d }, first: 20) { totalCount edges { node { id madeBy { id } } } } }',
        variables: { m, d: dueBefore },
      },
      peer: {
        query:
          'query($m: String!, $d: Date!) { commitmentsConnection(where: { municipality: { eq: $m }, dueLatest: { lte: $d } }, first: 20, sort: [{ dueLatest: ASC }, { id: ASC }]) { totalCount edges { node { id madeBy { id } } } } }',
        variables: { m, d: dueBefore },
      },
      floor: {
        cypher: `CALL () { MATCH (c:Commitment {municipality: $m}) WHERE c.dueLatest <= date($d) RETURN count(c) AS total }
          CALL () { MATCH (c:Commitment {municipality: $m}) WHERE c.dueLatest <= date($d) WITH c ORDER BY c.dueLatest, c.id LIMIT 20
            RETURN collect([c.id] + [(a:Person)-[:COMMITTED]->(c) | a.id][..1]) AS rows }
          RETURN ['#' + total] + ${flat('rows')} AS ids`,
        params: { m, d: dueBefore },
      },
      ordered: true,
    },
    {
      name: `meetings of ${m}, latest first, totalCount, body`,
      kind: 'filtered, ordered, totalCount',
      ours: { query: 'query($m: String!) { meetings(filter: { municipality: $m }, first: 20) { totalCount edges { node { id body { id } } } } }', variables: { m } },
      peer: {
        query: 'query($m: String!) { meetingsConnection(where: { municipality: { eq: $m } }, first: 20, sort: [{ start: DESC }, { id: ASC }]) { totalCount edges { node { id body { id } } } } }',
        variables: { m },
      },
      floor: {
        cypher: `CALL () { MATCH (x:Meeting {municipality: $m}) RETURN count(x) AS total }
          CALL () { MATCH (x:Meeting {municipality: $m}) WITH x ORDER BY x.start DESC, x.id LIMIT 20
            RETURN collect([x.id] + [(x)-[:OF_BODY]->(b:Body) | b.id][..1]) AS rows }
          RETURN ['#' + total] + ${flat('rows')} AS ids`,
        params: { m },
      },
      ordered: true,
    },
    {
      name: `dossiers by id, the page after ${deep.offset.toLocaleString('en')}`,
      kind: 'deep keyset page',
      ours: { query: 'query($after: String) { dossiers(first: 20, after: $after) { edges { node { id number } } } }', variables: { after: deep.ours } },
      peer: { query: 'query($after: String) { dossiersConnection(first: 20, after: $after, sort: [{ id: ASC }]) { edges { node { id number } } } }', variables: { after: deep.peer } },
      floor: { cypher: 'MATCH (d:Dossier) WHERE d.id > $after WITH d ORDER BY d.id LIMIT 20 RETURN collect(d.id) AS ids', params: { after: deep.lastId } },
      ordered: true,
    },
    {
      name: `count of ${m}'s commitments`,
      kind: 'count',
      ours: { query: 'query($m: String!) { commitments(filter: { municipality: $m }, first: 0) { totalCount } }', variables: { m } },
      peer: { query: 'query($m: String!) { commitmentsConnection(where: { municipality: { eq: $m } }) { totalCount } }', variables: { m } },
      floor: { cypher: "MATCH (c:Commitment {municipality: $m}) RETURN ['#' + count(c)] AS ids", params: { m } },
      ordered: true,
    },
    {
      name: 'count of all persons',
      kind: 'count',
      ours: { query: '{ persons(first: 0) { totalCount } }', variables: {} },
      peer: { query: '{ peopleConnection { totalCount } }', variables: {} },
      floor: { cypher: "MATCH (p:Person) RETURN ['#' + count(p)] AS ids", params: {} },
      ordered: true,
    },
    {
      name: 'a dossier by id, portfolio holder and documents',
      kind: 'lookup',
      ours: { query: 'query($id: ID!) { dossier(id: $id) { id number subject portfolioHolder { id } documents { id } } }', variables: { id: p.dossier } },
      peer: { query: 'query($id: ID!) { dossiers(where: { id: { eq: $id } }) { id number subject portfolioHolder { id } documents { id } } }', variables: { id: p.dossier } },
      floor: {
        cypher: `MATCH (d:Dossier {id: $id})
          RETURN [d.id] + [(a:Person)-[:PORTFOLIO_HOLDER_OF]->(d) | a.id] + [(x:Document)-[:IN_DOSSIER]->(d) | x.id] AS ids`,
        params: { id: p.dossier },
      },
      ordered: false,
    },
    {
      name: 'a commitment by id, who made it, where, which dossier',
      kind: 'lookup',
      ours: { query: 'query($id: ID!) { commitment(id: $id) { id text madeBy { id } madeIn { id } dossier { id } } }', variables: { id: p.commitment } },
      peer: { query: 'query($id: ID!) { commitments(where: { id: { eq: $id } }) { id text madeBy { id } madeIn { id } dossier { id } } }', variables: { id: p.commitment } },
      floor: {
        cypher: `MATCH (c:Commitment {id: $id})
          RETURN [c.id] + [(a:Person)-[:COMMITTED]->(c) | a.id][..1] + [(c)-[:MADE_IN]->(x:Meeting) | x.id][..1] + [(c)-[:IN_DOSSIER]->(x:Dossier) | x.id][..1] AS ids`,
        params: { id: p.commitment },
      },
      ordered: true,
    },
    {
      name: 'search "wijkteam jeugdzorg", first 10, totalCount',
      kind: 'search (floor only)',
      ours: { query: '{ search(query: "wijkteam jeugdzorg", first: 10) { totalCount edges { node { entity { id } } } } }', variables: {} },
      peer: null,
      floor: {
        cypher: `CALL () {
            CALL db.index.fulltext.queryNodes('entity_text', $lucene) YIELD node, score WHERE node:Entity RETURN node AS n, score
            UNION ALL
            CALL db.index.fulltext.queryNodes('passage_quote', $lucene) YIELD node, score MATCH (n:Entity)-[:EVIDENCED_BY]->(node) RETURN n, score
          }
          WITH n, max(score) AS best ORDER BY best DESC, n.id
          WITH collect(n.id) AS hits
          RETURN ['#' + size(hits)] + hits[..10] AS ids`,
        params: { lucene: searchTerms('wijkteam jeugdzorg').lucene },
      },
      ordered: true,
    },
    {
      name: "a dossier's neighbourhood, depth 1",
      kind: 'neighbourhood (floor only)',
      ours: { query: 'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 200) { nodes { id } } }', variables: { id: p.dossier } },
      peer: null,
      floor: {
        cypher: `MATCH (n:Entity {id: $id})
          OPTIONAL MATCH (n)-[:$any($types)]-(x:Entity) WHERE x <> n
          WITH n, x ORDER BY x.id
          WITH n, collect(DISTINCT x.id) AS reached
          RETURN [n.id] + reached[..199] AS ids`,
        params: { id: p.dossier, types: FACT_LINK_TYPES },
      },
      ordered: true,
    },
    {
      name: 'paths from a hub executive to a fractie, at most 4 hops, 3 paths',
      kind: 'paths (floor only)',
      ours: { query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { nodes { id } } }', variables: { a: p.person, b: p.fractie } },
      peer: null,
      floor: {
        cypher: `MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
          MATCH p = SHORTEST 50 ((a)-[r:$any($types)]-{1,6}(b) WHERE size(r) <= 4)
          WITH DISTINCT nodes(p) AS ns
          WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
          WITH [x IN ns | x.id] AS ids ORDER BY size(ids), ids LIMIT 3
          RETURN ${flat('collect(ids)')} AS ids`,
        params: { a: p.person, b: p.fractie, types: FACT_LINK_TYPES.filter((t) => t !== 'IN_MUNICIPALITY') },
      },
      ordered: true,
    },
  ];
}

