import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import {
  CDA,
  COLLEGE,
  COMMISSIE_SL,
  COMMITMENT_MONITORING,
  COMMITMENT_SOJ,
  MEETING_2017_02_14,
  MEETING_2017_03_14,
  MEETING_2017_03_28,
  MEE_VIVENZ,
  NOTITIE,
  PVDA,
  STARTNOTITIE,
  TOPIC_64,
  VAN_DER_VLIES,
} from '../support/domain-ids.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';
import { DOSSIER_1873661, LAMBRECHTS } from '../support/known-ids.js';

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

const MONITOR_REQUEST_CDA_PVDA = 'request:gm0505:1873661-2017-03-14-cda-en-pvda-vragen-om-extra-visie-op';
const VOTE_STATEMENT_CDA = 'request:gm0505:1873661-2017-03-28-de-fractie-cda-legt-een-stemverklaring-af';
const DECISION_HAMERSTUK = 'decision:gm0505:1873661-2017-03-14-de-commissie-besluit-het-raadsvoorstel-als-hamerstuk-te';
const DECISION_RIB = 'decision:gm0505:1873661-2017-03-14-de-commissie-besluit-de-raadsinformatiebrief-ter-kennisname-te';
const FUNDING_WIJKTEAMS = 'agreement:gm0505:funding-serviceorganisatie-jeugd-sociale-wijkteams-gemeente-dordrecht-per-jaar-betaalt-de-gemeente';

describe('persons and their roles', () => {
  it('answers wethouder Lambrechts with her time-bounded roles, portfolio and referral', async () => {
    const result = await execute(
      server,
      db,
      `query Lambrechts($id: ID!) {
        person(id: $id) {
          id name surname givenName initials municipality
          roles { role portfolio body { name } organisation { name } from to }
          portfolios { number }
          referredTo { person { name } about evidence { quote } }
        }
      }`,
      { id: LAMBRECHTS },
    );
    expect(result).toEqual({
      data: {
        person: {
          id: LAMBRECHTS,
          name: 'Karin Lambrechts',
          surname: 'Lambrechts',
          givenName: 'Karin',
          initials: 'C.M.L.',
          municipality: 'GM0505',
          roles: [
            // Both seen on the dossier page made on 1 February 2017 (the only dated document that shows them).
            { role: 'portefeuillehouder', portfolio: 'Zorg en Ondersteuning', body: { name: 'College van B&W' }, organisation: null, from: '2017-02-01', to: '2017-02-01' },
            { role: 'wethouder', portfolio: null, body: { name: 'College van B&W' }, organisation: null, from: '2017-02-01', to: '2017-02-01' },
          ],
          portfolios: [{ number: '1873661' }],
          referredTo: [
            {
              person: { name: 'Van der Linden' },
              about: 'Fracties vragen om inzicht in afwijkingen ten opzichte van vastgestelde Beleidsrijk Transitiearrangement, zoals het idee van zelfsturende (jeugd)teams.',
              evidence: [{ quote: 'De wethouder verwijst voor dit laatste punt naar wethouder Van der Linden.' }],
            },
          ],
        },
      },
    });
  });

  it('answers an organisation director with the organisation of the role, and the organisation with its people', async () => {
    const result = await execute(
      server,
      db,
      `query Director($person: ID!, $org: ID!) {
        person(id: $person) { name roles { role body { id } organisation { name } } }
        organisation(id: $org) { id name aliases kind people { role person { name } } }
      }`,
      { person: VAN_DER_VLIES, org: MEE_VIVENZ },
    );
    expect(result).toEqual({
      data: {
        person: { name: 'Michiel van der Vlies', roles: [{ role: 'bestuurder', body: null, organisation: { name: 'MEE-Vivenz' } }] },
        organisation: { id: MEE_VIVENZ, name: 'MEE-Vivenz', aliases: ['MEE', 'MEE-Vivenz', 'MEE-VIVENZ'], kind: 'welzijnsorganisatie', people: [{ role: 'bestuurder', person: { name: 'Michiel van der Vlies' } }] },
      },
    });
  });
});

describe('typed lookups by id', () => {
  it('answers each kind of node by its typed query and through node(id:) and actor(id:)', async () => {
    const result = await execute(
      server,
      db,
      `query Lookups($fractie: ID!, $body: ID!, $meeting: ID!, $decision: ID!, $request: ID!, $commitment: ID!, $policy: ID!, $agreement: ID!, $topic: ID!, $dossier: ID!, $person: ID!) {
        fractie(id: $fractie) { id name abbreviation }
        body(id: $body) { id name kind }
        municipality(cbsCode: "gm0505") { id cbsCode name }
        meeting(id: $meeting) { id title start date body { name } }
        decision(id: $decision) { id text outcome date meeting { id } concerns { id } }
        request(id: $request) { id kind text date raisedBy { __typename name } madeIn { id } dossier { id } }
        commitment(id: $commitment) { id status }
        policy(id: $policy) { id name kind buildsOn { id } builtOnBy { id } implementedBy { __typename id } }
        agreement(id: $agreement) { id kind period { text from to } amount { value currency per approximate } parties { role party { __typename name } } }
        topic(id: $topic) { id name code kind dossiers { id } }
        dossier(id: $dossier) { number }
        node(id: $meeting) { __typename id }
        actor(id: $person) { __typename id name }
        notAnActor: actor(id: $meeting) { id }
      }`,
      {
        fractie: CDA,
        body: COMMISSIE_SL,
        meeting: MEETING_2017_03_14,
        decision: DECISION_HAMERSTUK,
        request: MONITOR_REQUEST_CDA_PVDA,
        commitment: COMMITMENT_SOJ,
        policy: STARTNOTITIE,
        agreement: FUNDING_WIJKTEAMS,
        topic: TOPIC_64,
        dossier: DOSSIER_1873661,
        person: LAMBRECHTS,
      },
    );
    expect(result).toEqual({
      data: {
        fractie: { id: CDA, name: 'CDA', abbreviation: 'CDA' },
        body: { id: COMMISSIE_SL, name: 'Commissie Sociale Leefomgeving', kind: 'committee' },
        municipality: { id: 'municipality:gm0505', cbsCode: 'GM0505', name: 'Dordrecht' },
        meeting: { id: MEETING_2017_03_14, title: 'Commissie Sociale Leefomgeving 2017-03-14 20:15', start: '2017-03-14T20:15:00+01:00', date: '2017-03-14', body: { name: 'Commissie Sociale Leefomgeving' } },
        decision: {
          id: DECISION_HAMERSTUK,
          text: 'De commissie besluit het raadsvoorstel als hamerstuk te sturen aan de gemeenteraad.',
          outcome: 'hamerstuk',
          date: '2017-03-14',
          meeting: { id: MEETING_2017_03_14 },
          concerns: [{ id: DOSSIER_1873661 }],
        },
        request: {
          id: MONITOR_REQUEST_CDA_PVDA,
          kind: 'REQUEST',
          text: 'CDA en PvdA vragen om extra visie op de beoogde regisseursrol van de integrale teams.',
          date: '2017-03-14',
          raisedBy: [
            { __typename: 'Fractie', name: 'CDA' },
            { __typename: 'Fractie', name: 'Partij van de Arbeid' },
          ],
          madeIn: { id: MEETING_2017_03_14 },
          dossier: { id: DOSSIER_1873661 },
        },
        commitment: { id: COMMITMENT_SOJ, status: 'OPEN' },
        policy: { id: STARTNOTITIE, name: 'Startnotitie Sterke basis in de wijk', kind: 'startnotitie', buildsOn: [{ id: NOTITIE }], builtOnBy: [], implementedBy: [{ __typename: 'Dossier', id: DOSSIER_1873661 }] },
        agreement: {
          id: FUNDING_WIJKTEAMS,
          kind: 'funding',
          period: null,
          amount: { value: 9000000, currency: 'EUR', per: 'year', approximate: true },
          parties: [
            { role: 'payer', party: { __typename: 'Organisation', name: 'Gemeente Dordrecht' } },
            { role: 'via', party: { __typename: 'Organisation', name: 'Serviceorganisatie Jeugd' } },
            { role: 'payee', party: { __typename: 'Organisation', name: 'sociale wijkteams' } },
          ],
        },
        topic: { id: TOPIC_64, name: 'Wijkgericht werken en wijkplannen', code: '64', kind: 'onderwerplijst', dossiers: [{ id: DOSSIER_1873661 }] },
        dossier: { number: '1873661' },
        node: { __typename: 'Meeting', id: MEETING_2017_03_14 },
        actor: { __typename: 'Person', id: LAMBRECHTS, name: 'Karin Lambrechts' },
        notAnActor: null,
      },
    });
  });

  it('answers null for unknown ids and for an id of another kind', async () => {
    const result = await execute(
      server,
      db,
      `query Unknown($meeting: ID!) {
        person(id: "person:gm0505:nobody") { id }
        meeting(id: "meeting:gm0505:none") { id }
        commitment(id: $meeting) { id }
        policy(id: "policy:gm0505:none") { id }
        agreement(id: "agreement:gm0505:none") { id }
        municipality(cbsCode: "GM0000") { id }
        dossier(id: "dossier:gm0505:0") { id }
      }`,
      { meeting: MEETING_2017_03_14 },
    );
    expect(result).toEqual({ data: { person: null, meeting: null, commitment: null, policy: null, agreement: null, municipality: null, dossier: null } });
  });

  it('refuses dossier() with neither id nor number, naming `number`', async () => {
    const result = await execute(server, db, 'query NoDossierKey { dossier { id } }');
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'number']]);
  });
});

describe('relationships in both directions', () => {
  it('follows a dossier to its meetings, decisions, commitments and policies, and a meeting back', async () => {
    const result = await execute(
      server,
      db,
      `query DossierAndMeeting($dossier: ID!, $meeting: ID!) {
        dossier(id: $dossier) { meetings { id } commitments { id } policies { id } }
        meeting(id: $meeting) { dossiers { id } decisions { id } commitments { id } requests { kind raisedBy { id } } }
      }`,
      { dossier: DOSSIER_1873661, meeting: MEETING_2017_03_14 },
    );
    expect(result).toEqual({
      data: {
        dossier: {
          meetings: [{ id: MEETING_2017_02_14 }, { id: MEETING_2017_03_14 }, { id: MEETING_2017_03_28 }],
          commitments: [{ id: COMMITMENT_SOJ }, { id: COMMITMENT_MONITORING }],
          policies: [{ id: NOTITIE }, { id: STARTNOTITIE }],
        },
        meeting: {
          dossiers: [{ id: DOSSIER_1873661 }],
          decisions: [{ id: DECISION_RIB }, { id: DECISION_HAMERSTUK }],
          commitments: [{ id: COMMITMENT_SOJ }, { id: COMMITMENT_MONITORING }],
          requests: [
            { kind: 'REQUEST', raisedBy: [{ id: CDA }, { id: PVDA }] },
            { kind: 'REQUEST', raisedBy: [{ id: 'fractie:gm0505:d66' }] },
            { kind: 'PROPOSAL', raisedBy: [{ id: PVDA }] },
            { kind: 'REQUEST', raisedBy: [{ id: COMMISSIE_SL }] },
          ],
        },
      },
    });
  });

  it("pages a body's meetings newest first and an actor's requests", async () => {
    const result = await execute(
      server,
      db,
      `query BodyAndFractie($body: ID!, $fractie: ID!) {
        body(id: $body) { meetings(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }
        fractie(id: $fractie) { requests(filter: { kind: VOTE_STATEMENT }) { totalCount edges { node { id date } } } }
        college: body(id: "${COLLEGE}") { commitments { edges { node { due { text } } } } }
      }`,
      { body: COMMISSIE_SL, fractie: CDA },
    );
    expect(result).toEqual({
      data: {
        body: { meetings: { totalCount: 2, edges: [{ node: { id: MEETING_2017_03_14 } }], pageInfo: { hasNextPage: true } } },
        fractie: { requests: { totalCount: 1, edges: [{ node: { id: VOTE_STATEMENT_CDA, date: '2017-03-28' } }] } },
        college: { commitments: { edges: [{ node: { due: { text: 'voor de zomer' } } }, { node: { due: { text: 'op korte termijn' } } }] } },
      },
    });
  });
});

describe('list queries with filters', () => {
  it('filters meetings by date, requests by kind, documents by kind and organisations by alias text', async () => {
    const result = await execute(
      server,
      db,
      `query Lists {
        meetings(filter: { municipality: "GM0505", from: "2017-03-01", to: "2017-03-31" }) { totalCount edges { node { id } } }
        requests(filter: { municipality: "GM0505", kind: VOTE_STATEMENT }) { totalCount edges { node { id } } }
        documents(filter: { municipality: "GM0505", kind: "Bijlage" }) { totalCount edges { node { title } } }
        organisations(filter: { text: "vivenz" }) { totalCount edges { node { id } } }
        bodies(filter: { municipality: "GM0505", kind: "council" }) { edges { node { name } } }
        policies(filter: { municipality: "GM0505", text: "sterke basis" }) { edges { node { name } } }
      }`,
    );
    expect(result).toEqual({
      data: {
        meetings: { totalCount: 2, edges: [{ node: { id: MEETING_2017_03_28 } }, { node: { id: MEETING_2017_03_14 } }] },
        requests: { totalCount: 1, edges: [{ node: { id: VOTE_STATEMENT_CDA } }] },
        documents: { totalCount: 2, edges: [{ node: { title: 'Bijlage 1 - Notitie Sterke basis in de wijk.pdf' } }, { node: { title: 'STARTNOTITIE Sterke basis in de wijk versie.doc' } }] },
        organisations: { totalCount: 1, edges: [{ node: { id: MEE_VIVENZ } }] },
        bodies: { edges: [{ node: { name: 'Gemeenteraad' } }] },
        policies: { edges: [{ node: { name: 'Notitie Een sterke basis in de wijk' } }, { node: { name: 'Startnotitie Sterke basis in de wijk' } }] },
      },
    });
  });

  it('walks the fracties by name, four at a time', async () => {
    const page = 'query Fracties($after: String) { fracties(filter: { municipality: "GM0505" }, first: 4, after: $after) { totalCount edges { node { abbreviation } } pageInfo { hasNextPage endCursor } } }';
    const first = await execute(server, db, page);
    const p1 = first.data?.fracties as { totalCount: number; edges: { node: { abbreviation: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const second = await execute(server, db, page, { after: p1.pageInfo.endCursor });
    const p2 = second.data?.fracties as typeof p1;
    expect([p1.totalCount, p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([7, true, false]);
    expect([...p1.edges, ...p2.edges].map((e) => e.node.abbreviation)).toEqual(['CDA', 'CU/SGP', 'D66', 'GL', 'PvdA', 'SP', 'VVD']);
  });
});
