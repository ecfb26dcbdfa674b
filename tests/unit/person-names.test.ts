import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { compatible, dualistDocument, rolesConflict } from '../../src/ingest/extract/person-identity.js';
import { parsePersonName, withoutRunOn } from '../../src/ingest/extract/person-name.js';
import { corpusSlice, extractReal } from '../support/real-text.js';

/** Issue 11's open points on persons and parties, each on the real text it was seen in (tests/corpus/docs). */

const persons = (doc: ExtractedDocument, surname?: string) =>
  doc.nodes
    .filter((n) => n.label === 'Person' && (surname === undefined || String(n.props.surname) === surname))
    .map((n) => ({ id: n.id, name: n.props.name, quotes: n.evidence.map((p) => p.quote) }));
const edges = (doc: ExtractedDocument, type: string, from: string) =>
  doc.edges.filter((e) => e.type === type && e.from === from).map((e) => [e.to, e.props.role ?? null]);
const raisedBy = (doc: ExtractedDocument, request: string) =>
  doc.edges.filter((e) => e.type === 'RAISED' && e.to === request).map((e) => e.from).sort();

describe('two people of one surname in one document: a council member and a wethouder', () => {
  const file = '120-reimerswaal-sgp-interpellatiedebat-begraafbeleid.txt';
  const doc = extractReal(file);

  it('Reimerswaal 2014: raadslid "Rien Sinke (SGP)" and "de wethouder Sinke" are two nodes', () => {
    expect(persons(doc, 'Sinke')).toEqual([
      { id: 'person:gm0703:sinke', name: 'Rien Sinke', quotes: ['Rien Sinke'] },
      { id: 'person:gm0703:sinke-wethouder', name: 'Sinke', quotes: ['wethouder Sinke'] },
    ]);
    expect(edges(doc, 'HOLDS_ROLE', 'person:gm0703:sinke')).toEqual([['body:gm0703:gemeenteraad', 'raadslid']]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0703:sinke')).toEqual([['fractie:gm0703:sgp', null]]);
    expect(edges(doc, 'HOLDS_ROLE', 'person:gm0703:sinke-wethouder')).toEqual([['body:gm0703:college-van-b-en-w', 'wethouder']]);
  });

  it('one person\'s mentions still merge: a given name or initials and a bare "wethouder X" with nothing against it', () => {
    expect(persons(extractReal('025-rotterdam-rijnmond-debat-jeugdzorg-opgeschort.txt'), 'Bokhove')).toEqual([
      { id: 'person:gm0599:bokhove', name: 'Judith Bokhove', quotes: ['wethouder Judith Bokhove', 'Wethouder Bokhove'] },
    ]);
    expect(persons(extractReal('049-assen-omroepassen-moties-begroting-2022.txt'), 'Dekker').map((p) => [p.id, p.name])).toEqual([['person:gm0106:dekker', 'Karin Dekker']]);
    expect(persons(extractReal('137-hoogeveen-gemeentebelangen-verslag-besluiten-29-oktober-2009.txt'), 'Bargeman').map((p) => [p.id, p.name, p.quotes])).toEqual([
      ['person:gm0118:bargeman', 'A. Bargeman', ['A. Bargeman', 'Wethouder Bargeman']],
    ]);
  });

  it('the rule: under dualism (from 7 March 2002, and in undated texts) a council member is no wethouder of the same document', () => {
    expect(rolesConflict(['raadslid'], 'wethouder')).toBe(true);
    expect(rolesConflict(['wethouder'], 'raadslid')).toBe(true);
    expect(rolesConflict(['wethouder', 'raadslid'], 'wethouder')).toBe(false);
    expect(rolesConflict([], 'wethouder')).toBe(false);
    expect(rolesConflict(['raadslid'], null)).toBe(false);
    expect(dualistDocument('2014-09-02')).toBe(true);
    expect(dualistDocument('1996-08-29')).toBe(false);
    expect(dualistDocument(null)).toBe(true);
  });
});

describe('Dutch names: double given names, compound surnames, OCR', () => {
  it('"Jan Pieter Loopstra (PvdA)" is Jan Pieter Loopstra (Groningen), not Pieter Loopstra', () => {
    const doc = extractReal('056-groningen-rtvnoord-essentaksterfte.txt');
    expect(persons(doc, 'Loopstra')).toEqual([{ id: 'person:gm0014:loopstra', name: 'Jan Pieter Loopstra', quotes: ['Jan Pieter Loopstra'] }]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0014:loopstra')).toEqual([['fractie:gm0014:pvda', null]]);
  });

  it('"GroenLinks fractievoorzitter Anne Marie Smits" is Anne Marie Smits (Het Hogeland), not "Anne"', () => {
    const doc = extractReal('071-hethogeland-rtvnoord-subsidie-dorpshuizen.txt');
    expect(persons(doc).filter((p) => /Anne/.test(String(p.name)))).toEqual([
      { id: 'person:gm1966:smits', name: 'Anne Marie Smits', quotes: ['fractievoorzitter Anne Marie Smits'] },
    ]);
  });

  it('"Gerard Klein Gunnewiek (Nieuwe Liberalen)" has the compound surname Klein Gunnewiek (Oost Gelre)', () => {
    const doc = extractReal('092-oostgelre-omroepgelderland-zonneparken-motie-ingetrokken.txt');
    expect(persons(doc, 'Klein Gunnewiek')).toEqual([{ id: 'person:gm1586:klein-gunnewiek', name: 'Gerard Klein Gunnewiek', quotes: ['Gerard Klein Gunnewiek'] }]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm1586:klein-gunnewiek')).toEqual([['fractie:gm1586:nieuwe-liberalen', null]]);
  });

  it('"Wethouder Robin Hartogh Heys" is Hartogh Heys (Smallingerland): the text names him again as "volgens Hartogh Heys"', () => {
    const file = '052-smallingerland-waldnet-overbodige-motie-houtbouw.txt';
    const doc = extractReal(file);
    expect(persons(doc, 'Hartogh Heys')).toEqual([{ id: 'person:gm0090:hartogh-heys', name: 'Robin Hartogh Heys', quotes: ['Wethouder Robin Hartogh Heys'] }]);
    expect(persons(doc, 'Heys')).toEqual([]);
    // The rule itself, on that text's words: the second mention settles it; without the text, three words are two given names and a surname.
    const text = corpusSlice(file, 'Wethouder Robin Hartogh Heys', 'volgens Hartogh Heys');
    expect(parsePersonName('Robin Hartogh Heys', text)).toEqual({ name: 'Robin Hartogh Heys', surname: 'Hartogh Heys', givenName: 'Robin', initials: null });
    expect(parsePersonName('Robin Hartogh Heys')?.surname).toBe('Heys');
    // A double given name is never repeated without its first name: Groningen's and Het Hogeland's stay as they were.
    const groningen = corpusSlice('056-groningen-rtvnoord-essentaksterfte.txt', 'Jan Pieter Loopstra', 'Loopstra');
    expect(parsePersonName('Jan Pieter Loopstra', groningen)?.surname).toBe('Loopstra');
  });

  it('the name rule on the real names: given names before a tussenvoegsel or a compound start', () => {
    expect(parsePersonName('Jan Pieter Loopstra')).toEqual({ name: 'Jan Pieter Loopstra', surname: 'Loopstra', givenName: 'Jan Pieter', initials: null });
    expect(parsePersonName('Gerard Klein Gunnewiek')).toEqual({ name: 'Gerard Klein Gunnewiek', surname: 'Klein Gunnewiek', givenName: 'Gerard', initials: null });
    expect(parsePersonName('Bert van Steeg')).toEqual({ name: 'Bert van Steeg', surname: 'van Steeg', givenName: 'Bert', initials: null });
    // A double given name agrees with its first name, not with its second.
    expect(compatible({ initials: null, givenName: 'Jan Pieter' }, { initials: null, givenName: 'Jan' })).toBe(true);
    expect(compatible({ initials: null, givenName: 'Jan Pieter' }, { initials: null, givenName: 'Pieter' })).toBe(false);
    expect(compatible({ initials: null, givenName: 'Jan Pieter' }, { initials: 'J.P.', givenName: null })).toBe(true);
  });

  it('a two-word given run at a sentence start keeps only the last word: "Zowel Hans Rottier (SGP)", Urk\'s "Abbetjes Meindert de Boer (SGP)"', () => {
    expect(persons(extractReal('120-reimerswaal-sgp-interpellatiedebat-begraafbeleid.txt'), 'Rottier')).toEqual([{ id: 'person:gm0703:rottier', name: 'Hans Rottier', quotes: ['Hans Rottier'] }]);
    expect(persons(extractReal('103-urk-urkerland-woningbouw-zeeheldenwijk.txt'), 'de Boer').map((p) => [p.id, p.name])).toEqual([['person:gm0184:de-boer', 'Meindert de Boer']]);
  });

  it('an OCR run-on is cut from the surname: "Wethouder H. VerkampenGEMERT - Stichting ..." is H. Verkampen (Gemert-Bakel)', () => {
    expect(corpusSlice('078-gemertbakel-kasteelgemert-open-brief.txt', 'Wethouder H. Verkampen', 'GEMERT')).toBe('Wethouder H. VerkampenGEMERT');
    expect(withoutRunOn('VerkampenGEMERT')).toBe('Verkampen');
    expect(withoutRunOn('SCHRODER')).toBe('SCHRODER');
    expect(persons(extractReal('078-gemertbakel-kasteelgemert-open-brief.txt')).map((p) => [p.id, p.name])).toEqual([['person:gm1652:verkampen', 'H. Verkampen']]);
  });

  it('a surname OCR hyphenated at a line\'s end is one word ("wethouder Roosen- boom", Halsteren 1996), a dash before a verb is not ("Huib van Olden-  bleef staan")', () => {
    const halsteren = persons(extractReal('235-halsteren-raadsnotulen-1996-p74.txt')).map((p) => p.id);
    expect(halsteren).toContain('person:gm0789:roosenboom');
    expect(halsteren).not.toContain('person:gm0789:roosen');
    expect(persons(extractReal('154-shertogenbosch-bastionoranje-voorstel-lokale-omroep-afgekeurd.txt'), 'van Olden').map((p) => p.id)).toEqual(['person:gm0796:van-olden']);
  });

  it('a column-mangled OCR attendance list (Halsteren 1996): one name per item, a double surname with its tussenvoegsel kept whole', () => {
    const doc = extractReal('211-halsteren-raadsnotulen-1996-08-29-p53.txt');
    const ids = persons(doc).map((p) => p.id);
    expect(ids).toContain('person:gm0789:hagenaars');
    expect(ids).not.toContain('person:gm0789:hagenaars-huijgens');
    expect(persons(doc, 'de Koning-van de Casteel').map((p) => p.name)).toEqual(['J.G.M. de Koning-van de Casteel']);
    // A list that is not mangled keeps a two-word surname (Hoogeveen 2009: `J. Bruins Slot`).
    expect(persons(extractReal('137-hoogeveen-gemeentebelangen-verslag-besluiten-29-oktober-2009.txt'), 'Bruins Slot').map((p) => p.name)).toEqual(['J. Bruins Slot']);
  });
});

describe('parties by name and by shape', () => {
  it('party names in capitals map to the party: "(GROENLINKS)" in Breda\'s minutes of 1999 is GroenLinks', () => {
    const doc = extractReal('028-breda-notulen-1999-08-26-p314.txt');
    expect(doc.nodes.filter((n) => n.id === 'fractie:gm0758:groenlinks').map((n) => [n.props.name, n.props.abbreviation])).toEqual([['GroenLinks', 'GL']]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0758:scheltens')).toEqual([['fractie:gm0758:groenlinks', null]]);
  });

  it('"GL" and "Groenlinks" are GroenLinks (Wormerland 2023, Heemstede 2023)', () => {
    expect(edges(extractReal('145-wormerland-voorronde-groene-zaal-26-september-2023.txt'), 'MEMBER_OF', 'person:gm0880:doorn')).toEqual([['fractie:gm0880:groenlinks', null]]);
    expect(extractReal('241-heemstede-hbb-verslag-gemeenteraad-26-januari-2023.txt').nodes.some((n) => n.id === 'fractie:gm0397:groenlinks')).toBe(true);
  });

  it('co-submitters of a motion with a party\'s shape in a list of parties: TROTS and two one-person fracties (Landgraaf)', () => {
    const doc = extractReal('132-landgraaf-sp-uitzendingen-raadsvergaderingen.txt');
    const request = doc.edges.find((e) => e.type === 'RAISED' && e.from === 'fractie:gm0882:trots')?.to ?? '';
    expect(raisedBy(doc, request)).toEqual([
      'fractie:gm0882:cda', 'fractie:gm0882:fractie-huth', 'fractie:gm0882:fractie-teheux', 'fractie:gm0882:groenlinks', 'fractie:gm0882:sp', 'fractie:gm0882:trots',
    ]);
  });

  it('a party name with a digit and odd case: "SP, PvdA, GroenLinks, D66 en wens4U indienden" (Schagen)', () => {
    const doc = extractReal('035-schagen-raadzaam-laatste-raad-2022.txt');
    const request = doc.edges.find((e) => e.type === 'RAISED' && e.from === 'fractie:gm0441:wens4u')?.to ?? '';
    expect(raisedBy(doc, request)).toEqual(['fractie:gm0441:d66', 'fractie:gm0441:groenlinks', 'fractie:gm0441:pvda', 'fractie:gm0441:sp', 'fractie:gm0441:wens4u']);
    expect(doc.nodes.find((n) => n.id === 'fractie:gm0441:wens4u')?.props.name).toBe('wens4U');
  });

  it('the signers under a motion raised it with their parties (Utrecht 2022: "Bert van Steeg, CDA Utrecht" / "Anne Sasbrink, Partij voor de Dieren")', () => {
    const doc = extractReal('156-utrecht-partijvoordedieren-motie-lokale-media.txt');
    expect(raisedBy(doc, 'request:gm0344:motion-2022-09-15-motie-blijf-utrechtse-lokale-media-ontwikkelen')).toEqual([
      'fractie:gm0344:cda', 'fractie:gm0344:partij-voor-de-dieren', 'person:gm0344:sasbrink', 'person:gm0344:van-steeg',
    ]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0344:van-steeg')).toEqual([['fractie:gm0344:cda', null]]);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0344:sasbrink')).toEqual([['fractie:gm0344:partij-voor-de-dieren', null]]);
  });

  it('a signer with the party on the next line (Den Haag 2021: "Robert Barker" / "Partij voor de Dieren")', () => {
    const doc = extractReal('097-denhaag-pvdd-motie-houd-woord.txt');
    expect(raisedBy(doc, 'request:gm0518:motion-2021-11-04-motie-houd-woord')).toEqual(['fractie:gm0518:partij-voor-de-dieren', 'person:gm0518:barker']);
    expect(edges(doc, 'MEMBER_OF', 'person:gm0518:barker')).toEqual([['fractie:gm0518:partij-voor-de-dieren', null]]);
  });
});
