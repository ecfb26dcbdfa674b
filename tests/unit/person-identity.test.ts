import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import { compatible, mergeForms, qualifier, resolveBare } from '../../src/ingest/extract/person-identity.js';

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

describe('persons within one document', () => {
  const persons = (text: string) =>
    extractDocument({ text, fileName: 'doc.txt', sha256: 'test', municipality: 'GM0590' })
      .nodes.filter((n) => n.label === 'Person')
      .map((n) => [n.id, n.props.name, n.props.unresolved ?? false]);

  it('one person named three ways is one node with the fullest name', () => {
    expect(persons('Verslag van de raadsvergadering van 3 maart 2021.\n\nMevrouw S. Koster (VVD) vraagt naar de planning. Wethouder Koster zegt toe de raad te informeren. Sandra Koster (Stichting Leergeld) was aanwezig.\n')).toEqual([
      ['person:gm0590:koster', 'Sandra Koster', false],
    ]);
  });
  it('a given name with a diaeresis is a given name, not the surname', () => {
    expect(persons('Verslag van de raadsvergadering van 3 maart 2021 van de gemeente.\n\nWethouder Mariëtte de Visser zegt toe de raad voor de zomer te informeren over de planning.\n')).toEqual([
      ['person:gm0590:de-visser', 'Mariëtte de Visser', false],
    ]);
  });
  it('two initials are two nodes, and a bare surname between them is attached to neither', () => {
    expect(persons('Verslag van de raadsvergadering van 3 maart 2021.\n\nMevrouw S. Koster (VVD) vraagt naar de planning. De heer P. Koster (CDA) sluit zich aan. De heer Koster vraagt ook naar de kosten van de gemeente.\n')).toEqual([
      ['person:gm0590:koster', 'S. Koster', false],
      ['person:gm0590:koster-p', 'P. Koster', false],
      ['person:gm0590:koster-onbepaald', 'Koster', true],
    ]);
  });
});
