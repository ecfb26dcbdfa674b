import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument, FactNode } from '../../src/ingest/facts.js';

const read = (f: string) => readFileSync(new URL(`../../seeds/documents/dordrecht/${f}`, import.meta.url), 'utf8');
const text000 = read('000_946d8563cf9e895b.txt');
const text001 = read('001_a98de0e37593eb68.txt');
const d000 = extractDocument({ text: text000, fileName: '000_946d8563cf9e895b.txt', sha256: 'a', municipality: 'GM0505' });
const d001 = extractDocument({ text: text001, fileName: '001_a98de0e37593eb68.txt', sha256: 'b', municipality: 'GM0505' });

const node = (d: ExtractedDocument, id: string): FactNode => {
  const n = d.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  return n;
};
const byText = (d: ExtractedDocument, label: string, part: string): FactNode => {
  const n = d.nodes.find((x) => x.label === label && String(x.props.text ?? x.props.description ?? '').includes(part));
  if (n === undefined) throw new Error(`no ${label} with '${part}'`);
  return n;
};
const edges = (d: ExtractedDocument, type: string, from?: string, to?: string) => d.edges.filter((e) => e.type === type && (from === undefined || e.from === from) && (to === undefined || e.to === to));
const quotes = (f: { evidence: readonly { quote: string }[] }) => f.evidence.map((p) => p.quote);

const DOSSIER = 'dossier:gm0505:1873661';
const RAAD = 'meeting:gm0505:gemeenteraad-2017-03-28-14-00';
const SL_MAART = 'meeting:gm0505:commissie-sociale-leefomgeving-2017-03-14-20-15';
const SL_FEB = 'meeting:gm0505:commissie-sociale-leefomgeving-2017-02-14-20-00';
const LAMBRECHTS = 'person:gm0505:lambrechts';

describe('seed 000: dossier 1873661', () => {
  it('keeps the header and the six documents', () => {
    const d = node(d000, DOSSIER);
    expect(d.props.number).toBe('1873661');
    expect(d.props.created).toEqual({ kind: 'date', iso: '2017-02-01' });
    expect(d000.nodes.filter((n) => n.label === 'Document')).toHaveLength(6);
  });

  it('takes the Toelichting as summary with its five problems, each quoted', () => {
    const d = node(d000, DOSSIER);
    expect(String(d.props.summary)).toMatch(/^Na de betrekkelijk zachte landing/);
    expect(d.props.problems).toEqual([
      'de bekendheid van de teams laag is',
      'de integraliteit tussen de sociale teams en jeugdteams beperkt is',
      'de verbinding in de wijk, bijvoorbeeld met huisartsen, beperkt is',
      'er onduidelijkheid bestaat bij bewoners en professionals over de verschillende voordeuren',
      'de samenwerking tussen de teams en met partners vooral ad hoc is',
    ]);
    for (const p of d.props.problems as string[]) expect(quotes(d)).toContain(p);
  });

  it('finds three meetings with bodies and start times, and the dossier discussed in each', () => {
    expect(node(d000, RAAD).props.start).toEqual({ kind: 'datetime', iso: '2017-03-28T14:00' });
    expect(node(d000, SL_MAART).props.start).toEqual({ kind: 'datetime', iso: '2017-03-14T20:15' });
    expect(node(d000, SL_FEB).props.start).toEqual({ kind: 'datetime', iso: '2017-02-14T20:00' });
    expect(edges(d000, 'OF_BODY', RAAD, 'body:gm0505:gemeenteraad')).toHaveLength(1);
    expect(edges(d000, 'OF_BODY', SL_FEB, 'body:gm0505:commissie-sociale-leefomgeving')).toHaveLength(1);
    expect(edges(d000, 'DISCUSSED_IN', DOSSIER).map((e) => e.to).sort()).toEqual([SL_FEB, SL_MAART, RAAD].sort());
    expect(quotes(node(d000, SL_FEB))).toContain('Sociale Leefomgeving - dinsdag 14 februari 2017 20:00');
  });

  it('finds the decisions per meeting', () => {
    const adopted = byText(d000, 'Decision', 'De raad stemt in met het voorstel');
    expect(adopted.props.outcome).toBe('adopted');
    expect(edges(d000, 'DECIDED_IN', adopted.id, RAAD)).toHaveLength(1);
    expect(edges(d000, 'CONCERNS', adopted.id, DOSSIER)).toHaveLength(1);
    expect(byText(d000, 'Decision', 'als hamerstuk').props.outcome).toBe('hamerstuk');
    expect(byText(d000, 'Decision', 'raadsinformatiebrief ter kennisname').props.outcome).toBe('for-information');
    const agenda = byText(d000, 'Decision', 'op de agenda te zetten');
    expect(agenda.props.outcome).toBe('on-agenda');
    expect(edges(d000, 'DECIDED_IN', agenda.id, SL_FEB)).toHaveLength(1);
    expect(edges(d000, 'SUPPORTED', undefined, agenda.id).map((e) => e.from).sort()).toEqual(
      ['fractie:gm0505:cda', 'fractie:gm0505:cu-sgp', 'fractie:gm0505:groenlinks', 'fractie:gm0505:sp', 'fractie:gm0505:vvd'],
    );
  });

  it('reads the CDA vote statement as a request raised by the fractie', () => {
    const r = byText(d000, 'Request', 'stemverklaring');
    expect(r.props.kind).toBe('vote statement');
    expect(edges(d000, 'RAISED', 'fractie:gm0505:cda', r.id)).toHaveLength(1);
    expect(edges(d000, 'MADE_IN', r.id, RAAD)).toHaveLength(1);
    expect(quotes(r)).toEqual(['De fractie CDA legt een stemverklaring af.']);
  });

  it('finds the two commitments of 14 March by portfolio holder Lambrechts', () => {
    const soj = byText(d000, 'Commitment', 'bij de SOJ te informeren');
    const monitor = byText(d000, 'Commitment', 'de voortgang te monitoren');
    for (const c of [soj, monitor]) {
      expect(edges(d000, 'COMMITTED', LAMBRECHTS, c.id)).toHaveLength(1);
      expect(edges(d000, 'MADE_IN', c.id, SL_MAART)).toHaveLength(1);
      expect(edges(d000, 'IN_DOSSIER', c.id, DOSSIER)).toHaveLength(1);
      expect(c.props).toMatchObject({ kind: 'explicit', status: 'open', date: { kind: 'date', iso: '2017-03-14' } });
    }
    expect(edges(d000, 'PROMISED_TO', soj.id, 'body:gm0505:commissie-sociale-leefomgeving')).toHaveLength(1);
    expect(edges(d000, 'CONCERNS', soj.id).map((e) => e.to).sort()).toEqual(['organisation:gm0505:huisartsen', 'organisation:gm0505:jeugdteams', 'organisation:gm0505:serviceorganisatie-jeugd']);
    expect(monitor.props).toMatchObject({ dueText: 'na de zomer', dueEarliest: { kind: 'date', iso: '2017-09-01' }, dueLatest: { kind: 'date', iso: '2017-12-31' } });
    expect(edges(d000, 'PROMISED_TO', monitor.id, 'body:gm0505:gemeenteraad')).toHaveLength(1);
    expect(edges(d000, 'CONCERNS', monitor.id, 'organisation:gm0505:sociale-wijkteams')).toHaveLength(1);
    expect(quotes(monitor)[0]).toMatch(/^De wethouder zegt toe om de voortgang te monitoren/);
  });

  it('does not read the statement about the alliance as a commitment', () => {
    expect(d000.nodes.filter((n) => n.label === 'Commitment')).toHaveLength(2);
    expect(d000.nodes.some((n) => n.id === 'organisation:gm0505:alliantie')).toBe(true);
  });

  it('finds the requests and questions with their fracties', () => {
    const cases: [string, string, string[]][] = [
      ['monitoring op: bekendheid', 'request', ['fractie:gm0505:d66']],
      ['stelt monitoring voor', 'proposal', ['fractie:gm0505:pvda']],
      ['regisseursrol', 'request', ['fractie:gm0505:cda', 'fractie:gm0505:pvda']],
      ['1 plan/1 gezin', 'question', ['fractie:gm0505:cda']],
      ['wurgcontracten met zorgverzekeraars', 'question', ['fractie:gm0505:sp']],
    ];
    for (const [part, kind, actors] of cases) {
      const r = byText(d000, 'Request', part);
      expect(r.props.kind).toBe(kind);
      expect(edges(d000, 'RAISED', undefined, r.id).map((e) => e.from).sort()).toEqual(actors);
    }
    const transitie = byText(d000, 'Request', 'Beleidsrijk Transitiearrangement');
    expect(transitie.props).toMatchObject({ kind: 'request', raisedByText: 'Fracties' });
    expect(edges(d000, 'CONCERNS', transitie.id, 'policy:gm0505:beleidsrijk-transitiearrangement')).toHaveLength(1);
  });

  it('refers the Transitiearrangement point from Lambrechts to wethouder Van der Linden', () => {
    const [r] = edges(d000, 'REFERRED_TO', LAMBRECHTS, 'person:gm0505:van-der-linden');
    expect(String(r?.props.about)).toContain('Beleidsrijk Transitiearrangement');
    expect(quotes(r!)).toEqual(['De wethouder verwijst voor dit laatste punt naar wethouder Van der Linden.']);
    expect(edges(d000, 'HOLDS_ROLE', 'person:gm0505:van-der-linden', 'body:gm0505:college-van-b-en-w')[0]?.props.role).toBe('wethouder');
  });

  it('gives persons their roles and the dossier its policies and topics', () => {
    expect(edges(d000, 'PORTFOLIO_HOLDER_OF', LAMBRECHTS, DOSSIER)).toHaveLength(1);
    expect(edges(d000, 'HOLDS_ROLE', LAMBRECHTS).map((e) => e.props.role).sort()).toEqual(['portefeuillehouder', 'wethouder']);
    expect(edges(d000, 'HANDLED_BY', DOSSIER).map((e) => `${e.to} ${String(e.props.role)}`).sort()).toEqual([
      'person:gm0505:coenen aanspreekpunt', 'person:gm0505:van-der-heide behandelend ambtenaar',
    ]);
    expect(edges(d000, 'IMPLEMENTS', DOSSIER).map((e) => e.to).sort()).toEqual(['policy:gm0505:notitie-sterke-basis-in-de-wijk', 'policy:gm0505:startnotitie-sterke-basis-in-de-wijk']);
    expect(edges(d000, 'BUILDS_ON', 'policy:gm0505:startnotitie-sterke-basis-in-de-wijk', 'policy:gm0505:notitie-sterke-basis-in-de-wijk')).toHaveLength(1);
    expect(node(d000, 'topic:gm0505:onderwerplijst-64').props).toMatchObject({ code: '64', kind: 'onderwerplijst' });
  });
});

describe('seed 001: OCR slides 2020', () => {
  it('finds the wethoudersbrief of 8 April 2020 as a document', () => {
    const d = node(d001, 'document:gm0505:wethoudersbrief-2020-04-08-keuze-organisatievorm-sociaal-wijkteam-dordrecht');
    expect(d.props).toMatchObject({ kind: 'wethoudersbrief', date: { kind: 'date', iso: '2020-04-08' } });
  });

  it('finds the college commitment to come back before the summer, once, with both passages', () => {
    const cs = d001.nodes.filter((n) => n.label === 'Commitment' && n.props.kind === 'explicit');
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.props).toMatchObject({ kind: 'explicit', status: 'open', dueText: 'voor de zomer', dueLatest: { kind: 'date', iso: '2020-07-15' }, promisedToText: 'uw commissie' });
    expect(edges(d001, 'COMMITTED', 'body:gm0505:college-van-b-en-w', c.id)).toHaveLength(1);
    expect(quotes(c).some((q) => q.startsWith('N.B. op inhoud komen we voor de zomer terug'))).toBe(true);
  });

  it('reads "We werken de inhoudelijke opdracht ... uit en bezien op korte termijn ..." as the college\'s soft commitment', () => {
    // By the corpus guidelines an undertaking of the college's "we", hedged (bezien): a soft commitment.
    const soft = d001.nodes.filter((n) => n.label === 'Commitment' && n.props.kind === 'soft');
    expect(soft.map((n) => String(n.props.text).slice(0, 34))).toEqual(['We werken de inhoudelijke opdracht']);
    expect(soft[0]!.props).toMatchObject({ dueText: 'op korte termijn', status: 'open' });
    expect(edges(d001, 'COMMITTED', 'body:gm0505:college-van-b-en-w', soft[0]!.id)).toHaveLength(1);
  });

  it('finds the ~9 million euro a year for the wijkteams, partly via SOJ', () => {
    const a = byText(d001, 'Agreement', 'ongeveer 9 miljoen euro');
    expect(a.props).toMatchObject({ kind: 'funding', amount: 9000000, currency: 'EUR', amountPeriod: 'year', approximate: true });
    const roles = Object.fromEntries(edges(d001, 'PARTY_TO', undefined, a.id).map((e) => [e.from, e.props.role]));
    expect(roles).toEqual({ 'organisation:gm0505:gemeente-dordrecht': 'payer', 'organisation:gm0505:sociale-wijkteams': 'payee', 'organisation:gm0505:serviceorganisatie-jeugd': 'via' });
    expect(edges(d001, 'FUNDS', 'organisation:gm0505:gemeente-dordrecht', 'organisation:gm0505:sociale-wijkteams')).toHaveLength(1);
  });

  it('reads the organisation history as agreements with periods', () => {
    expect(byText(d001, 'Agreement', 'losse subsidies').props).toMatchObject({ kind: 'subsidy', periodText: 'VO06r 2017', periodTo: { kind: 'date', iso: '2016-12-31' } });
    expect(byText(d001, 'Agreement', 'penvoerderschap (Plexus)').props).toMatchObject({ kind: 'lead applicant', periodFrom: { kind: 'date', iso: '2017-01-01' } });
    const mee = byText(d001, 'Agreement', 'Hoofdaannemer (MEE)');
    expect(mee.props).toMatchObject({ kind: 'lead contractor', periodFrom: { kind: 'date', iso: '2018-01-01' }, periodTo: { kind: 'date', iso: '2020-12-31' } });
    expect(Object.fromEntries(edges(d001, 'PARTY_TO', undefined, mee.id).map((e) => [e.from, e.props.role]))).toEqual({
      'organisation:gm0505:mee-vivenz': 'lead contractor', 'organisation:gm0505:enver': 'subcontractor', 'organisation:gm0505:careyn': 'subcontractor',
    });
    expect(byText(d001, 'Agreement', 'Stichting Jeugdteams hoofdaannemer').props).toMatchObject({ periodText: '2015-2020' });
    expect(byText(d001, 'Agreement', 'Subsidie MEE-Vivenz').props).toMatchObject({ kind: 'subsidy', periodTo: { kind: 'date', iso: '2020-12-31' } });
    expect(byText(d001, 'Agreement', 'Contract stichting Jeugdteams').props).toMatchObject({ kind: 'contract', periodTo: { kind: 'date', iso: '2020-12-31' } });
    expect(byText(d001, 'Agreement', 'regionaal contract').props).toMatchObject({ status: 'possible', periodFrom: { kind: 'date', iso: '2021-01-01' } });
  });

  it('finds policies with loose adoption dates and aims', () => {
    expect(node(d001, 'policy:gm0505:lokaal-plan-jeugd').props).toMatchObject({ adoptedText: 'begin 2019', adoptedEarliest: { kind: 'date', iso: '2019-01-01' }, aims: ['streven naar een eenduidige aansturing'] });
    expect(node(d001, 'policy:gm0505:investeringsplan-sociaal-domein').props).toMatchObject({ adoptedText: 'medio 2019', aims: ['scherpere taakafbakening', 'slagvaardige organisatievorm'] });
    expect(node(d001, 'policy:gm0505:wmo-beleidsplan').props).toMatchObject({ adoptedText: 'eind 2019', adoptedLatest: { kind: 'date', iso: '2019-12-31' } });
    expect(node(d001, 'policy:gm0505:coalitieakkoord').props.aims).toEqual(['Langjarige integrale overeenkomst sluiten']);
  });

  it('finds the board members and the external research', () => {
    expect(edges(d001, 'HOLDS_ROLE', 'person:gm0505:theunissen', 'organisation:gm0505:stichting-jeugdteams')[0]?.props.role).toBe('bestuurder');
    expect(edges(d001, 'HOLDS_ROLE', 'person:gm0505:van-der-vlies', 'organisation:gm0505:mee-vivenz')[0]?.props.role).toBe('bestuurder');
    const research = d001.nodes.find((n) => n.label === 'Topic' && n.props.kind === 'onderzoek');
    expect(research?.props.name).toBe('Extern onderzoek naar toekomstige taken Serviceorganisatie Jeugd en Stichting Jeugdteams');
  });

  it('resolves aliases to one organisation, the same in both documents', () => {
    expect(node(d001, 'organisation:gm0505:mee-vivenz').props.aliases).toEqual(expect.arrayContaining(['MEE', 'MEE-Vivenz', 'MEE-VIVENZ']));
    expect(node(d001, 'organisation:gm0505:serviceorganisatie-jeugd').props.aliases).toEqual(expect.arrayContaining(['SOJ', 'Serviceorganisatie Jeugd']));
    for (const id of ['organisation:gm0505:serviceorganisatie-jeugd', 'organisation:gm0505:sociale-wijkteams']) {
      expect(d000.nodes.some((n) => n.id === id)).toBe(true);
      expect(d001.nodes.some((n) => n.id === id)).toBe(true);
    }
  });

  it('quotes the original OCR text, not the repaired one', () => {
    const all = [...d001.nodes, ...d001.edges].flatMap((f) => f.evidence);
    for (const p of all) expect(p.quote).toBe(text001.slice(p.start, p.end));
    expect(all.some((p) => p.quote.includes('€én'))).toBe(false);
    expect(all.some((p) => p.quote.includes('VO06r 2017'))).toBe(true);
  });

  it('extracts the same ids when run again', () => {
    const again = extractDocument({ text: text001, fileName: '001_a98de0e37593eb68.txt', sha256: 'b', municipality: 'GM0505' });
    expect(again.nodes.map((n) => n.id)).toEqual(d001.nodes.map((n) => n.id));
  });
});
