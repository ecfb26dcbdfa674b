import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import { shadowText } from '../../src/ingest/text.js';

/** Layouts found on held-out documents: tables, words broken over lines, wrapped headers, given names after titles. */
const extract = (text: string, municipality = 'GM0590') => extractDocument({ text, fileName: 'doc.txt', sha256: 'test', municipality });

describe('layout', () => {
  it('joins words hyphenated over a line break, keeping every offset', () => {
    const t = 'Deze toe-\nzegging staat in de Zuid-\nHolland lijst.';
    const sh = shadowText(t);
    expect(sh.length).toBe(t.length);
    expect(sh).toContain('Deze toezegging   staat');
    expect(sh).toContain('Zuid-\nHolland');
  });

  it('reads a meeting header wrapped over lines and a promise broken by hyphenation', () => {
    const doc = extract('BESLUITENLIJST van de openbare vergadering van de gemeente-\nraad van Papendrecht, gehouden op dinsdag 8 februari 2022 om\n20.00 uur\n\nWethouder Van Leeuwen zegt toe de raad na de zomer te informe-\nren over de aanbesteding van de sporthal.\n');
    expect(doc.nodes.filter((n) => n.label === 'Meeting').map((n) => n.id)).toEqual(['meeting:gm0590:gemeenteraad-2022-02-08-20-00']);
    const c = doc.nodes.find((n) => n.label === 'Commitment');
    expect(c?.props.dueText).toBe('na de zomer');
    expect(doc.edges.find((e) => e.type === 'COMMITTED' && e.to === c?.id)?.from).toBe('person:gm0590:van-leeuwen');
  });

  it('takes a given name after a title as the given name, not the surname', () => {
    const doc = extract('Raadsvoorstel gemeente Papendrecht\n\nPortefeuillehouder: wethouder Yasin Torunoglu\n\nDe raad besluit het voorstel vast te stellen. De wethouder zegt toe de commissie te informeren.\n');
    expect(doc.nodes.filter((n) => n.label === 'Person').map((n) => [n.id, n.props.givenName])).toEqual([['person:gm0590:torunoglu', 'Yasin']]);
  });

  it('reads a toezeggingenlijst table row by row', () => {
    const doc = extract([
      'Toezeggingenlijst gemeenteraad Papendrecht',
      '',
      'Nr.   | Datum      | Portefeuillehouder | Toezegging                                   | Termijn   | Status',
      '------+------------+--------------------+----------------------------------------------+-----------+---------',
      'T22-01| 13-01-2022 | wethouder Tigelaar | De raad informeren over de Woondeal            | na de zomer | open',
      'T21-17| 02-11-2021 | wethouder Imming   | Nagaan of de subsidie kan worden verhoogd     | eind 2021 | afgedaan',
    ].join('\n'));
    const rows = doc.nodes.filter((n) => n.label === 'Commitment').map((n) => [n.id, n.props.text, n.props.kind, n.props.dueText, n.props.status, doc.edges.find((e) => e.type === 'COMMITTED' && e.to === n.id)?.from]);
    expect(rows).toEqual([
      ['commitment:gm0590:toezegging-t22-01', 'De raad informeren over de Woondeal', 'explicit', 'na de zomer', 'open', 'person:gm0590:tigelaar'],
      ['commitment:gm0590:toezegging-t21-17', 'Nagaan of de subsidie kan worden verhoogd', 'soft', 'eind 2021', 'fulfilled', 'person:gm0590:imming'],
    ]);
  });
});
