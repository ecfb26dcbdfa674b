import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { listen, type Listening } from '../../src/server.js';
import { closeTestServer, createTestServer, execute, openTestServer, testLogger } from '../support/harness.js';
import { DOSSIER_1873661, SEED_DOSSIER_FILE } from '../support/known-ids.js';

const DOSSIER_QUERY = /* GraphQL */ `
  query SeedDossier($number: String!) {
    dossier(number: $number) {
      id
      number
      subject
      created
      caseType
      caseNumber
      bwDecisionDate
      pillar
      programme
      summary
      problems
      municipality
      portfolioHolder { name initials }
      officials { name role evidence { quote } }
      documents { kind title }
      topics { name code kind }
      evidence { quote start end source { fileName } }
    }
  }
`;

const TOELICHTING =
  'Na de betrekkelijk zachte landing van de drie decentralisaties in 2015, zijn we vanaf 2016 in de fase van transformatie van het lokale sociale domein. We hebben, samen met bewoners en relevante (uitvoerings)partners, een visie en plan ontwikkeld voor de doorontwikkeling naar een herkenbare, nabije en effectieve manier van het bieden van informatie, advies en ondersteuning aan alle Dordtse bewoners in de Dordtse wijken. Dit is verwoord in de notitie Een sterke basis in de wijk (bijlage). De sociale teams en jeugdteams vormen een belangrijke kern in het professionele netwerk in de wijk. Bovendien zijn we als gemeente verantwoordelijk voor de teams, en op het gebied van de teams is er nog veel winst te behalen. We constateren namelijk dat (1) de bekendheid van de teams laag is, (2) de integraliteit tussen de sociale teams en jeugdteams beperkt is, (3) de verbinding in de wijk, bijvoorbeeld met huisartsen, beperkt is, (4) er onduidelijkheid bestaat bij bewoners en professionals over de verschillende voordeuren, en (5) de samenwerking tussen de teams en met partners vooral ad hoc is. We willen in de eerste helft van 2017 de sociale teams en jeugdteams daarom doorontwikkelen tot integrale sociale wijkteams in nagenoeg iedere wijk. Hiervoor is een startnotitie opgesteld (bijlage).';
const TOELICHTING_LINE = `Toelichting\t${TOELICHTING}`;

/** The five problems the Toelichting names about the teams, with their offsets in the seed. */
const PROBLEMS: [string, number, number][] = [
  ['de bekendheid van de teams laag is', 1131, 1165],
  ['de integraliteit tussen de sociale teams en jeugdteams beperkt is', 1171, 1236],
  ['de verbinding in de wijk, bijvoorbeeld met huisartsen, beperkt is', 1242, 1307],
  ['er onduidelijkheid bestaat bij bewoners en professionals over de verschillende voordeuren', 1313, 1402],
  ['de samenwerking tussen de teams en met partners vooral ad hoc is', 1411, 1475],
];

const EXPECTED_DOSSIER = {
  id: DOSSIER_1873661,
  number: '1873661',
  subject: 'Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk',
  created: '2017-02-01',
  caseType: 'Raadsvoorstel GDD',
  caseNumber: '1790013',
  bwDecisionDate: '2017-01-31',
  pillar: 'Sociale Leefomgeving',
  programme: 'Zorg en Ondersteuning',
  summary: TOELICHTING,
  problems: PROBLEMS.map(([quote]) => quote),
  municipality: 'GM0505',
  portfolioHolder: { name: 'Karin Lambrechts', initials: 'C.M.L.' },
  officials: [
    {
      name: 'D. Coenen',
      role: 'aanspreekpunt',
      evidence: [
        { quote: 'Aanspreekpunt\tD. Coenen' },
        { quote: 'Aanspreekpunt telefoon\t078 770 4980' },
        { quote: 'Aanspreekpunt e-mail\td.coenen@Dordrecht.nl' },
      ],
    },
    { name: 'B.W. van der Heide', role: 'behandelend ambtenaar', evidence: [{ quote: 'Behandeld ambtenaar\tBW van der Heide, 078 770 4731' }] },
  ],
  documents: [
    { kind: 'Raadsvoorstel', title: 'Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk' },
    { kind: 'Ontwerpbesluit Raad', title: 'RAADSbesluit Startnotitie sterke basis in de wijk.doc' },
    { kind: 'Bijlage', title: 'STARTNOTITIE Sterke basis in de wijk versie.doc' },
    { kind: 'Bijlage', title: 'Bijlage 1 - Notitie Sterke basis in de wijk.pdf' },
    { kind: 'B&W besluit', title: 'B&W besluit 1784625' },
    { kind: 'Raadsbesluit', title: 'Startnotitie Sterke basis in de wijk' },
  ],
  topics: [
    { name: 'Wijkgericht werken en wijkplannen', code: '64', kind: 'onderwerplijst' },
    { name: 'Sociale Leefomgeving', code: null, kind: 'pijler' },
    { name: 'Zorg en Ondersteuning', code: null, kind: 'programma' },
  ],
  evidence: [
    { quote: 'DOSSIER NUMMER\t1873661', start: 2, end: 24, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Onderwerp\tVaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk', start: 25, end: 119, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Aangemaakt\t01-02-2017', start: 120, end: 141, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Zaaktype\tRaadsvoorstel GDD', start: 142, end: 168, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Zaak\t1790013', start: 169, end: 181, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Datum B&W Besluit\t31/01/2017', start: 182, end: 210, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Pijler\tSociale Leefomgeving', start: 211, end: 238, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: 'Programma\tZorg en Ondersteuning', start: 239, end: 270, source: { fileName: SEED_DOSSIER_FILE } },
    { quote: TOELICHTING_LINE, start: 369, end: 1675, source: { fileName: SEED_DOSSIER_FILE } },
    ...PROBLEMS.map(([quote, start, end]) => ({ quote, start, end, source: { fileName: SEED_DOSSIER_FILE } })),
  ],
};

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

describe('dossier(number:)', () => {
  it('answers the seed dossier with every header field, its documents, people, topics and evidence', async () => {
    const result = await execute(server, db, DOSSIER_QUERY, { number: '1873661' });
    expect(result).toEqual({ data: { dossier: EXPECTED_DOSSIER } });
  });

  it('answers null for a number no dossier has', async () => {
    const result = await execute(server, db, 'query Missing { dossier(number: "999") { id } }');
    expect(result).toEqual({ data: { dossier: null } });
  });
});

describe('node(id:)', () => {
  it('finds the dossier by its id and null for an unknown id', async () => {
    const result = await execute(server, db, `query Nodes { known: node(id: "${DOSSIER_1873661}") { id ... on Dossier { number } } unknown: node(id: "dossier:gm0505:0") { id } }`);
    expect(result).toEqual({ data: { known: { id: DOSSIER_1873661, number: '1873661' }, unknown: null } });
  });
});

describe('dossiers(first:, after:)', () => {
  it('pages through the dossiers with a total count', async () => {
    const result = await execute(server, db, 'query Dossiers { dossiers(first: 1, municipality: "GM0505") { totalCount edges { node { number } } pageInfo { hasNextPage hasPreviousPage } } }');
    expect(result).toEqual({
      data: { dossiers: { totalCount: 1, edges: [{ node: { number: '1873661' } }], pageInfo: { hasNextPage: false, hasPreviousPage: false } } },
    });
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT naming `first`', async () => {
    const result = await execute(server, db, 'query TooMany { dossiers(first: 101) { totalCount } }');
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([
      ['first: must be at most 100', 'BAD_USER_INPUT', 'first'],
    ]);
  });

  it('refuses a cursor it did not give out', async () => {
    const result = await execute(server, db, 'query BadCursor { dossiers(after: "nonsense") { totalCount } }');
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'after']]);
  });
});

describe('over HTTP', () => {
  let http: Listening;
  let httpServer: ApolloServer<Context>;

  beforeAll(async () => {
    httpServer = createTestServer(db);
    http = await listen(httpServer, { db, logger: testLogger }, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.stop();
  });

  it('answers the done-when query of the foundation issue at /graphql', async () => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'DoneWhen',
        query: 'query DoneWhen { dossier(number: "1873661") { subject created portfolioHolder { name } documents { kind title } } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        dossier: {
          subject: EXPECTED_DOSSIER.subject,
          created: '2017-02-01',
          portfolioHolder: { name: 'Karin Lambrechts' },
          documents: EXPECTED_DOSSIER.documents,
        },
      },
    });
  });
});
