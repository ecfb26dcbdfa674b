import { describe, expect, it } from 'vitest';
import { findFuzzyDate, resolveFuzzyDate } from '../../src/ingest/fuzzy-dates.js';
import { parseDutchDate, parseWrittenDate } from '../../src/ingest/dates.js';
import { findAmounts } from '../../src/ingest/extract/amounts.js';
import { parsePersonName } from '../../src/ingest/extract/person-name.js';
import { shadowText, sentences } from '../../src/ingest/text.js';
import { assertCouncilDocument, detectFormat } from '../../src/ingest/extract-document.js';
import { inlineEnumeration } from '../../src/ingest/extract/enumeration.js';

describe('Dutch dates', () => {
  it('reads written and numeric dates with times', () => {
    expect(parseWrittenDate('dinsdag 28 maart 2017 14:00')).toEqual({ date: '2017-03-28', time: '14:00' });
    expect(parseWrittenDate('12 september 2019 om 19.30 uur')).toEqual({ date: '2019-09-12', time: '19:30' });
    expect(parseDutchDate('31/01/2017')).toBe('2017-01-31');
    expect(parseDutchDate('31-02-2017')).toBeNull();
  });
});

describe('fuzzy dates', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['na de zomer', '2017-03-14', '2017-09-01', '2017-12-31'],
    ['na de zomer', '2017-10-02', '2018-09-01', '2018-12-31'],
    ['voor de zomer', '2020-04-08', '2020-04-08', '2020-07-15'],
    ['begin 2019', '2020-01-01', '2019-01-01', '2019-03-31'],
    ['medio 2019', '2020-01-01', '2019-05-01', '2019-08-31'],
    ['eind 2019', '2020-01-01', '2019-10-01', '2019-12-31'],
    ['2018-2020', '2020-01-01', '2018-01-01', '2020-12-31'],
    ['Q3 2021', '2021-01-01', '2021-07-01', '2021-09-30'],
    ['voor het eind van het jaar', '2021-06-18', '2021-06-18', '2021-12-31'],
    ['in het najaar', '2021-06-18', '2021-09-01', '2021-11-30'],
    ['binnen twee weken', '2019-11-05', '2019-11-05', '2019-11-19'],
    ['binnen drie maanden', '2019-03-12', '2019-03-12', '2019-06-12'],
    ['in het eerste kwartaal van 2020', '2019-11-21', '2020-01-01', '2020-03-31'],
    ['voor 1 december 2019', '2019-10-10', '2019-10-10', '2019-11-30'],
    ['Voor 2017: losse subsidies', '2020-04-08', null, '2016-12-31'],
    ['een vorm voor 2021', '2020-04-08', '2021-01-01', '2021-12-31'],
  ];
  for (const [text, ref, earliest, latest] of cases) {
    it(`"${text}" said on ${ref}`, () => expect(findFuzzyDate(text, ref)).toMatchObject({ earliest, latest }));
  }
  it('keeps the original words', () => expect(resolveFuzzyDate('na de zomer', '2017-03-14')?.text).toBe('na de zomer'));
  it('uses chrono-node for phrasings without a rule', () => expect(findFuzzyDate('over twee weken', '2017-03-14')).toMatchObject({ latest: '2017-03-28' }));
  it('finds nothing in plain words', () => expect(findFuzzyDate('de commissie debatteert', '2017-03-14')).toBeNull());
});

describe('amounts', () => {
  it.each([
    ['€ 1.250.000,- per jaar', 1250000, false, 'year'],
    ['ongeveer 9 miljoen euro', 9000000, true, null],
    ['ca. € 2,5 mln', 2500000, true, null],
    ['EUR 450.000 jaarlijks', 450000, false, 'year'],
    ['ruim €3 miljoen', 3000000, true, null],
  ] as const)('%s', (text, value, approximate, period) => {
    expect(findAmounts(text)[0]).toMatchObject({ value, approximate, period, currency: 'EUR' });
  });
});

describe('person names', () => {
  it.each([
    ['Lambrechts, Karin (C.M.L.)', 'Lambrechts', 'Karin', 'C.M.L.'],
    ['BW van der Heide', 'van der Heide', null, 'B.W.'],
    ['wethouder Van der Linden', 'van der Linden', null, null],
    ['mevrouw K. de Wit', 'de Wit', null, 'K.'],
    ['Michiel van der Vlies', 'van der Vlies', 'Michiel', null],
  ] as const)('%s', (raw, surname, givenName, initials) => {
    expect(parsePersonName(raw)).toMatchObject({ surname, givenName, initials });
  });
});

describe('text', () => {
  it('repairs OCR without moving offsets', () => {
    const t = '« VO06r 2017: €én “penvoerder” financién';
    const s = shadowText(t);
    expect(s).toHaveLength(t.length);
    expect(s).toBe('• Voor  2017: één "penvoerder" financiën');
  });
  it('splits sentences but not after abbreviations', () => {
    const t = 'B.W. van der Heide zegt iets. N.B. Wij komen terug.\n\nVolgende alinea';
    expect(sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual(['B.W. van der Heide zegt iets.', 'N.B. Wij komen terug.', 'Volgende alinea']);
  });
  it('finds inline enumerations', () => {
    const t = 'dat (1) a laag is, (2) b beperkt is, en (3) c ad hoc is. Verder';
    expect(inlineEnumeration(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual(['a laag is', 'b beperkt is', 'c ad hoc is']);
  });
});

describe('what is not a council document', () => {
  it('refuses short text', () => expect(() => assertCouncilDocument('De raad besluit.')).toThrow(/too short/));
  it('refuses lorem ipsum', () => expect(() => assertCouncilDocument(`Lorem ipsum dolor sit amet. ${'consectetur adipiscing elit '.repeat(20)}`)).toThrow(/lorem ipsum/));
  it('refuses source code', () => expect(() => assertCouncilDocument(`import x from 'y';\nconst a = { b: 1 };\nfunction f() { return a; }\n${'let z = [1, 2, 3];\n'.repeat(15)}`)).toThrow(/source code/));
  it('refuses unrelated prose', () => expect(() => assertCouncilDocument('The quick brown fox jumps over the lazy dog. '.repeat(10))).toThrow(/words council documents use/));
  it('detects plain prose as text', () => expect(detectFormat('De gemeente en de raad spreken over de wijk en het beleid.')).toBe('text'));
});
