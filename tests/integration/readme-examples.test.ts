import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, type GqlResult, openTestServer } from '../support/harness.js';
import { COMMITMENT_SOJ_HUISARTSEN, SEED_SLIDES_FILE, SOJ } from '../support/known-ids.js';
import {
  DOSSIER_TIMELINE,
  LAMBRECHTS_COMMITMENTS,
  MEE_TO_LOKAAL_PLAN_JEUGD,
  MEETINGS_FIRST_PAGE,
  MEETINGS_FIRST_PAGE_END_CURSOR,
  MEETINGS_NEXT_PAGE,
  OVERDUE_COMMITMENTS,
  README_EXAMPLES,
  SOJ_NEIGHBOURHOOD,
  type ReadmeExample,
} from '../support/readme-examples.js';

/**
 * Every example the README shows is run here on the seeds and its whole result asserted, so
 * the README cannot drift from what the API answers (tests/bench/readme-examples.ts writes the
 * same results into the README).
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

const run = (example: ReadmeExample): Promise<GqlResult> => execute(server, db, example.query, { ...example.variables });

const MONITORING_TEXT =
  'De wethouder zegt toe om de voortgang te monitoren van de doelen en uitgangspunten van de sociale wijkteams en de raad hier na de zomer over te informeren.';
const SOJ_TEXT = 'De wethouder zegt toe bij de SOJ te informeren over doorverwijzingsgegevens van huisartsen naar de jeugdteams.';
const VOOR_DE_ZOMER_TEXT = 'N.B. Wij komen voor de zomer bij uw commissie terug op de inhoudelijke opdracht voor het wijkteam vanaf 2021.';
const COMMISSIE_2017_03_14 = 'Commissie Sociale Leefomgeving 2017-03-14 20:15';
const fromSlides = (quote: string) => ({ quote, source: { fileName: SEED_SLIDES_FILE } });
const LOKAAL_PLAN_JEUGD_QUOTE = fromSlides('Lokaal plan jeugd (begin 2019): streven naar een\neenduidige aansturing');

describe('the README examples', () => {
  it('are named operations whose name matches the example', () => {
    for (const example of README_EXAMPLES) expect(example.query).toMatch(new RegExp(`^query ${example.name}\\b`));
  });

  it('analyst: all commitments of Lambrechts, with due window and status', async () => {
    expect(await run(LAMBRECHTS_COMMITMENTS)).toEqual({
      data: {
        person: {
          name: 'Karin Lambrechts',
          commitments: {
            totalCount: 2,
            edges: [
              { node: { text: MONITORING_TEXT, status: 'OVERDUE', due: { text: 'na de zomer', earliest: '2017-09-01', latest: '2017-12-31' }, madeIn: { title: COMMISSIE_2017_03_14 } } },
              { node: { text: SOJ_TEXT, status: 'OPEN', due: null, madeIn: { title: COMMISSIE_2017_03_14 } } },
            ],
          },
        },
      },
    });
  });

  it('analyst: which commitments are overdue', async () => {
    expect(await run(OVERDUE_COMMITMENTS)).toEqual({
      data: {
        commitments: {
          totalCount: 2,
          edges: [
            { node: { text: MONITORING_TEXT, due: { text: 'na de zomer', latest: '2017-12-31' }, madeBy: { name: 'Karin Lambrechts' } } },
            { node: { text: VOOR_DE_ZOMER_TEXT, due: { text: 'voor de zomer', latest: '2020-07-15' }, madeBy: { name: 'College van B&W' } } },
          ],
        },
      },
    });
  });

  it('frontend: a page of two meetings, then the next page with its endCursor', async () => {
    expect(await run(MEETINGS_FIRST_PAGE)).toEqual({
      data: {
        meetings: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: MEETINGS_FIRST_PAGE_END_CURSOR },
          edges: [
            { node: { title: 'Gemeenteraad 2017-03-28 14:00', start: '2017-03-28T14:00:00+02:00', body: { name: 'Gemeenteraad' } } },
            { node: { title: COMMISSIE_2017_03_14, start: '2017-03-14T20:15:00+01:00', body: { name: 'Commissie Sociale Leefomgeving' } } },
          ],
        },
      },
    });
    expect(MEETINGS_NEXT_PAGE.variables.after).toBe(MEETINGS_FIRST_PAGE_END_CURSOR);
    const next = await run(MEETINGS_NEXT_PAGE);
    expect(next).toEqual({
      data: {
        meetings: {
          totalCount: 3,
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          edges: [{ node: { title: 'Commissie Sociale Leefomgeving 2017-02-14 20:00', start: '2017-02-14T20:00:00+01:00', body: { name: 'Commissie Sociale Leefomgeving' } } }],
        },
      },
    });
  });

  /*
   * The 2020 slides name MEE-Vivenz as the wijkteam's penvoerder and lead contractor, and say of
   * the Lokaal plan jeugd (begin 2019): "streven naar een eenduidige aansturing" of the wijkteam.
   */
  it('journalist: how MEE-Vivenz and the Lokaal plan jeugd are connected, with the quotes', async () => {
    const viaWijkteams = (agreement: string, agreementQuote: string) => ({
      length: 3,
      nodes: [
        { kind: 'ORGANISATION', name: 'MEE-Vivenz' },
        { kind: 'AGREEMENT', name: agreement },
        { kind: 'ORGANISATION', name: 'sociale wijkteams' },
        { kind: 'POLICY', name: 'Lokaal plan jeugd' },
      ],
      edges: [
        { type: 'PARTY_TO', evidence: [fromSlides(agreementQuote)] },
        { type: 'CONCERNS', evidence: [fromSlides(agreementQuote)] },
        { type: 'CONCERNS', evidence: [LOKAAL_PLAN_JEUGD_QUOTE] },
      ],
    });
    expect(await run(MEE_TO_LOKAAL_PLAN_JEUGD)).toEqual({
      data: {
        paths: [
          viaWijkteams('penvoerderschap MEE', 'penvoerderschap MEE'),
          viaWijkteams('2018-2020: Hoofdaannemer (MEE) - onderaannemerschap (Enver, Careyn)', '2018-2020: Hoofdaannemer (MEE) -\nonderaannemerschap (Enver, Careyn)'),
        ],
      },
    });
  });

  it('journalist: the neighbourhood of SOJ', async () => {
    const contract = 'agreement:gm0505:contract-stichting-jeugdteams-serviceorganisatie-jeugd-loopt-31-december-2020-af-contract-stichting-jeugdteams-met-service';
    const funding = 'agreement:gm0505:funding-serviceorganisatie-jeugd-sociale-wijkteams-gemeente-dordrecht-per-jaar-betaalt-de-gemeente';
    const leadContractor =
      'agreement:gm0505:lead-contractor-serviceorganisatie-jeugd-stichting-jeugdteams-2015-2020-serviceorganisatie-stichting-jeugdteams-hoofdaannemer-2015';
    const research = 'topic:gm0505:onderzoek-extern-onderzoek-naar-toekomstige-taken-serviceorganisatie-jeugd-en-stichting-jeugdteams';
    expect(await run(SOJ_NEIGHBOURHOOD)).toEqual({
      data: {
        neighbourhood: {
          truncated: false,
          nodes: [
            { id: SOJ, kind: 'ORGANISATION', name: 'Serviceorganisatie Jeugd' },
            { id: contract, kind: 'AGREEMENT', name: 'Contract stichting Jeugdteams met Service organisatie Jeugd loopt 31 december 2020 af' },
            { id: funding, kind: 'AGREEMENT', name: 'Per jaar betaalt de gemeente Dordrecht (deels via SOJ) ongeveer 9 miljoen euro voor de wijkteams.' },
            { id: leadContractor, kind: 'AGREEMENT', name: 'Serviceorganisatie > Stichting Jeugdteams hoofdaannemer (2015-2020)' },
            { id: COMMITMENT_SOJ_HUISARTSEN, kind: 'COMMITMENT', name: SOJ_TEXT },
            { id: research, kind: 'TOPIC', name: 'Extern onderzoek naar toekomstige taken Serviceorganisatie Jeugd en Stichting Jeugdteams' },
          ],
          edges: [
            { type: 'CONCERNS', from: COMMITMENT_SOJ_HUISARTSEN, to: SOJ, evidence: [{ quote: SOJ_TEXT }] },
            { type: 'PARTY_TO', from: SOJ, to: contract, evidence: [{ quote: 'Contract stichting Jeugdteams met Service\norganisatie Jeugd loopt 31 december 2020 af' }] },
            { type: 'PARTY_TO', from: SOJ, to: funding, evidence: [{ quote: 'Per jaar\nbetaalt de gemeente Dordrecht (deels via SOJ)\nongeveer 9 miljoen euro voor de wijkteams.' }] },
            { type: 'PARTY_TO', from: SOJ, to: leadContractor, evidence: [{ quote: 'Serviceorganisatie > Stichting Jeugdteams\nhoofdaannemer (2015-2020)' }] },
            { type: 'CONCERNS', from: research, to: SOJ, evidence: [{ quote: 'Extern onderzoek naar toekomstige taken\n\nServiceorganisatie Jeugd en Stichting\nJeugdteams' }] },
          ],
        },
      },
    });
  });

  it('journalist: the timeline of dossier 1873661', async () => {
    const event = (date: string, kind: string, title: string) => ({ node: { date, kind, title } });
    expect(await run(DOSSIER_TIMELINE)).toEqual({
      data: {
        timeline: {
          totalCount: 18,
          edges: [
            event('2017-02-01', 'DOSSIER_CREATED', 'Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk'),
            event('2017-02-14', 'MEETING', 'Commissie Sociale Leefomgeving 2017-02-14 20:00'),
            event('2017-02-14', 'DECISION', 'De commissie (CDA, SP, GroenLinks, VVD, CU/SGP) besluit het raadsvoorstel op de agenda te zetten.'),
            event(
              '2017-02-14',
              'REQUEST',
              'De politieke vraag van het CDA hierbij is: in hoeverre is de raad tevreden met de huidige stand van zaken, afgezet tegen de theorie van 1 plan/1 gezin.',
            ),
            event('2017-02-14', 'REQUEST', 'SP vraagt zich af: krijgen we te maken met wurgcontracten met zorgverzekeraars, waarmee wijkverpleging ophoudt zodra het budget op is?'),
            event('2017-03-14', 'MEETING', COMMISSIE_2017_03_14),
            event('2017-03-14', 'COMMITMENT_MADE', SOJ_TEXT),
            event('2017-03-14', 'COMMITMENT_MADE', MONITORING_TEXT),
            event('2017-03-14', 'DECISION', 'De commissie besluit de raadsinformatiebrief ter kennisname te sturen aan de raad.'),
            event('2017-03-14', 'DECISION', 'De commissie besluit het raadsvoorstel als hamerstuk te sturen aan de gemeenteraad.'),
          ],
        },
      },
    });
  });
});
