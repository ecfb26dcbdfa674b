import { describe, expect, it } from 'vitest';
import { shadowText } from '../../src/ingest/text.js';
import { corpusText, extractReal, locate } from '../support/real-text.js';

/** Layouts of real documents (tests/corpus/docs, named in each test): words broken over lines, meeting headers, given names after titles. */
describe('layout', () => {
  it('joins a word hyphenated over a line break, keeping every offset (Steenbergen minutes, 1936: `den-\\nzelfden`)', () => {
    const t = corpusText('162-steenbergen-raadsnotulen-1936-p10.txt');
    const sh = shadowText(t);
    expect(sh.length).toBe(t.length);
    const at = locate(t, 'den-\nzelfden', 'zelfden');
    expect(sh.slice(at.start, at.end)).toBe('denzelfden  ');
    // Only the break is shadowed: the rest of the text is untouched.
    expect(sh.slice(0, at.start)).toBe(t.slice(0, at.start));
  });

  it('reads the meeting of a minutes header in capitals with its hour (Rucphen, 1989 and 1994)', () => {
    expect(extractReal('200-rucphen-raadsnotulen-1989-p22.txt').nodes.filter((n) => n.label === 'Meeting').map((n) => [n.id, n.evidence[0]?.quote])).toEqual([
      ['meeting:gm0840:gemeenteraad-1989-03-28-19-00', 'Notulen VERGADERING VAN DE GEMEENTERAAD op dinsdag 28 maart 1989, om 19.00'],
    ]);
    expect(extractReal('199-rucphen-raadsnotulen-1994-p267.txt').nodes.filter((n) => n.label === 'Meeting').map((n) => n.id)).toEqual(['meeting:gm0840:gemeenteraad-1994-11-08-13-30']);
  });

  it.each([
    ['071-hethogeland-rtvnoord-subsidie-dorpshuizen.txt', 'person:gm1966:de-visser', 'Mariëtte'],
    ['129-stichtsevecht-rtv-groenonderhoud-tot-sportpark.txt', 'person:gm1904:balemans', 'Eric'],
  ])('takes a given name after a title as the given name, not the surname (%s)', (file, id, givenName) => {
    const person = extractReal(file).nodes.find((n) => n.id === id);
    expect(person?.props.givenName).toBe(givenName);
  });
});
