import { describe, expect, it } from 'vitest';
import { assertCouncilDocument, isCouncilSource } from '../../src/ingest/parse/council-document.js';
import { sourceLineUrl } from '../../src/ingest/source-meta.js';
import { corpusSlice, corpusText } from '../support/real-text.js';

/**
 * The gate on short real council lines, and on texts that are no council document (a recipe, a novel,
 * English, placeholder text, code); tests/unit/corpus-gate.test.ts runs it on every whole corpus text.
 */
describe('short register entries pass the gate', () => {
  // Single rows and lines of real corpus documents, located by their first and last words.
  it.each([
    ['169-heemstede-gemeenteraad-26-juni-2025-toezeggingen.txt', 'Toezegging burgemeester:', 'tankwagens.'],
    ['091-coevorden-lta-toezegging-71-evenementen.txt', 'Motie is ingevuld.', 'op 3 september 2019'],
    ['010-nederweert-raad-2-juli-2024.txt', 'De raad besluit unaniem', 'omgevingswet.'],
    ['240-zaltbommel-pvda-een-bewogen-raadsvergadering.txt', 'Tenslotte waren er vragen', 'unaniem aangenomen.'],
  ])('accepts the line of %s beginning “%s”', (file, from, through) => {
    const line = corpusSlice(file, from, through);
    expect(line.length).toBeLessThan(260);
    expect(() => assertCouncilDocument(line)).not.toThrow();
  });

  it('accepts a Frisian passage of real minutes (Idaarderadeel, 1983)', () => {
    const frisian = corpusSlice('064-idaarderadeel-notulen-1983-06-21-p5.txt', 'Nei oanlieding fan punt 2', 'goede nammen op steane.');
    expect(frisian).not.toMatch(/\b(raad|gemeenteraad|wethouder|college|besluit)\b/i);
    expect(() => assertCouncilDocument(frisian)).not.toThrow();
  });
});

describe('what is still refused, with the one-line error', () => {
  it('refuses an empty text and a line without content', () => {
    expect(() => assertCouncilDocument('')).toThrow(/^not a council document: the text is too short \(0 characters/);
    expect(() => assertCouncilDocument('   \n ')).toThrow(/too short/);
    expect(() => assertCouncilDocument('De raad besluit.')).toThrow(/too short/);
  });

  it('refuses a recipe', () => {
    const recipe = 'Appeltaart\n\nSchil de appels en snijd ze in partjes. Meng de bloem met de boter en de suiker tot een kruimelig deeg.\nBekleed een springvorm met het deeg, vul met de appels en kaneel, en bak de taart 60 minuten op 180 graden.';
    expect(() => assertCouncilDocument(recipe)).toThrow(/^not a council document: it uses none of the words council documents use/);
  });

  it('refuses a page of a novel that names a mayor and gives advice', () => {
    const page = [
      'Het regende al de hele ochtend toen Marieke de deur van het oude huis aan de dijk openduwde. In de gang rook het naar natte jassen en koffie die te lang had gestaan.',
      'Haar grootvader zat bij het raam, zoals altijd, met de krant op zijn knieën en zijn bril boven op zijn hoofd. Hij keek niet op toen ze binnenkwam.',
      '"Je bent laat," zei hij alleen. Ze hing haar tas aan de kapstok en ging tegenover hem zitten. Buiten dreef een boot voorbij, laag in het water, met een hond op de voorplecht.',
      'Vroeger, vertelde hij, had de burgemeester hier elke zondag gewandeld, met zijn hoed in de hand en zijn vrouw aan zijn arm. Niemand wist waarom hij daarmee was opgehouden.',
      'Marieke schonk twee koppen thee in en luisterde. Ze kende de verhalen, maar ze hoorde ze graag opnieuw, omdat hij ze elke keer een beetje anders vertelde.',
      '"Neem van mij een goede raad aan," zei hij ten slotte, "en verkoop dit huis nooit." Ze lachte, maar hij meende het. De klok in de kamer sloeg elf keer.',
      'Later die middag liepen ze samen naar het dorp. De bakker stond in de deuropening en zwaaide, de kerkklok liet zich niet horen, en op het plein speelden kinderen tikkertje.',
    ].join('\n');
    expect(page.length).toBeGreaterThan(1000);
    expect(() => assertCouncilDocument(page)).toThrow(/^not a council document: council words are too rare in it/);
  });

  it('refuses English prose, placeholder text and source code', () => {
    expect(() => assertCouncilDocument('The quick brown fox jumps over the lazy dog. '.repeat(10))).toThrow(/words council documents use/);
    expect(() => assertCouncilDocument(`Lorem ipsum dolor sit amet. ${'consectetur adipiscing elit '.repeat(20)}`)).toThrow(/lorem ipsum/);
    expect(() => assertCouncilDocument(`import x from 'y';\nconst a = { b: 1 };\nfunction f() { return a; }\n${'let z = [1, 2, 3];\n'.repeat(15)}`)).toThrow(/source code/);
  });
});

describe('a page of minutes from a council archive', () => {
  // Zundert 1973 and Halsteren 1986: verbatim pages on street lights and parking, sparse in council
  // words; their SOURCE lines name the West-Brabants Archief's raadsnotulen.
  it.each(['304-zundert-raadsnotulen-1973-p70.txt', '305-halsteren-raadsnotulen-1986-p78.txt'])('passes with its SOURCE line: %s', (file) => {
    const text = corpusText(file);
    const url = sourceLineUrl(text);
    expect(isCouncilSource(url)).toBe(true);
    expect(() => assertCouncilDocument(text)).not.toThrow();
    // without it, the vocabulary alone would refuse the page: the source is what lets it pass,
    // from the SOURCE line or given apart (`--source-url`, a sidecar)
    const page = text.slice(text.indexOf('\n') + 1);
    expect(() => assertCouncilDocument(page)).toThrow(/^not a council document/);
    expect(() => assertCouncilDocument(page, url)).not.toThrow();
  });

  it('is a council source only by its host or path, not by its query', () => {
    expect(isCouncilSource('https://example.org/recepten/appeltaart?ref=gemeenteraad')).toBe(false);
    expect(isCouncilSource('https://gemeenteraad.example.nl/notulen/2019')).toBe(true);
    expect(isCouncilSource(null)).toBe(false);
    expect(isCouncilSource('geen url')).toBe(false);
  });
});

