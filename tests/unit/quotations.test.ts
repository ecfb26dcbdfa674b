import { describe, expect, it } from 'vitest';
import { quotations, quotationAt } from '../../src/ingest/extract/quotations.js';
import { corpusText, extractReal } from '../support/real-text.js';

/**
 * Quoted speech in real news items and party pages of tests/corpus/docs (named in each test): where
 * a quotation runs, who its reporting clause names, and that a council member's quoted `we` is no
 * commitment of the college.
 */
const quoted = (file: string) => {
  const text = corpusText(file);
  return quotations(text).map((q) => ({
    opens: text.slice(q.start, Math.min(q.end, q.start + 24)),
    by: q.attribution === null ? null : text.slice(q.attribution.start, q.attribution.end),
  }));
};

describe('quotations', () => {
  it('finds `"...", aldus X`, a quotation whose clause follows it (NH Nieuws, Amsterdam)', () => {
    expect(quoted('019-amsterdam-nhnieuws-evaluatie-knip-weesperstraat.txt')).toEqual([
      { opens: '"We vinden het belangrij', by: 'aldus Van der Horst' },
      { opens: '"Ik zie ook wel dat draa', by: null },
      { opens: '"Heel veel nieuws heb ik', by: 'vertelde zij in Park Politiek' },
    ]);
  });

  it("reads old newspaper marks (,,...’’) and clauses with a party (De Stentor, Raalte); a word in single quotes is a quotation, `'s` is not", () => {
    const found = quoted('083-raalte-stentor-excuus-memo-wethouder.txt');
    expect(found.filter((q) => q.by !== null).map((q) => q.by)).toEqual([
      "reageert Alexander Kreule (VVD) op de 'excuus-memo' van de wethouder",
      "reageert Alexander Kreule (VVD) op de 'excuus-memo' van de wethouder",
      'reageert PvdA-gemeenteraadslid Arie van der Wilt',
      'reageert PvdA-gemeenteraadslid Arie van der Wilt',
      'reageert Bert Terlouw van D66',
      'reageert Bert Terlouw van D66',
    ]);
    expect(found.map((q) => q.opens.slice(0, 12))).toContain(",,Hij moet m");
  });

  it('takes a clause before the quotation (`Bink: "..."`) and one that breaks a quotation in two (Zoetermeer Actief)', () => {
    expect(quoted('030-zoetermeer-actief-onderzoek-zwembad.txt').map((q) => ({ ...q, opens: q.opens.slice(0, 6) }))).toEqual([
      { opens: "'vrij'", by: null },
      { opens: '"Na de zomer wordt het l', by: 'zegt Yvonne Bink-Winterkamp van de Zó!-fractie' },
      { opens: '"We zijn blij dat het co', by: 'zegt Yvonne Bink-Winterkamp van de Zó!-fractie' },
      { opens: '"Wij zullen moeten afwac', by: 'Bink' },
    ].map((q) => ({ ...q, opens: q.opens.slice(0, 6) })));
  });

  it('knows which quotation holds an offset', () => {
    const text = corpusText('100-groningen-oogtv-betaald-parkeren-niet-aanpassen.txt');
    const list = quotations(text);
    const inside = text.indexOf('Dat zal de komende weken');
    expect(quotationAt(list, inside)?.attribution).not.toBeNull();
    expect(quotationAt(list, text.indexOf('betoogt CDA-raadslid'))).toBeNull();
  });
});

describe('quoted speech and commitments', () => {
  const commitmentTexts = (file: string) => extractReal(file).nodes.filter((n) => n.label === 'Commitment').map((n) => String(n.props.text));

  it('a member asking on behalf of a fractie (`stelt, namens de P.v.d.A.-fractie, de volgende vraag: "..."`) quotes a past promise, not a new one (Willemstad, 1992)', () => {
    const file = '261-willemstad-raadsnotulen-1992-p261.txt';
    const text = corpusText(file);
    const clause = quotationAt(quotations(text), text.indexOf('Het college heeft toegezegd daarover'))?.attribution;
    expect(clause === null || clause === undefined ? null : text.slice(clause.start, clause.end)).toBe('Mevrouw De Wit stelt, namens de P.v.d.A.-fractie, vervolgens de volgende vraag');
    expect(commitmentTexts(file).filter((t) => t.includes('contact op te nemen met de PNEM'))).toEqual([]);
    // The wethouder's own promise just before the quotation stays.
    expect(commitmentTexts(file).some((t) => t.startsWith('Hij zegt toe dat de kasten'))).toBe(true);
  });

  it('a D66 member quoted on what the wethouder must do is no commitment (De Stentor, Raalte)', () => {
    expect(commitmentTexts('083-raalte-stentor-excuus-memo-wethouder.txt').filter((t) => t.includes('verrekt goed verhaal'))).toEqual([]);
  });

  it('a `we` that opens the unit and speaks of the college in the third person is the writer, not the college (D66 Deventer, D66 Utrechtse Heuvelrug)', () => {
    expect(commitmentTexts('023-deventer-d66-reactie-college-parkeren.txt').filter((t) => t.startsWith('We zijn tevreden met de beantwoording van het college'))).toEqual([]);
    expect(commitmentTexts('004-utrechtseheuvelrug-d66-vragen-verkeersveiligheid.txt').filter((t) => t.startsWith('We willen weten of wethouder'))).toEqual([]);
  });

  it('a `we` that reports what the college said (`We hoorden ... dat het college ... verwachten ... te zullen komen`) keeps the college (Wijkraad Vijfhoek, Haarlem)', () => {
    const doc = extractReal('016-haarlem-wijkraad-vijfhoek-plan-b.txt');
    const heard = doc.nodes.filter((n) => n.label === 'Commitment' && String(n.props.text).startsWith('We hoorden van de griffie dat het college'));
    expect(heard.map((n) => doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === n.id).map((e) => e.from))).toEqual([['body:gm0392:college-van-b-en-w']]);
    expect(doc.nodes.filter((n) => n.label === 'Commitment' && String(n.props.text).startsWith('We weten medio januari wat B&W vindt'))).toEqual([]);
  });

  it('a future inside a question someone puts (`hebben we de portefeuillehouder gevraagd hoe ... zal worden`) is no commitment (CDA Hillegom); the college asking the council first is its own (Halderberge)', () => {
    expect(commitmentTexts('205-hillegom-cda-vragen-uitvoeringsprogramma-spelen.txt').filter((t) => t.includes('de portefeuillehouder gevraagd hoe'))).toEqual([]);
    expect(commitmentTexts('062-halderberge-bulletin-ingelaste-raad-coa.txt').filter((t) => t.startsWith('Voordat wij een antwoord op dit verzoek geven, willen wij als college'))).toHaveLength(1);
  });

});
