import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';

/** Generic rules that came from the remaining held-out failures; each in a made-up document of its own. */
const extract = (text: string, municipality = 'GM0590') => extractDocument({ text, fileName: 'doc.txt', sha256: 'test', municipality });
const of = (doc: ExtractedDocument, label: string) => doc.nodes.filter((n) => n.label === label);
const committer = (doc: ExtractedDocument, id: string) => doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === id).map((e) => e.from);
const iso = (v: unknown) => (v as { iso?: string } | null)?.iso ?? null;

describe('separated registers', () => {
  const register = (sep: string) => [
    'Overzicht toezeggingen gemeenteraad Papendrecht',
    '',
    ['nr', 'datum', 'portefeuillehouder', 'omschrijving', 'termijn', 'status'].join(sep),
    ['2023-01', '14-06-2023', 'wethouder Van Wely', 'De raad informeren over het overleg met Stichting Welzijn Papendrecht', 'Q4 2023', 'afgehandeld'].join(sep),
    ['2023-02', '05-07-2023', 'burgemeester Heijkoop', 'Onderzoeken of de proef kan worden verlengd', 'januari 2024', 'lopend'].join(sep),
    ['2023-03', '27-09-2023', 'wethouder Kanters', 'Bezien of de regeling wordt voortgezet', 'voor de begrotingsbehandeling 2025', 'vervallen'].join(sep),
    '',
  ].join('\n');

  for (const [name, sep] of [['semicolon', ';'], ['tab', '\t']] as const) {
    it(`reads one commitment per row of a ${name}-separated register`, () => {
      const doc = extract(register(sep));
      const rows = of(doc, 'Commitment').map((n) => [n.props.number, iso(n.props.date), committer(doc, n.id)[0], n.props.kind, n.props.status, n.props.dueText]);
      expect(rows).toEqual([
        ['2023-01', '2023-06-14', 'person:gm0590:van-wely', 'explicit', 'fulfilled', 'Q4 2023'],
        ['2023-02', '2023-07-05', 'person:gm0590:heijkoop', 'soft', 'open', 'januari 2024'],
        ['2023-03', '2023-09-27', 'person:gm0590:kanters', 'soft', 'withdrawn', 'voor de begrotingsbehandeling 2025'],
      ]);
      const second = of(doc, 'Commitment')[1];
      expect([iso(second?.props.dueEarliest), iso(second?.props.dueLatest)]).toEqual(['2024-01-01', '2024-01-31']);
    });
  }

  it('does not split prose with a semicolon or two into cells', () => {
    const doc = extract('Raadsinformatiebrief van het college aan de gemeenteraad van Papendrecht over de toezeggingen van de wethouder.\n\nnr;datum;portefeuillehouder;omschrijving;termijn;status\nWij hebben gesproken met de bewoners; de uitkomst volgt; zie bijlage. Wij informeren u over de verdere stappen.\n');
    expect(of(doc, 'Commitment').filter((n) => n.props.number !== undefined)).toEqual([]);
  });
});

describe('persons listed after a plural title', () => {
  it('reads `wethouders Van Wely, Kanters en Dekkers` as three persons, never one called `Van`', () => {
    const doc = extract('Besluitenlijst college van burgemeester en wethouders van Papendrecht\nVergadering van 7 februari 2023\nAanwezig: burgemeester Heijkoop (voorzitter), wethouders Van Wely, Kanters en Dekkers\n\nBesluit nr. 1 - Kennisname\nHet college neemt kennis van de evaluatie van het beleid.\n');
    const persons = of(doc, 'Person').map((n) => n.id).sort();
    expect(persons).toEqual(['person:gm0590:dekkers', 'person:gm0590:heijkoop', 'person:gm0590:kanters', 'person:gm0590:van-wely']);
  });
});

describe('municipalities', () => {
  it('knows the municipalities of the test documents and the large ones by CBS code', async () => {
    const { municipalityByCode, municipalityByName } = await import('../../src/ingest/municipalities.js');
    expect(municipalityByCode('GM0855')?.name).toBe('Tilburg');
    expect(municipalityByCode('GM0080')?.name).toBe('Leeuwarden');
    expect(municipalityByName('Zwolle')?.cbsCode).toBe('GM0193');
    expect(municipalityByCode('GM9999')).toBeUndefined();
  });

  it('names the paying gemeente by its name, not its code', () => {
    const doc = extract('Besluitenlijst college van burgemeester en wethouders van Tilburg, 7 februari 2023\n\nBesluit nr. 1\nHet college besluit aan Stichting Contour de Twern voor 2023 een subsidie te verlenen van € 450.000 voor het opbouwwerk in de wijken.\n', 'GM0855');
    expect(of(doc, 'Organisation').map((n) => n.id)).toContain('organisation:gm0855:gemeente-tilburg');
  });
});

describe('agreements', () => {
  const doc = () => extract('Besluitenlijst college van burgemeester en wethouders van Tilburg, 7 februari 2023\n\nBesluit nr. 1 - Subsidie Stichting Contour de Twern 2023-2025\nHet college besluit:\n1. aan Stichting Contour de Twern voor de jaren 2023 t/m 2025 een subsidie te verlenen van € 450.000 per jaar voor het opbouwwerk in de wijken;\n\nBesluit nr. 2 - Krediet zwembad\nHet college besluit de raad voor te stellen een krediet van 3,2 miljoen euro beschikbaar te stellen voor de renovatie van het zwembad.\n\nVoor de volgende fase hebben wij met Woonbedrijf Ieder1 en Woonstichting Rentree een samenwerkingsovereenkomst gesloten voor de periode 2024-2027.\n', 'GM0855');

  it('makes one subsidy of a decision under its heading, none of a krediet without a payee', () => {
    const agreements = of(doc(), 'Agreement').map((n) => n.props.kind);
    expect(agreements.filter((k) => k === 'subsidy')).toHaveLength(1);
    expect(agreements.filter((k) => k === 'funding')).toHaveLength(0);
  });

  it('gives both organisations of `met X en Y een samenwerkingsovereenkomst` the same role', () => {
    const d = doc();
    const contract = of(d, 'Agreement').find((n) => n.props.kind === 'contract');
    const roles = d.edges.filter((e) => e.type === 'PARTY_TO' && e.to === contract?.id).map((e) => [e.from, e.props?.role]);
    expect(roles).toEqual([['organisation:gm0855:woonbedrijf-ieder1', 'client'], ['organisation:gm0855:woonstichting-rentree', 'client']]);
  });
});

describe('meeting pages with field lines', () => {
  it('ends the committee name at its line and reads the time from `Tijd:`', () => {
    const doc = extract('Commissie Mens en Samenleving - Zwolle\nVergadering: Commissie Mens en Samenleving\nDatum: woensdag 15 maart 2023\nTijd: 19:30 - 22:45\nLocatie: Raadzaal\n\nAgendapunt 3 - Mantelzorg\nPortefeuillehouder: wethouder Veldkamp\nToezeggingen:\n• De wethouder stuurt voor de raadsbehandeling een overzicht van de wachtlijsten.\n', 'GM0193');
    expect(of(doc, 'Meeting').map((n) => n.id)).toEqual(['meeting:gm0193:commissie-mens-en-samenleving-2023-03-15-19-30']);
    const c = of(doc, 'Commitment')[0];
    expect([c?.props.dueText, iso(c?.props.dueEarliest), iso(c?.props.dueLatest)]).toEqual(['voor de raadsbehandeling', '2023-03-15', '2023-06-15']);
  });
});

describe('organisation and local party names', () => {
  const ids = (doc: ExtractedDocument, label: string) => of(doc, label).map((n) => n.id).sort();

  it('reads names with letters beyond ASCII, stops at a line break and splits two organisations joined by `en`', () => {
    const doc = extract('Raadsinformatiebrief van het college aan de gemeenteraad van Eindhoven, 3 oktober 2023.\n\nHet programma is samen met Stichting Wijeindhoven en Vitalis Zorggroep opgesteld. De subsidie aan Stichting Sport Fryslân loopt door. Wij spraken met Stichting Buurtwerk\nHet college volgt de uitkomsten.\n', 'GM0772');
    expect(ids(doc, 'Organisation')).toEqual(expect.arrayContaining(['organisation:gm0772:stichting-buurtwerk', 'organisation:gm0772:stichting-sport-fryslan', 'organisation:gm0772:stichting-wijeindhoven', 'organisation:gm0772:vitalis-zorggroep']));
    expect(ids(doc, 'Organisation').some((id) => /het-college|wijeindhoven-en/.test(id))).toBe(false);
  });

  it('recognises a local party where only a fractie can stand, with its full name', () => {
    const doc = extract('Notulen van de vergadering van de gemeenteraad van Enschede op 13 november 2023\n\nDe heer TEN BRINKE (Burgerbelangen Enschede): Wij dienen een motie in namens Burgerbelangen Enschede.\nMevrouw Ozturk (Swollwacht): Ik spreek ook voor de fractie van Stadsgroen.\nDe voorzitter: Dank u wel.\n', 'GM0153');
    expect(ids(doc, 'Fractie')).toEqual(['fractie:gm0153:burgerbelangen-enschede', 'fractie:gm0153:stadsgroen', 'fractie:gm0153:swollwacht']);
  });
});

describe('promises in a letter', () => {
  it('keeps two undated promises that are not about informing apart, each with its own kind', () => {
    const doc = extract('Raadsinformatiebrief gemeente Deventer, 12 oktober 2023\n\nAan de gemeenteraad\n\nWij zullen bekijken of de regeling voor verenigingen van eigenaren kan worden verruimd. Dit voorstel nemen wij mee in het Uitvoeringsprogramma Aardgasvrije Wijken.\n', 'GM0150');
    // Two commitments, and the hedged 'Wij zullen bekijken of' stays soft. The kind of 'Dit voorstel
    // nemen wij mee in ...' is the learned scorer's call: explicit with the model trained on 246
    // documents, soft with the one trained on 274 (the corpus guidelines count 'neemt mee' as soft).
    const kinds = of(doc, 'Commitment').map((n) => n.props.kind);
    expect(kinds).toHaveLength(2);
    expect(kinds[0]).toBe('soft');
  });
});
