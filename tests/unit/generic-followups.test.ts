import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { municipalityByCode, municipalityByName } from '../../src/ingest/municipalities.js';
import { corpusText, extractReal } from '../support/real-text.js';

/** Generic rules, each shown on a real document of tests/corpus/docs (named in the test). */
const of = (doc: ExtractedDocument, label: string) => doc.nodes.filter((n) => n.label === label);
const ids = (doc: ExtractedDocument, label: string) => of(doc, label).map((n) => n.id).sort();
const iso = (v: unknown) => (v as { iso?: string } | null)?.iso ?? null;

describe('prose with semicolons', () => {
  it.each([
    '077-eemland-raadsnotulen-1978-p60.txt',
    '146-putte-raadsnotulen-1970-p51.txt',
    '155-prinsenbeek-raadsnotulen-1970-p35.txt',
    '215-breda-raadsnotulen-1994-11-24-p706.txt',
    '234-zevenbergen-raadsnotulen-1962-p39.txt',
  ])('is not split into register cells: no numbered register row in %s (lines with three semicolons)', (file) => {
    expect(corpusText(file).split('\n').some((l) => (l.match(/;/g) ?? []).length >= 3)).toBe(true);
    // Eemland is an archive region, no municipality: filed under a stand-in as --municipality would.
    const doc = extractReal(file, corpusText(file), 'GM0505');
    expect(of(doc, 'Commitment').filter((n) => n.props.number !== undefined)).toEqual([]);
  });
});

describe('municipalities', () => {
  it('knows the municipalities of the corpus and the large ones by CBS code', () => {
    expect(municipalityByCode('GM0308')?.name).toBe('Baarn');
    expect(municipalityByCode('GM0080')?.name).toBe('Leeuwarden');
    expect(municipalityByName('Heemstede')?.cbsCode).toBe('GM0397');
    expect(municipalityByCode('GM9999')).toBeUndefined();
  });
});

describe('agreements (Baarn college besluitenlijst, 16 november 2021)', () => {
  const doc = extractReal('153-baarn-college-besluitenlijst-16-november-2021.txt');

  it('makes a subsidy of the beslispunt `Een structurele subsidie toe te kennen aan Bibliotheek Eemland`, paid by the gemeente named by its name', () => {
    const subsidy = of(doc, 'Agreement').filter((n) => n.props.kind === 'subsidy' && n.evidence.some((p) => p.quote.includes('Een structurele subsidie toe te kennen aan Bibliotheek Eemland')));
    expect(subsidy).toHaveLength(1);
    const roles = doc.edges.filter((e) => e.type === 'PARTY_TO' && e.to === subsidy[0]?.id).map((e) => [e.from, e.props.role]);
    expect(roles.sort()).toEqual([['organisation:gm0308:bibliotheek-eemland', 'payee'], ['organisation:gm0308:gemeente-baarn', 'payer']]);
    expect(doc.edges.some((e) => e.type === 'FUNDS' && e.from === 'organisation:gm0308:gemeente-baarn' && e.to === 'organisation:gm0308:bibliotheek-eemland')).toBe(true);
  });

  it.each([
    '038-schagen-noordkopcentraal-artikelen-eugeen.txt',
    '080-prinsenbeek-raadsnotulen-1985-p201.txt',
    '131-soest-eemland-raadsnotulen-1976-p93.txt',
    '204-oudenbosch-raadsnotulen-1984-09-20-p41.txt',
    '211-halsteren-raadsnotulen-1996-08-29-p53.txt',
    '220-breda-raadsnotulen-1980-12-01-p1957.txt',
    '234-zevenbergen-raadsnotulen-1962-p39.txt',
  ])('makes no funding of a krediet without a payee: %s', (file) => {
    expect(corpusText(file).toLowerCase()).toContain('krediet');
    expect(of(extractReal(file), 'Agreement').filter((n) => n.props.kind === 'funding')).toEqual([]);
  });
});

describe('meeting pages with field lines (Heemstede, Notubiz pages)', () => {
  it('ends the committee name at its comma on `Vergadering : Commissie Ruimte, 17 september 2025 20:00:00`', () => {
    const doc = extractReal('178-heemstede-commissie-ruimte-17-september-2025.txt');
    expect(ids(doc, 'Meeting')).toEqual(['meeting:gm0397:commissie-ruimte-2025-09-17']);
    // `vóór de raad van 2 oktober`, promised at the meeting of 17 september: due from the meeting through 2 October of its year.
    const c = of(doc, 'Commitment').find((n) => n.props.dueText === '2 oktober');
    expect([iso(c?.props.dueEarliest), iso(c?.props.dueLatest)]).toEqual(['2025-09-17', '2025-10-02']);
  });
});

describe('local party names', () => {
  it('recognises a local party where only a fractie can stand, with its full name (Oldambt, Reimerswaal, Rotterdam)', () => {
    const oldambt = extractReal('094-oldambt-streekblad-motie-zonnepark-finsterwolde.txt');
    expect(of(oldambt, 'Request').filter((n) => n.props.kind === 'motion').map((n) => oldambt.edges.filter((e) => e.type === 'RAISED' && e.to === n.id).map((e) => e.from))).toEqual([['fractie:gm1895:gemeentebelangen-oldambt']]);
    expect(ids(extractReal('120-reimerswaal-sgp-interpellatiedebat-begraafbeleid.txt'), 'Fractie')).toContain('fractie:gm0703:leefbaar-reimerswaal');
    expect(ids(extractReal('025-rotterdam-rijnmond-debat-jeugdzorg-opgeschort.txt'), 'Fractie')).toContain('fractie:gm0599:leefbaar-rotterdam');
  });
});

describe('promises of the college in its own words', () => {
  it('reads `Wij streven er naar` as soft (Leeuwarden written answers, 1972)', () => {
    const doc = extractReal('225-leeuwarden-schriftelijke-vragen-1972-p16.txt');
    expect(of(doc, 'Commitment').filter((n) => String(n.props.text).startsWith('Wij streven er naar')).map((n) => [n.props.kind, n.props.dueText])).toEqual([['soft', 'op korte termijn']]);
  });

  it('reads `Wij zullen als kollege een voorstel aan U voorleggen` as explicit (Halsteren, 1989)', () => {
    const doc = extractReal('066-halsteren-raadsnotulen-1989-p80.txt');
    expect(of(doc, 'Commitment').filter((n) => String(n.props.text).startsWith('Wij zullen als kollege')).map((n) => n.props.kind)).toEqual(['explicit']);
  });
});
