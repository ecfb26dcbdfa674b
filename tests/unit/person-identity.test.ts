import { describe, expect, it } from 'vitest';
import { compatible, mergeForms, qualifier, resolveBare } from '../../src/ingest/extract/person-identity.js';
import { extractReal } from '../support/real-text.js';

const form = (initials: string | null, givenName: string | null = null) => ({ initials, givenName });

describe('which name forms of one surname can be one person', () => {
  it('never two different initials; initials that start one another agree', () => {
    expect(compatible(form('J.K.'), form('L.'))).toBe(false);
    expect(compatible(form('A.A.'), form('J.H.'))).toBe(false);
    expect(compatible(form('A.'), form('A.A.'))).toBe(true);
  });
  it('a given name agrees with its own first initial, and with a bare surname', () => {
    expect(compatible(form(null, 'Sandra'), form('S.'))).toBe(true);
    expect(compatible(form(null, 'Sandra'), form('P.'))).toBe(false);
    expect(compatible(form(null, 'Sandra'), form(null, 'Petra'))).toBe(false);
    expect(compatible(form(null, 'Mariëtte'), form(null, 'Mariette'))).toBe(true);
    expect(compatible(form(null), form('S.'))).toBe(true);
    // A form with both (Karin, C.M.L.) agrees with either alone.
    expect(compatible(form('C.M.L.', 'Karin'), form(null, 'Karin'))).toBe(true);
    expect(compatible(form('C.M.L.', 'Karin'), form('C.'))).toBe(true);
  });
  it('merges to the longer initials and keeps a given name; the id qualifier is the initials, else the given name', () => {
    expect(mergeForms(form('A.'), form('A.A.', 'Anna'))).toEqual({ initials: 'A.A.', givenName: 'Anna' });
    expect(qualifier(form('J.H.'))).toBe('jh');
    expect(qualifier(form(null, 'Sandra'))).toBe('sandra');
  });
  it('a bare surname goes to the one candidate, or the one in its role, else it is ambiguous', () => {
    const a = { id: 'a', roles: ['wethouder'] };
    const b = { id: 'b', roles: ['raadslid'] };
    const holds = (c: { roles: string[] }, r: string) => c.roles.includes(r);
    expect(resolveBare([], 'wethouder', holds)).toBeNull();
    expect(resolveBare([a], null, holds)).toBe(a);
    expect(resolveBare([a, b], 'wethouder', holds)).toBe(a);
    expect(resolveBare([a, b], null, holds)).toBe('ambiguous');
    expect(resolveBare([a, b], 'burgemeester', holds)).toBe('ambiguous');
  });
});

describe('persons within one real document (tests/corpus/docs)', () => {
  const persons = (file: string, surname: string) =>
    extractReal(file).nodes.filter((n) => n.label === 'Person' && String(n.props.surname) === surname).map((n) => [n.id, n.props.name, n.props.unresolved ?? false, n.evidence.map((p) => p.quote)]);

  it('one person named three ways is one node with the fullest name (Achtkarspelen, raad 28 maart 2019)', () => {
    expect(persons('065-achtkarspelen-ris2-raad-28-maart-2019.txt', 'Buising')).toEqual([
      ['person:gm0059:buising', 'M.C. Buising', false, ['de heer M.C. Buising', 'Raadslid Buising', 'de heer Buising', 'Raadslid Buising']],
    ]);
  });
  it('a given name with a diaeresis is a given name, not the surname (Het Hogeland, RTV Noord)', () => {
    expect(persons('071-hethogeland-rtvnoord-subsidie-dorpshuizen.txt', 'de Visser').map((p) => p.slice(0, 3))).toEqual([['person:gm1966:de-visser', 'Mariëtte de Visser', false]]);
  });
  it('two initials of one surname are two nodes (Hoogeveen, verslag 29 oktober 2009: J.K. and L. Otten, A.A. and J.H. Steenbergen)', () => {
    const file = '137-hoogeveen-gemeentebelangen-verslag-besluiten-29-oktober-2009.txt';
    expect(persons(file, 'Otten').map((p) => p.slice(0, 3))).toEqual([['person:gm0118:otten', 'J.K. Otten', false], ['person:gm0118:otten-l', 'L. Otten', false], ['person:gm0118:otten-onbepaald', 'Otten', true]]); // 'Otten (CDA) vindt' names neither: unresolved
    expect(persons(file, 'Steenbergen').map((p) => p.slice(0, 3))).toEqual([['person:gm0118:steenbergen', 'A.A. Steenbergen', false], ['person:gm0118:steenbergen-jh', 'J.H. Steenbergen', false]]);
  });
});
