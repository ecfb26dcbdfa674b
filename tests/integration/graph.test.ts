import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { FACT_LINK_TYPES } from '../../src/graph/fact-links.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import {
  COMMISSIE_SOCIALE_LEEFOMGEVING,
  COMMITMENT_MONITOR_WIJKTEAMS,
  COMMITMENT_SOJ_HUISARTSEN,
  DOSSIER_1873661,
  HUISARTSEN,
  LAMBRECHTS,
  LOKAAL_PLAN_JEUGD,
  MEE_VIVENZ,
  MEETING_2017_02_14,
  MEETING_2017_03_14,
  MEETING_2017_03_28,
  SEED_DOSSIER_FILE,
  SEED_SLIDES_FILE,
  SOCIALE_WIJKTEAMS,
  SOJ,
} from '../support/known-ids.js';

/**
 * The journalists' queries (issue 4) on the seed documents: paths, neighbourhood, timeline,
 * search, and their argument errors. Whole results where the dossier page fixes the facts.
 */

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

const PATHS = /* GraphQL */ `
  query Connected($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes { id label kind name }
      edges { type from to role evidence { quote start end source { fileName municipality } } }
    }
  }
`;

const SOJ_COMMITMENT_TEXT = 'De wethouder zegt toe bij de SOJ te informeren over doorverwijzingsgegevens van huisartsen naar de jeugdteams.';
const MONITOR_COMMITMENT_TEXT =
  'De wethouder zegt toe om de voortgang te monitoren van de doelen en uitgangspunten van de sociale wijkteams en de raad hier na de zomer over te informeren.';
const DOSSIER_SUBJECT = 'Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk';

const fromDossierPage = (quote: string, start: number, end: number) => ({ quote, start, end, source: { fileName: SEED_DOSSIER_FILE, municipality: 'GM0505' } });
const SOJ_COMMITMENT_QUOTE = fromDossierPage(SOJ_COMMITMENT_TEXT, 2995, 3105);
const MONITOR_COMMITMENT_QUOTE = fromDossierPage(MONITOR_COMMITMENT_TEXT, 3423, 3578);

const lambrechts = { id: LAMBRECHTS, label: 'Person', kind: 'PERSON', name: 'Karin Lambrechts' };
const sojCommitment = { id: COMMITMENT_SOJ_HUISARTSEN, label: 'Commitment', kind: 'COMMITMENT', name: SOJ_COMMITMENT_TEXT };
const monitorCommitment = { id: COMMITMENT_MONITOR_WIJKTEAMS, label: 'Commitment', kind: 'COMMITMENT', name: MONITOR_COMMITMENT_TEXT };
const huisartsen = { id: HUISARTSEN, label: 'Organisation', kind: 'ORGANISATION', name: 'huisartsen' };
const dossier = { id: DOSSIER_1873661, label: 'Dossier', kind: 'DOSSIER', name: DOSSIER_SUBJECT };

describe('paths(from:, to:)', () => {
  it('how is wethouder Lambrechts connected to the huisartsen, with the quotes', async () => {
    const result = await execute(server, db, PATHS, { from: LAMBRECHTS, to: HUISARTSEN });
    expect(result).toEqual({
      data: {
        paths: [
          {
            length: 2,
            nodes: [lambrechts, sojCommitment, huisartsen],
            edges: [
              { type: 'COMMITTED', from: LAMBRECHTS, to: COMMITMENT_SOJ_HUISARTSEN, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
              { type: 'CONCERNS', from: COMMITMENT_SOJ_HUISARTSEN, to: HUISARTSEN, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
            ],
          },
          {
            length: 3,
            nodes: [lambrechts, dossier, sojCommitment, huisartsen],
            edges: [
              {
                type: 'PORTFOLIO_HOLDER_OF',
                from: LAMBRECHTS,
                to: DOSSIER_1873661,
                role: null,
                evidence: [fromDossierPage('Portefeuille houder\tLambrechts, Karin (C.M.L.)', 271, 317)],
              },
              { type: 'IN_DOSSIER', from: COMMITMENT_SOJ_HUISARTSEN, to: DOSSIER_1873661, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
              { type: 'CONCERNS', from: COMMITMENT_SOJ_HUISARTSEN, to: HUISARTSEN, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
            ],
          },
          {
            length: 4,
            nodes: [lambrechts, monitorCommitment, dossier, sojCommitment, huisartsen],
            edges: [
              { type: 'COMMITTED', from: LAMBRECHTS, to: COMMITMENT_MONITOR_WIJKTEAMS, role: null, evidence: [MONITOR_COMMITMENT_QUOTE] },
              { type: 'IN_DOSSIER', from: COMMITMENT_MONITOR_WIJKTEAMS, to: DOSSIER_1873661, role: null, evidence: [MONITOR_COMMITMENT_QUOTE] },
              { type: 'IN_DOSSIER', from: COMMITMENT_SOJ_HUISARTSEN, to: DOSSIER_1873661, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
              { type: 'CONCERNS', from: COMMITMENT_SOJ_HUISARTSEN, to: HUISARTSEN, role: null, evidence: [SOJ_COMMITMENT_QUOTE] },
            ],
          },
        ],
      },
    });
  });

  it('stops at maxHops and at first', async () => {
    const result = await execute(server, db, 'query Short($from: ID!, $to: ID!) { one: paths(from: $from, to: $to, maxHops: 1) { length } two: paths(from: $from, to: $to, maxHops: 2) { length } firstOnly: paths(from: $from, to: $to, first: 1) { length } }', {
      from: LAMBRECHTS,
      to: HUISARTSEN,
    });
    expect(result).toEqual({ data: { one: [], two: [{ length: 2 }], firstOnly: [{ length: 2 }] } });
  });

  /*
   * The 2020 slides say, under "Toekomstige opdracht en organisatie in recent beleid":
   * "Lokaal plan jeugd (begin 2019): streven naar een eenduidige aansturing" (of the wijkteam),
   * and that MEE-Vivenz is the wijkteam's lead contractor / penvoerder and is subsidised. A
   * journalist must get from MEE-Vivenz to the Lokaal plan jeugd in a few hops, every hop
   * quoted from the slides, the last one quoting the plan's line.
   */
  it('how are MEE-Vivenz and the Lokaal plan jeugd connected, with the quotes', async () => {
    const result = await execute(server, db, PATHS, { from: MEE_VIVENZ, to: LOKAAL_PLAN_JEUGD, maxHops: 4, first: 3 });
    expect(result.errors).toBeUndefined();
    const paths = (result.data?.paths ?? []) as { length: number; nodes: { id: string }[]; edges: { from: string; to: string; evidence: { quote: string; source: { fileName: string } }[] }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const ids = path.nodes.map((n) => n.id);
      expect(ids[0]).toBe(MEE_VIVENZ);
      expect(ids[ids.length - 1]).toBe(LOKAAL_PLAN_JEUGD);
      expect(new Set(ids).size).toBe(ids.length);
      expect(path.length).toBe(ids.length - 1);
      expect(path.length).toBeLessThanOrEqual(3);
      // Every hop has at least one edge, every edge joins consecutive nodes and is quoted.
      for (let i = 0; i < path.length; i++) {
        const pair = [ids[i], ids[i + 1]].sort();
        expect(path.edges.some((e) => JSON.stringify([e.from, e.to].sort()) === JSON.stringify(pair))).toBe(true);
      }
      for (const edge of path.edges) {
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const passage of edge.evidence) expect(passage.source.fileName).toBe(SEED_SLIDES_FILE);
      }
      const last = path.edges.filter((e) => e.from === LOKAAL_PLAN_JEUGD || e.to === LOKAAL_PLAN_JEUGD);
      expect(last.flatMap((e) => e.evidence.map((p) => p.quote)).some((q) => q.startsWith('Lokaal plan jeugd (begin 2019): streven naar een\neenduidige aansturing'))).toBe(true);
    }
  });

  it('gives no paths for an unknown id or the same id twice (absence is not an error)', async () => {
    const result = await execute(server, db, 'query Nowhere { unknown: paths(from: "person:gm0505:nobody", to: "organisation:gm0505:huisartsen") { length } same: paths(from: "organisation:gm0505:huisartsen", to: "organisation:gm0505:huisartsen") { length } }');
    expect(result).toEqual({ data: { unknown: [], same: [] } });
  });
});

const NEIGHBOURHOOD = /* GraphQL */ `
  query Around($id: ID!, $depth: Int, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { id label name }
      edges { id type from to role evidence { quote start end source { fileName municipality } } }
    }
  }
`;

describe('neighbourhood(id:)', () => {
  it('gives the same nodes, in the same order, when only the nodes are asked for (the relationships among them are then not read)', async () => {
    for (const depth of [1, 2, 3]) {
      const full = await execute(server, db, 'query Full($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d, limit: 5) { truncated nodes { id label } edges { from } } }', { id: SOJ, d: depth });
      const nodes = await execute(server, db, 'query Nodes($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d, limit: 5) { nodes { id label } } }', { id: SOJ, d: depth });
      const subgraph = full.data?.neighbourhood as { nodes: unknown[] };
      expect(subgraph.nodes.length).toBeGreaterThan(1);
      expect(nodes.data).toEqual({ neighbourhood: { nodes: subgraph.nodes } });
    }
  });

  it('gives the same nodes slim (id, label and kind only projected) as whole, at every depth', async () => {
    for (const depth of [1, 2, 3]) {
      const whole = await execute(server, db, 'query Whole($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d, limit: 50) { nodes { id label kind name } } }', { id: SOJ, d: depth });
      const slim = await execute(server, db, 'query Slim($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d, limit: 50) { nodes { id label kind } } }', { id: SOJ, d: depth });
      const nodes = (whole.data?.neighbourhood as { nodes: { id: string; label: string; kind: string }[] }).nodes;
      expect(nodes.length).toBeGreaterThan(1);
      expect(slim.data).toEqual({ neighbourhood: { nodes: nodes.map(({ id, label, kind }) => ({ id, label, kind })) } });
    }
  });

  it('reaches at depth 1, with a plain pattern, the entities ANY SHORTEST {1,1} reaches, in the same order', async () => {
    const hubs = await db.read<{ id: string }>('MATCH (n:Entity) WITH n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 6 RETURN n.id AS id');
    expect(hubs.length).toBe(6);
    for (const { id } of [...hubs, { id: SOJ }]) {
      const [reference] = await db.read<{ ids: string[] }>(
        `MATCH (n:Entity {id: $id})
         OPTIONAL MATCH p = ANY SHORTEST ((n)-[r:$any($types)]-{1,1}(m:Entity))
         WITH n, m, length(p) AS distance ORDER BY distance, m.id
         WITH n, collect(m.id) AS reached
         RETURN [n.id] + reached[..999] AS ids`,
        { id, types: FACT_LINK_TYPES },
      );
      for (const query of [
        'query Plain($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1000) { nodes { id } } }',
        'query PlainWithEdges($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1000) { truncated nodes { id } edges { from } } }',
      ]) {
        const result = await execute(server, db, query, { id });
        expect((result.data?.neighbourhood as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual(reference?.ids);
      }
    }
  });

  it('the neighbourhood of SOJ: the centre first, every node once, every edge between two of them and quoted', async () => {
    const result = await execute(server, db, NEIGHBOURHOOD, { id: SOJ });
    expect(result.errors).toBeUndefined();
    const sub = result.data?.neighbourhood as {
      truncated: boolean;
      nodes: { id: string; label: string; name: string }[];
      edges: { id: string; type: string; from: string; to: string; evidence: { quote: string; source: { fileName: string } }[] }[];
    };
    const ids = sub.nodes.map((n) => n.id);
    expect(sub.truncated).toBe(false);
    expect(sub.nodes[0]).toEqual({ id: SOJ, label: 'Organisation', name: 'Serviceorganisatie Jeugd' });
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sub.edges.map((e) => e.id)).size).toBe(sub.edges.length);
    for (const edge of sub.edges) {
      expect(ids).toContain(edge.from);
      expect(ids).toContain(edge.to);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    // Depth 1: every node but the centre touches the centre.
    for (const id of ids.slice(1)) expect(sub.edges.some((e) => (e.from === SOJ && e.to === id) || (e.to === SOJ && e.from === id))).toBe(true);
    // What the dossier page says about SOJ, exactly.
    expect(sub.nodes).toContainEqual({ id: COMMITMENT_SOJ_HUISARTSEN, label: 'Commitment', name: SOJ_COMMITMENT_TEXT });
    expect(sub.edges).toContainEqual({
      id: `${COMMITMENT_SOJ_HUISARTSEN}|CONCERNS|${SOJ}|`,
      type: 'CONCERNS',
      from: COMMITMENT_SOJ_HUISARTSEN,
      to: SOJ,
      role: null,
      evidence: [SOJ_COMMITMENT_QUOTE],
    });
    // The slides: SOJ is party to agreements (the funding of the wijkteams "deels via SOJ", the contract with Stichting Jeugdteams).
    expect(sub.nodes.filter((n) => n.label === 'Agreement').length).toBeGreaterThan(0);
    expect(sub.nodes.map((n) => n.label)).not.toContain('Municipality');
  });

  it('gives each drawn node as its typed Node', async () => {
    const result = await execute(server, db, 'query Typed($id: ID!) { neighbourhood(id: $id) { nodes { id label node { __typename id } } } }', { id: SOJ });
    const nodes = (result.data?.neighbourhood as { nodes: { id: string; label: string; node: { __typename: string; id: string } | null }[] }).nodes;
    expect(nodes.map((n) => n.node)).toEqual(nodes.map((n) => ({ __typename: n.label, id: n.id })));
  });

  it('the two-hop neighbourhood of the huisartsen, whole', async () => {
    const result = await execute(server, db, 'query Huisartsen($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 3) { truncated nodes { id } edges { type from to } } }', { id: HUISARTSEN });
    expect(result).toEqual({
      data: {
        neighbourhood: {
          truncated: true,
          // Nearest first, then by id: of the commitment's neighbours the committee sorts first.
          nodes: [{ id: HUISARTSEN }, { id: COMMITMENT_SOJ_HUISARTSEN }, { id: COMMISSIE_SOCIALE_LEEFOMGEVING }],
          edges: [
            { type: 'CONCERNS', from: COMMITMENT_SOJ_HUISARTSEN, to: HUISARTSEN },
            { type: 'PROMISED_TO', from: COMMITMENT_SOJ_HUISARTSEN, to: COMMISSIE_SOCIALE_LEEFOMGEVING },
          ],
        },
      },
    });
  });

  it('cuts at limit and says so', async () => {
    const result = await execute(server, db, NEIGHBOURHOOD, { id: SOJ, limit: 1 });
    expect(result).toEqual({ data: { neighbourhood: { truncated: true, nodes: [{ id: SOJ, label: 'Organisation', name: 'Serviceorganisatie Jeugd' }], edges: [] } } });
  });

  it('is null for an unknown id', async () => {
    const result = await execute(server, db, NEIGHBOURHOOD, { id: 'organisation:gm0505:nobody' });
    expect(result).toEqual({ data: { neighbourhood: null } });
  });

  it('loads all evidence of all edges in a bounded number of queries', async () => {
    let queries = 0;
    const stop = db.onQuery(() => queries++);
    try {
      await execute(server, db, NEIGHBOURHOOD, { id: DOSSIER_1873661, depth: 2, limit: 500 });
    } finally {
      stop();
    }
    // The neighbourhood, the passages of every edge, their sources.
    expect(queries).toBe(3);
  });
});

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!, $first: Int, $after: String) {
    timeline(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges { cursor node { date at kind title entity { id label } } }
    }
  }
`;

const REQUEST = 'request:gm0505:1873661-';
const DOSSIER_TIMELINE = [
  { date: '2017-02-01', at: null, kind: 'DOSSIER_CREATED', title: DOSSIER_SUBJECT, entity: { id: DOSSIER_1873661, label: 'Dossier' } },
  { date: '2017-02-14', at: '2017-02-14T20:00:00+01:00', kind: 'MEETING', title: 'Commissie Sociale Leefomgeving 2017-02-14 20:00', entity: { id: MEETING_2017_02_14, label: 'Meeting' } },
  {
    date: '2017-02-14',
    at: null,
    kind: 'DECISION',
    title: 'De commissie (CDA, SP, GroenLinks, VVD, CU/SGP) besluit het raadsvoorstel op de agenda te zetten.',
    entity: { id: 'decision:gm0505:1873661-2017-02-14-de-commissie-cda-sp-groenlinks-vvd-cu-sgp', label: 'Decision' },
  },
  {
    date: '2017-02-14',
    at: null,
    kind: 'REQUEST',
    title: 'De politieke vraag van het CDA hierbij is: in hoeverre is de raad tevreden met de huidige stand van zaken, afgezet tegen de theorie van 1 plan/1 gezin.',
    entity: { id: `${REQUEST}2017-02-14-de-politieke-vraag-van-het-cda-hierbij-is`, label: 'Request' },
  },
  {
    date: '2017-02-14',
    at: null,
    kind: 'REQUEST',
    title: 'SP vraagt zich af: krijgen we te maken met wurgcontracten met zorgverzekeraars, waarmee wijkverpleging ophoudt zodra het budget op is?',
    entity: { id: `${REQUEST}2017-02-14-sp-vraagt-zich-af-krijgen-we-te-maken`, label: 'Request' },
  },
  { date: '2017-03-14', at: '2017-03-14T20:15:00+01:00', kind: 'MEETING', title: 'Commissie Sociale Leefomgeving 2017-03-14 20:15', entity: { id: MEETING_2017_03_14, label: 'Meeting' } },
  { date: '2017-03-14', at: null, kind: 'COMMITMENT_MADE', title: SOJ_COMMITMENT_TEXT, entity: { id: COMMITMENT_SOJ_HUISARTSEN, label: 'Commitment' } },
  { date: '2017-03-14', at: null, kind: 'COMMITMENT_MADE', title: MONITOR_COMMITMENT_TEXT, entity: { id: COMMITMENT_MONITOR_WIJKTEAMS, label: 'Commitment' } },
  {
    date: '2017-03-14',
    at: null,
    kind: 'DECISION',
    title: 'De commissie besluit de raadsinformatiebrief ter kennisname te sturen aan de raad.',
    entity: { id: 'decision:gm0505:1873661-2017-03-14-de-commissie-besluit-de-raadsinformatiebrief-ter-kennisname-te', label: 'Decision' },
  },
  {
    date: '2017-03-14',
    at: null,
    kind: 'DECISION',
    title: 'De commissie besluit het raadsvoorstel als hamerstuk te sturen aan de gemeenteraad.',
    entity: { id: 'decision:gm0505:1873661-2017-03-14-de-commissie-besluit-het-raadsvoorstel-als-hamerstuk-te', label: 'Decision' },
  },
  {
    date: '2017-03-14',
    at: null,
    kind: 'REQUEST',
    title: 'CDA en PvdA vragen om extra visie op de beoogde regisseursrol van de integrale teams.',
    entity: { id: `${REQUEST}2017-03-14-cda-en-pvda-vragen-om-extra-visie-op`, label: 'Request' },
  },
  {
    date: '2017-03-14',
    at: null,
    kind: 'REQUEST',
    title: 'Fractie D66 vraagt (korte en bondige) monitoring op: bekendheid, samenwerking in de wijk, cliëntervaring en bejegening.',
    entity: { id: `${REQUEST}2017-03-14-fractie-d66-vraagt-korte-en-bondige-monitoring-op`, label: 'Request' },
  },
  {
    date: '2017-03-14',
    at: null,
    kind: 'REQUEST',
    title: 'Fractie PvdA stelt monitoring voor van de doorontwikkeling van de integrale teams, bijvoorbeeld aansluitend bij pagina 4, alinea 2, zin 2 van de startnotitie.',
    entity: { id: `${REQUEST}2017-03-14-fractie-pvda-stelt-monitoring-voor-van-de-doorontwikkeling`, label: 'Request' },
  },
  {
    date: '2017-03-14',
    at: null,
    kind: 'REQUEST',
    title: 'Fracties vragen om inzicht in afwijkingen ten opzichte van vastgestelde Beleidsrijk Transitiearrangement, zoals het idee van zelfsturende (jeugd)teams.',
    entity: { id: `${REQUEST}2017-03-14-fracties-vragen-om-inzicht-in-afwijkingen-ten-opzichte`, label: 'Request' },
  },
  { date: '2017-03-28', at: '2017-03-28T14:00:00+02:00', kind: 'MEETING', title: 'Gemeenteraad 2017-03-28 14:00', entity: { id: MEETING_2017_03_28, label: 'Meeting' } },
  {
    date: '2017-03-28',
    at: null,
    kind: 'DECISION',
    title: 'De raad stemt in met het voorstel.',
    entity: { id: 'decision:gm0505:1873661-2017-03-28-de-raad-stemt-in-met-het-voorstel', label: 'Decision' },
  },
  {
    date: '2017-03-28',
    at: null,
    kind: 'REQUEST',
    title: 'De fractie CDA legt een stemverklaring af.',
    entity: { id: `${REQUEST}2017-03-28-de-fractie-cda-legt-een-stemverklaring-af`, label: 'Request' },
  },
  // "na de zomer", said on 2017-03-14: due by the end of 2017.
  { date: '2017-12-31', at: null, kind: 'COMMITMENT_DUE', title: MONITOR_COMMITMENT_TEXT, entity: { id: COMMITMENT_MONITOR_WIJKTEAMS, label: 'Commitment' } },
];

describe('timeline(id:)', () => {
  it('the timeline of dossier 1873661, in time order, meetings before what was said in them', async () => {
    const result = await execute(server, db, TIMELINE, { id: DOSSIER_1873661, first: 100 });
    const timeline = result.data?.timeline as { edges: { cursor: string; node: unknown }[] };
    expect(result).toEqual({
      data: {
        timeline: {
          totalCount: DOSSIER_TIMELINE.length,
          pageInfo: { hasNextPage: false, hasPreviousPage: false },
          edges: DOSSIER_TIMELINE.map((node, i) => ({ cursor: timeline.edges[i]?.cursor, node })),
        },
      },
    });
  });

  it('pages by keyset: page after page gives the whole timeline once', async () => {
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await execute(server, db, TIMELINE, { id: DOSSIER_1873661, first: 5, after });
      const t = result.data?.timeline as { pageInfo: { hasNextPage: boolean }; edges: { cursor: string; node: unknown }[] };
      seen.push(...t.edges.map((e) => e.node));
      if (!t.pageInfo.hasNextPage) break;
      after = t.edges[t.edges.length - 1]?.cursor ?? null;
    }
    expect(seen).toEqual(DOSSIER_TIMELINE);
  });

  it('gives each event the evidence of its entity', async () => {
    const result = await execute(server, db, 'query MeetingEvidence($id: ID!) { timeline(id: $id, first: 2) { edges { node { kind evidence { quote source { fileName } } } } } }', { id: DOSSIER_1873661 });
    const edges = (result.data?.timeline as { edges: { node: { kind: string; evidence: { quote: string; source: { fileName: string } }[] } }[] }).edges;
    expect(edges[1]?.node.kind).toBe('MEETING');
    expect(edges[1]?.node.evidence.map((p) => p.source.fileName)).toContain(SEED_DOSSIER_FILE);
    expect(edges[1]?.node.evidence.some((p) => p.quote.includes('14 februari 2017'))).toBe(true);
  });

  it('is empty for an unknown id', async () => {
    const result = await execute(server, db, TIMELINE, { id: 'dossier:gm0505:0' });
    expect(result).toEqual({ data: { timeline: { totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [] } } });
  });
});

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [NodeKind!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { entity { id kind name } matchedIn snippet passage { start end } } }
    }
  }
`;

const SEARCH_SCORED = SEARCH.replace('matchedIn', 'score matchedIn');

describe('search(query:)', () => {
  /*
   * The order of hits with close scores is the engine's (it shifts as the corpus grows); the
   * contract is: ranked by score, the exact name first, and these hits with these snippets.
   */
  it('finds the huisartsen, ranked, with highlighted snippets', async () => {
    const result = await execute(server, db, SEARCH_SCORED, { query: 'huisartsen' });
    const search = result.data?.search as { totalCount: number; pageInfo: unknown; edges: { node: { score: number; entity: { id: string } } & Record<string, unknown> }[] };
    const scores = search.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search.edges[0]?.node.entity.id).toBe(HUISARTSEN);
    const hits = search.edges.map(({ node: { score: _score, ...hit } }) => hit).sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
    expect({ totalCount: search.totalCount, pageInfo: search.pageInfo, hits }).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
      hits: [
        {
          entity: { id: COMMITMENT_SOJ_HUISARTSEN, kind: 'COMMITMENT', name: SOJ_COMMITMENT_TEXT },
          matchedIn: 'text',
          snippet: 'De wethouder zegt toe bij de SOJ te informeren over doorverwijzingsgegevens van «huisartsen» naar de jeugdteams.',
          passage: { start: 2995, end: 3105 },
        },
        {
          entity: { id: DOSSIER_1873661, kind: 'DOSSIER', name: DOSSIER_SUBJECT },
          matchedIn: 'summary',
          snippet: '…(3) de verbinding in de wijk, bijvoorbeeld met «huisartsen», beperkt is, (4) er onduidelijkheid bestaat bij bewoners en professionals over de verschillende…',
          passage: { start: 1242, end: 1307 },
        },
        { entity: { id: HUISARTSEN, kind: 'ORGANISATION', name: 'huisartsen' }, matchedIn: 'name', snippet: '«huisartsen»', passage: { start: 1285, end: 1295 } },
      ],
    });
  });

  it('finds the wijkteams by a word prefix, limited to organisations', async () => {
    const result = await execute(server, db, SEARCH, { query: 'wijkteam', types: ['ORGANISATION'], first: 1 });
    const search = result.data?.search as { edges: { node: { entity: { id: string }; matchedIn: string; snippet: string } }[] };
    expect(search.edges.map((e) => [e.node.entity.id, e.node.matchedIn, e.node.snippet])).toEqual([[SOCIALE_WIJKTEAMS, 'name', 'sociale «wijkteams»']]);
  });

  it('reads a page with its totalCount in one query, the same page and count as asked apart', async () => {
    let queries = 0;
    const stop = db.onQuery(() => queries++);
    const both = await execute(server, db, 'query Both { search(query: "wijkteam", first: 2) { totalCount edges { node { entity { id } snippet } } } }');
    stop();
    expect(queries).toBe(1);
    const page = await execute(server, db, 'query Page { search(query: "wijkteam", first: 2) { edges { node { entity { id } snippet } } } }');
    const count = await execute(server, db, 'query Count { search(query: "wijkteam", first: 0) { totalCount } }');
    const answer = both.data?.search as { totalCount: number; edges: unknown[] };
    expect(answer.edges).toEqual((page.data?.search as { edges: unknown[] }).edges);
    expect(answer.totalCount).toBe((count.data?.search as { totalCount: number }).totalCount);
    expect(answer.totalCount).toBeGreaterThan(2);
  });

  it('gives the same hits slim (entity id, label and kind, score, passage) as with the texts, with and without totalCount', async () => {
    for (const counted of ['totalCount', '']) {
      const slimSel = `${counted} edges { cursor node { score entity { id label kind } passage { id } } }`;
      const slim = await execute(server, db, `query Slim { search(query: "wijkteam jeugd", first: 20) { ${slimSel} } }`);
      const whole = await execute(server, db, `query Whole { search(query: "wijkteam jeugd", first: 20) { ${counted} edges { cursor node { score entity { id label kind name } passage { id } snippet matchedIn } } } }`);
      type Hits = { totalCount?: number; edges: { cursor: string; node: { score: number; entity: { id: string; label: string; kind: string; name?: string }; passage: { id: string } | null; snippet?: string; matchedIn?: string } }[] };
      const w = whole.data?.search as Hits;
      expect(w.edges.length).toBeGreaterThan(2);
      expect(w.edges.some((e) => e.node.passage !== null)).toBe(true);
      expect(w.edges.every((e) => (e.node.snippet ?? '').length > 0)).toBe(true);
      const stripped = w.edges.map(({ cursor, node: { score, entity: { id, label, kind }, passage } }) => ({ cursor, node: { score, entity: { id, label, kind }, passage } }));
      expect(slim.data).toEqual({ search: { ...(counted === '' ? {} : { totalCount: w.totalCount }), edges: stripped } });
    }
  });

  it('pages by offset: the second page starts where the first ended', async () => {
    const all = await execute(server, db, 'query All { search(query: "wijkteam", first: 100) { edges { node { entity { id } } } } }');
    const first = await execute(server, db, 'query First { search(query: "wijkteam", first: 2) { pageInfo { endCursor } edges { node { entity { id } } } } }');
    const endCursor = (first.data?.search as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const second = await execute(server, db, 'query Second($after: String) { search(query: "wijkteam", first: 2, after: $after) { edges { node { entity { id } } } } }', { after: endCursor });
    const ids = (r: typeof all) => (r.data?.search as { edges: { node: { entity: { id: string } } }[] }).edges.map((e) => e.node.entity.id);
    expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 4));
  });

  it('takes Lucene syntax in the query literally', async () => {
    const plain = await execute(server, db, SEARCH, { query: 'huisartsen' });
    const odd = await execute(server, db, SEARCH, { query: '"huisartsen) AND ~' });
    expect(odd).toEqual(plain);
  });
});

describe('argument errors name the argument', () => {
  // [operation, argument, message]; a nullable field answers null beside its error.
  const cases: [string, string, string][] = [
    ['query E { paths(from: "a", to: "b", maxHops: 0) { length } }', 'maxHops', 'maxHops: must be a whole number from 1 to 6'],
    ['query E { paths(from: "a", to: "b", maxHops: 7) { length } }', 'maxHops', 'maxHops: must be a whole number from 1 to 6'],
    ['query E { paths(from: "a", to: "b", first: 11) { length } }', 'first', 'first: must be a whole number from 1 to 10'],
    ['query E { neighbourhood(id: "a", depth: 4) { truncated } }', 'depth', 'depth: must be a whole number from 1 to 3'],
    ['query E { neighbourhood(id: "a", limit: 0) { truncated } }', 'limit', 'limit: must be a whole number from 1 to 1000'],
    ['query E { neighbourhood(id: "a", limit: 1001) { truncated } }', 'limit', 'limit: must be a whole number from 1 to 1000'],
    ['query E { timeline(id: "a", first: 101) { totalCount } }', 'first', 'first: must be at most 100'],
    ['query E { timeline(id: "a", after: "nonsense") { totalCount } }', 'after', 'after: not a cursor this API gave out'],
    ['query E { search(query: "+-&&||!(){}[]^~*?:\\\\/") { totalCount } }', 'query', 'query: must contain a letter or a digit'],
    [`query E { search(query: "${'a'.repeat(201)}") { totalCount } }`, 'query', 'query: must be at most 200 characters'],
  ];
  it.each(cases)('%s', async (query, argument, message) => {
    const result = await execute(server, db, query);
    expect(result.data).toEqual(query.includes('neighbourhood') ? { neighbourhood: null } : null);
    expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([[message, 'BAD_USER_INPUT', argument]]);
  });
});
