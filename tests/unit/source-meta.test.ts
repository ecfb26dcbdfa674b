import { describe, expect, it } from 'vitest';
import { publishedDate, sourceLineUrl } from '../../src/ingest/source-meta.js';
import { dutchBase, foldAccents } from '../../src/graph/dutch-word.js';
import { searchTerms } from '../../src/graph/search-terms.js';

describe('sourceLineUrl', () => {
  it('reads the SOURCE: first line of the corpus documents', () =>
    expect(sourceLineUrl('SOURCE: https://leidschendam-voorburg.debatrijk.nl/politiekplein/transcript/743/7102\n\nHet transcript')).toBe(
      'https://leidschendam-voorburg.debatrijk.nl/politiekplein/transcript/743/7102',
    ));
  it('skips a BOM and blank lines', () => expect(sourceLineUrl('\uFEFF\n\nSOURCE: https://a.nl/x\nrest')).toBe('https://a.nl/x'));
  it('takes only the first non-blank line', () => expect(sourceLineUrl('Notulen\nSOURCE: https://a.nl/x')).toBeNull());
  it('takes only http(s) URLs', () => expect(sourceLineUrl('SOURCE: file:///etc/passwd')).toBeNull());
});

describe('publishedDate', () => {
  it('keeps an ISO day', () => expect(publishedDate('2024-03-05')).toBe('2024-03-05'));
  it('keeps the day of a date-time', () => expect(publishedDate('2024-03-05T10:00:00+01:00')).toBe('2024-03-05'));
  it('reads a Dutch date', () => expect(publishedDate('5 maart 2024')).toBe('2024-03-05'));
  it('refuses words', () => expect(() => publishedDate('gisteren')).toThrow(/not a date/));
});

describe('Dutch word forms for search', () => {
  it.each([
    ['subsidies', 'subsidie'],
    ['subsidie', 'subsidie'],
    ['besluiten', 'besluit'],
    ['wijkteams', 'wijkteam'],
    ["auto's", 'auto'],
    ['Financiën', 'financi'],
    ['raad', 'raad'],
    ['bus', 'bus'],
  ])('%s -> %s', (word, base) => expect(dutchBase(word)).toBe(base));
  it('folds accents', () => expect(foldAccents('Fryslân één Mariëtte')).toBe('fryslan een mariette'));
  it('searches the phrase and the prefix of the base form', () =>
    expect(searchTerms('subsidies Financiën')).toEqual({
      words: ['subsidies', 'subsidie', 'financiën', 'financi'],
      lucene: '("subsidies" OR subsidie*) ("Financiën" OR financi*)',
    }));
});
