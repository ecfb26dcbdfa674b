import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { sideSentence, unanimous, voteCount } from '../../src/ingest/extract/votes.js';
import { corpusSlice, extractReal } from '../support/real-text.js';

/** How a council voted, each shape on the real text it was seen in (tests/corpus/docs). */

const votesOf = (doc: ExtractedDocument, id: string) => {
  const d = doc.nodes.find((n) => n.id === id);
  return d === undefined ? null : { outcome: d.props.outcome ?? null, votesFor: d.props.votesFor ?? null, votesAgainst: d.props.votesAgainst ?? null, unanimous: d.props.unanimous ?? null };
};
const sides = (doc: ExtractedDocument, id: string) => ({
  for: doc.edges.filter((e) => e.type === 'SUPPORTED' && e.to === id).map((e) => e.from).sort(),
  against: doc.edges.filter((e) => e.type === 'OPPOSED' && e.to === id).map((e) => e.from).sort(),
});

describe('vote counts in a sentence', () => {
  it('digits, with or without the second `stemmen` (Heemstede 2020, Noordwijk)', () => {
    const heemstede = corpusSlice('170-heemstede-gemeenteraad-25-juni-2020.txt', 'Het besluit is vastgesteld met 11', 'tegen.');
    expect(voteCount(heemstede)).toMatchObject({ votesFor: 11, votesAgainst: 10, forParties: null, againstParties: null });
    const noordwijk = corpusSlice('185-noordwijk-nieuws-uit-de-raad-interpellatieverzoek.txt', 'Het verzoek werd verworpen', 'tegen.');
    expect(voteCount(noordwijk)).toMatchObject({ votesFor: 10, votesAgainst: 12 });
  });

  it('numbers in words, in OCR\'d minutes (Halsteren 1993: `ver worpen met vijf stemmen voor en negen tegen`)', () => {
    const halsteren = corpusSlice('067-halsteren-raadsnotulen-1993-p64.txt', 'Het voorstel van de heer Roosenboom', 'tegen.');
    expect(voteCount(halsteren)).toMatchObject({ votesFor: 5, votesAgainst: 9 });
  });

  it('the parties of each side with their votes (Leeuwarderadeel 2017)', () => {
    const s = corpusSlice('040-leeuwarderadeel-notulen-2017-06-22-p24.txt', 'Het voorstel wordt met 8 stemmen', 'van Diggelen');
    const count = voteCount(s);
    expect(count).toMatchObject({ votesFor: 8, votesAgainst: 6 });
    expect(count?.forParties && s.slice(count.forParties.start, count.forParties.end)).toBe('(PvdA 4, CDA 3 en WD 1 dhr. Pot)');
    expect(count?.againstParties && s.slice(count.againstParties.start, count.againstParties.end)).toBe('GBL 3, FNP 2 WD 1 dhr');
  });

  it('no count where there is none: a decision without votes (Stichtse Vecht\'s warmteplan)', () => {
    expect(voteCount(corpusSlice('002-stichtsevecht-rtv-coalitie-pareert.txt', 'Het gezamenlijk met de gemeente Utrecht', 'vastgesteld.'))).toBeNull();
  });
});

describe('unanimity and who voted which way', () => {
  it('`unaniem aangenomen` and `De raad besluit unaniem` are unanimous; `geen unaniem besluit` is not', () => {
    expect(unanimous(corpusSlice('185-noordwijk-nieuws-uit-de-raad-interpellatieverzoek.txt', 'Na een stemverklaring van GroenLinks', 'aangenomen.'))).toBe(true);
    expect(unanimous(corpusSlice('010-nederweert-raad-2-juli-2024.txt', 'De raad besluit unaniem raadslid', 'omgevingswet.'))).toBe(true);
    expect(unanimous(corpusSlice('080-prinsenbeek-raadsnotulen-1985-p201.txt', 'Er is geen unaniem besluit', 'gefilosofeerd'))).toBe(false);
  });

  it('a sentence naming who voted against (Stichtse Vecht), and one naming the exception (Medemblik)', () => {
    const s = corpusSlice('002-stichtsevecht-rtv-coalitie-pareert.txt', 'Alleen de PVV en Samen Stichtse Vecht', 'stemde tegen.');
    const said = sideSentence(s);
    expect(said).toMatchObject({ side: 'against', except: null });
    expect(said && s.slice(said.start, said.end)).toBe('Alleen de PVV en Samen Stichtse Vecht');
    const m = corpusSlice('087-medemblik-cda-sporthal-wognum.txt', 'Alle fracties, met uitzondering', 'stemden hier voor.');
    const except = sideSentence(m);
    expect(except?.side).toBe('for');
    expect(except?.except && m.slice(except.except.start, except.except.end)).toBe('D66');
  });
});

describe('votes read into the graph facts of a real document', () => {
  it('Stichtse Vecht: counts on both decisions, the parties named against them opposed', () => {
    const doc = extractReal('002-stichtsevecht-rtv-coalitie-pareert.txt');
    const jaarrekening = 'decision:gm1904:002-stichtsevecht-rtv-coalitie-pareert-undated-zo-werd-de-jaarrekening-2021-met-28-stemmen';
    const kaderbrief = 'decision:gm1904:002-stichtsevecht-rtv-coalitie-pareert-undated-de-kaderbrief-2023-werd-met-27-stemmen-voor';
    expect(votesOf(doc, jaarrekening)).toEqual({ outcome: 'adopted', votesFor: 28, votesAgainst: 2, unanimous: null });
    expect(sides(doc, jaarrekening)).toEqual({ for: [], against: ['fractie:gm1904:pvv'] });
    expect(votesOf(doc, kaderbrief)).toEqual({ outcome: 'adopted', votesFor: 27, votesAgainst: 3, unanimous: null });
    expect(sides(doc, kaderbrief)).toEqual({ for: [], against: ['fractie:gm1904:pvda', 'fractie:gm1904:pvv'] });
  });

  it('Halsteren 1996: a count decides the outcome the OCR\'d verb (`aange nomen`) left open', () => {
    const doc = extractReal('289-halsteren-raadsnotulen-1996-p32.txt');
    expect(votesOf(doc, 'decision:gm0789:289-halsteren-raadsnotulen-1996-p32-undated-het-voorstel-is-met-9-stemmen-voor-en')).toEqual({ outcome: 'adopted', votesFor: 9, votesAgainst: 3, unanimous: null });
  });

  it('Leeuwarden 2024: a `Stemuitslag` of `Raadsleden (35)` for and `Raadsleden (3)` against counts votes and names no party', () => {
    const doc = extractReal('012-leeuwarden-besluitvorming-11-maart-2024.txt');
    const id = 'decision:gm0080:012-leeuwarden-besluitvorming-11-maart-2-2024-03-11-de-gemeenteraad-besluit-het-preventie-en-handhavingsplan-drugs';
    expect(votesOf(doc, id)).toEqual({ outcome: 'adopted', votesFor: 35, votesAgainst: 3, unanimous: null });
    expect(sides(doc, id)).toEqual({ for: [], against: [] });
  });

  it('Utrecht\'s motion: `Status` / `Verworpen` is a rejected decision concerning the motion', () => {
    const doc = extractReal('156-utrecht-partijvoordedieren-motie-lokale-media.txt');
    const id = 'decision:gm0344:motion-2022-09-15-motie-blijf-utrechtse-lokale-media-ontwikkelen-besluit';
    expect(votesOf(doc, id)).toEqual({ outcome: 'rejected', votesFor: null, votesAgainst: null, unanimous: null });
    expect(doc.edges.filter((e) => e.from === id).map((e) => [e.type, e.to])).toEqual([
      ['CONCERNS', 'request:gm0344:motion-2022-09-15-motie-blijf-utrechtse-lokale-media-ontwikkelen'],
      ['DECIDED_IN', 'meeting:gm0344:gemeenteraad-2022-09-15'],
    ]);
  });

  it('Heemstede 2020: lists that open with their side, under the count; `de fractie van HBB` alone is a party', () => {
    const doc = extractReal('170-heemstede-gemeenteraad-25-juni-2020.txt');
    const second = 'decision:gm0397:170-heemstede-gemeenteraad-25-juni-2020-2020-06-25-het-besluit-is-vastgesteld-met-14-stemmen-voor';
    expect(votesOf(doc, second)).toEqual({ outcome: 'adopted', votesFor: 14, votesAgainst: 7, unanimous: null });
    expect(sides(doc, second)).toEqual({
      for: ['fractie:gm0397:cda', 'fractie:gm0397:d66', 'fractie:gm0397:groenlinks', 'fractie:gm0397:pvda', 'fractie:gm0397:vvd'],
      against: ['fractie:gm0397:hbb'],
    });
  });

  it('Halsteren 1996: a roll call of members, `van Eekelen` keeping its tussenvoegsel', () => {
    const doc = extractReal('289-halsteren-raadsnotulen-1996-p32.txt');
    const id = 'decision:gm0789:289-halsteren-raadsnotulen-1996-p32-undated-het-voorstel-is-met-9-stemmen-voor-en';
    expect(sides(doc, id).against).toEqual(['person:gm0789:de-koning', 'person:gm0789:van-der-weegen', 'person:gm0789:van-eekelen']);
    expect(sides(doc, id).for).toContain('person:gm0789:roosenboom');
  });
});
