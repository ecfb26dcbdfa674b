import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCouncilDocument, extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';

/**
 * Relationships between facts that the API's questions walk: what a policy or agreement is
 * about, who pays a subsidy, which fractie a person speaks for, which policy builds on which;
 * and short council records passing the gate.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const extract = (text: string, fileName = 'doc.txt', municipality = 'GM0505'): ExtractedDocument =>
  extractDocument({ text, fileName, sha256: 'test', municipality });
const edge = (doc: ExtractedDocument, type: string, from: string, to: string) => doc.edges.find((e) => e.type === type && e.from === from && e.to === to);
const quotes = (doc: ExtractedDocument, type: string, from: string, to: string) => edge(doc, type, from, to)?.evidence.map((p) => p.quote) ?? [];

const slides = extract(readFileSync(join(ROOT, 'seeds/documents/dordrecht/001_a98de0e37593eb68.txt'), 'utf8'), '001_a98de0e37593eb68.txt');
const WIJKTEAMS = 'organisation:gm0505:sociale-wijkteams';

describe('policies and agreements under a heading about an entity’s organisation concern that entity', () => {
  it('the policies listed under “Toekomstige opdracht en organisatie in recent beleid” concern the sociaal wijkteam, quoting their line', () => {
    expect(quotes(slides, 'CONCERNS', 'policy:gm0505:lokaal-plan-jeugd', WIJKTEAMS)).toEqual(['Lokaal plan jeugd (begin 2019): streven naar een\neenduidige aansturing']);
    expect(quotes(slides, 'CONCERNS', 'policy:gm0505:investeringsplan-sociaal-domein', WIJKTEAMS)[0]).toMatch(/^Investeringsplan sociaal domein \(medio 2019\)/);
    expect(quotes(slides, 'CONCERNS', 'policy:gm0505:wmo-beleidsplan', WIJKTEAMS)[0]).toMatch(/^Wmo - beleidsplan \(eind 2019\)/);
    // Named elsewhere in the deck (an aim in brackets), not under that heading.
    expect(edge(slides, 'CONCERNS', 'policy:gm0505:coalitieakkoord', WIJKTEAMS)).toBeUndefined();
  });

  it('every agreement of a deck about the wijkteam’s organisatievorm concerns the wijkteam, quoting its own line', () => {
    const agreements = slides.nodes.filter((n) => n.label === 'Agreement');
    expect(agreements.length).toBe(9);
    for (const a of agreements) expect(quotes(slides, 'CONCERNS', a.id, WIJKTEAMS)).toEqual(a.evidence.map((p) => p.quote));
  });

  it('without a document subject, only the agreements under the heading concern the entity it names', () => {
    const intro = 'Met deze brief informeren wij u over de voortgang van het sociaal domein in de wijken. '.repeat(7);
    const doc = extract('Raadsinformatiebrief gemeente Dordrecht\n\n' + intro + '\n\nOrganisatie van Stichting Buurtwerk\n\n• Penvoerderschap Plexus (2019-2021)\n\nVerder\n\nDe raad wordt gevraagd kennis te nemen van deze brief. Het contract met Careyn loopt tot 31 december 2022.\n');
    const about = doc.edges.filter((e) => e.type === 'CONCERNS' && e.from.startsWith('agreement:')).map((e) => [doc.nodes.find((n) => n.id === e.from)?.props.description, e.to]);
    expect(about).toEqual([['Penvoerderschap Plexus (2019-2021)', 'organisation:gm0505:stichting-buurtwerk']]);
  });

  it('a heading that names its entity needs no document subject', () => {
    const doc = extract('Raadsinformatiebrief gemeente Dordrecht\n\nDe inrichting van Stichting Buurtwerk\n\nWoonvisie 2020-2030 (begin 2020): meer samenwerking in de wijk\n\nDe raad wordt gevraagd kennis te nemen van deze brief. De wethouder zegt toe de commissie na de zomer te informeren over het beleid en de subsidie.\n');
    expect(edge(doc, 'CONCERNS', 'policy:gm0505:woonvisie-2020-2030', 'organisation:gm0505:stichting-buurtwerk')).toBeDefined();
  });
});

describe('agreements', () => {
  const agreement = (text: string) => slides.nodes.find((n) => n.label === 'Agreement' && String(n.props.description).startsWith(text))?.id ?? '';

  it('the €9 million funding concerns the wijkteams it pays for', () => {
    expect(quotes(slides, 'CONCERNS', agreement('Per jaar betaalt'), WIJKTEAMS)[0]).toMatch(/ongeveer 9 miljoen euro voor de wijkteams\.$/);
  });

  it('the local MEE-Vivenz subsidy is paid by the municipality', () => {
    const id = agreement('Subsidie MEE-Vivenz');
    expect(edge(slides, 'PARTY_TO', 'organisation:gm0505:gemeente-dordrecht', id)?.props).toEqual({ role: 'payer' });
    expect(edge(slides, 'PARTY_TO', 'organisation:gm0505:mee-vivenz', id)?.props).toEqual({ role: 'payee' });
    expect(edge(slides, 'FUNDS', 'organisation:gm0505:gemeente-dordrecht', 'organisation:gm0505:mee-vivenz')).toBeDefined();
  });

  it('the Stichting Jeugdteams contract has both parties', () => {
    const id = agreement('Contract stichting Jeugdteams');
    expect(edge(slides, 'PARTY_TO', 'organisation:gm0505:stichting-jeugdteams', id)?.props).toEqual({ role: 'contractor' });
    expect(edge(slides, 'PARTY_TO', 'organisation:gm0505:serviceorganisatie-jeugd', id)?.props).toEqual({ role: 'client' });
  });

  it('a subsidy “van de provincie” is paid by the provincie, not the municipality', () => {
    const doc = extract('Raadsinformatiebrief gemeente Dordrecht\n\nDe subsidie van de provincie Zuid-Holland aan Stichting Buurtwerk loopt tot 31 december 2022. De wethouder zegt toe de raad te informeren over het besluit.\n');
    const id = doc.nodes.find((n) => n.label === 'Agreement')?.id ?? '';
    expect(doc.edges.filter((e) => e.type === 'PARTY_TO' && e.to === id).map((e) => [e.from, e.props.role])).toEqual([
      ['organisation:gm0505:provincie', 'payer'],
      ['organisation:gm0505:stichting-buurtwerk', 'payee'],
    ]);
  });
});

describe('MEMBER_OF: persons named with their fractie', () => {
  const doc = extract([
    'Verslag van de commissie Bestuur van de gemeente Dordrecht, 3 maart 2021.',
    '',
    'Raadslid Pietersen van D66 vraagt de wethouder naar de planning. De heer De Wit (GroenLinks) stelt voor het college om een evaluatie te vragen.',
    'D66-raadslid Vermeer wil weten wat de kosten zijn. Mevrouw Jansen, fractievoorzitter van de VVD, vraagt om een brief.',
    'Fractievoorzitter Bakker namens de SP vraagt hoe het zit. Wethouder Kuiper (CDA) zegt toe de raad voor de zomer te informeren.',
  ].join('\n'));
  it.each([
    ['pietersen', 'd66', 'Raadslid Pietersen van D66'],
    ['de-wit', 'groenlinks', 'De heer De Wit (GroenLinks)'],
    ['vermeer', 'd66', 'D66-raadslid Vermeer'],
    ['jansen', 'vvd', 'Mevrouw Jansen, fractievoorzitter van de VVD'],
    ['bakker', 'sp', 'Fractievoorzitter Bakker namens de SP'],
  ])('%s is a member of %s', (person, fractie, quote) => {
    expect(quotes(doc, 'MEMBER_OF', `person:gm0505:${person}`, `fractie:gm0505:${fractie}`)).toEqual([quote]);
  });
  it('a wethouder’s party is no council fractie membership', () => {
    expect(doc.edges.filter((e) => e.type === 'MEMBER_OF' && e.from === 'person:gm0505:kuiper')).toEqual([]);
  });
});

describe('BUILDS_ON where a text says so', () => {
  const doc = extract([
    'Uitvoeringsprogramma Armoede',
    '',
    'Aan de gemeenteraad van Dordrecht',
    '',
    'Het Actieplan Schulden bouwt voort op het Armoedebeleid 2018-2021. Dit programma is een uitwerking van het Coalitieakkoord 2018-2022.',
    'De Woonvisie 2020-2030 is in lijn met het Wmo-beleidsplan. Het college werkt op basis van het Integraal beleidsplan. Het besluit volgt in de commissie.',
  ].join('\n'));
  it.each([
    ['actieplan-schulden', 'armoedebeleid-2018-2021'],
    ['uitvoeringsprogramma-armoede', 'coalitieakkoord-2018-2022'],
    ['woonvisie-2020-2030', 'wmo-beleidsplan'],
  ])('%s builds on %s', (a, b) => expect(edge(doc, 'BUILDS_ON', `policy:gm0505:${a}`, `policy:gm0505:${b}`)?.evidence.length).toBe(1));
  it('needs a policy on both sides of the phrase', () => {
    expect(doc.edges.filter((e) => e.type === 'BUILDS_ON').length).toBe(3);
  });
});

describe('short council records pass the gate, other short texts do not', () => {
  it.each([
    'Toezegging: wethouder Jansen informeert de raad voor de zomer.',
    'Het college besluit de subsidie aan Stichting Buurtwerk te verlenen.',
    'De commissie neemt motie M12 over en de wethouder zegt toe te reageren.',
  ])('accepts “%s”', (text) => expect(() => assertCouncilDocument(text)).not.toThrow());
  it.each([
    'De raad besluit.',
    'Appeltaart: schil de appels, meng de bloem met de boter en bak de taart op 180 graden.',
    'Lorem ipsum: het college besluit, de raad stemt in.',
  ])('refuses “%s”', (text) => expect(() => assertCouncilDocument(text)).toThrow(/council document/));
  it('extracts the one-line decision', () => {
    const doc = extract('Het college besluit de subsidie aan Stichting Buurtwerk te verlenen.');
    expect(doc.nodes.filter((n) => n.label === 'Decision').map((n) => n.props.outcome)).toEqual(['adopted']);
  });
});
