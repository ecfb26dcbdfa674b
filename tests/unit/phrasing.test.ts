import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { sentences } from '../../src/ingest/text.js';

/** Phrasings met on the second held-out set (tests/fixtures/held-out-2), each in a document of its own. */
const extract = (text: string, municipality = 'GM0590') => extractDocument({ text, fileName: 'doc.txt', sha256: 'test', municipality });
const of = (doc: ExtractedDocument, label: string) => doc.nodes.filter((n) => n.label === label);
const actorOf = (doc: ExtractedDocument, type: 'COMMITTED' | 'RAISED', id: string) => doc.edges.filter((e) => e.type === type && e.to === id).map((e) => e.from);

describe('phrasing', () => {
  it('ends a unit at a heading line of its own', () => {
    const t = 'Agendapunt 5 - Rondvraag\nDe heer Bos vraagt of de wachttijd oploopt over de\nMerwede heen.\n1. Kennis te nemen van de evaluatie.';
    expect(sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual(['Agendapunt 5 - Rondvraag', 'De heer Bos vraagt of de wachttijd oploopt over de\nMerwede heen.', '1. Kennis te nemen van de evaluatie.']);
  });

  it('reads numbered beslispunten under `Het college besluit:` and `Beslispunten` as decisions', () => {
    const doc = extract('Besluitenlijst college van B&W Papendrecht d.d. 7 februari 2023\n\nBesluit nr. 1 - Subsidie welzijn\nHet college besluit:\n1. aan Stichting Welzijn Papendrecht een subsidie te verlenen van € 450.000;\n2. niet in te stemmen met het verzoek om uitstel.\n\nBeslispunten\n1. Kennis te nemen van de evaluatie.\n');
    expect(of(doc, 'Decision').map((n) => [n.props.text, n.props.outcome])).toEqual([
      ['aan Stichting Welzijn Papendrecht een subsidie te verlenen van € 450.000;', 'adopted'],
      ['niet in te stemmen met het verzoek om uitstel.', 'rejected'],
      ['Kennis te nemen van de evaluatie.', 'for-information'],
    ]);
  });

  it('lets `de wethouder` in an agenda item mean the item\'s portefeuillehouder', () => {
    const doc = extract('Vergadering van de commissie Bestuur op 15 maart 2023 om 19.30 uur\n\nAgendapunt 3 - Mantelzorg\nPortefeuillehouder: wethouder Veldkamp\nToezeggingen:\n• De wethouder stuurt een overzicht van de wachtlijsten.\n\nAgendapunt 4 - Parkeren\nPortefeuillehouder: wethouder Hoekman\nToezeggingen:\n• De wethouder komt voor 1 juni 2023 terug op het bewonersparkeren.\n');
    expect(of(doc, 'Commitment').map((n) => actorOf(doc, 'COMMITTED', n.id))).toEqual([['person:gm0590:veldkamp'], ['person:gm0590:hoekman']]);
  });

  it('takes the deadline after the promise verb, and `Dat zeg ik u toe.` promises the sentence before', () => {
    const doc = extract('Notulen van de vergadering van de gemeenteraad van Papendrecht op 13 november 2023\n\nMevrouw Kok (VVD): Hoe lang duurt het?\nWethouder Boer: De gunning is in mei en ik zeg toe de raad vóór de zomer te informeren.\nWethouder Boer: Ik stuur de evaluatie na de zomer naar uw raad. Dat zeg ik u toe.\n');
    expect(of(doc, 'Commitment').map((n) => [n.props.dueText, actorOf(doc, 'COMMITTED', n.id)[0]])).toEqual([
      ['vóór de zomer', 'person:gm0590:boer'],
      ['na de zomer', 'person:gm0590:boer'],
    ]);
  });

  it('reads `neem ik mee` and `nemen wij mee` as promises, `wij nemen u mee` not', () => {
    const doc = extract('Raadsinformatiebrief gemeente Papendrecht, 12 oktober 2023\n\nAan de gemeenteraad\n\nHet voorstel van de heer Kroeze nemen wij mee in het uitvoeringsprogramma. In deze brief nemen wij u mee in de plannen van de gemeente.\n');
    expect(of(doc, 'Commitment').map((n) => n.props.text)).toEqual(['Het voorstel van de heer Kroeze nemen wij mee in het uitvoeringsprogramma.']);
  });

  it('credits an interrupting question to the speaker, not to the member it names; co-submitting fracties raise a motion', () => {
    const doc = extract('Notulen van de vergadering van de gemeenteraad van Papendrecht op 13 november 2023\n\nDe heer Ruys (PvdA): Ik maak mij zorgen.\nMevrouw Sterk (VVD): Interruptie. Is de heer Ruys het met mij eens?\nDe heer Ozcan (DENK): Samen met de SP dien ik een motie in. De raad verzoekt het college een plan te maken.\n');
    expect(of(doc, 'Request').map((n) => [n.props.kind, actorOf(doc, 'RAISED', n.id).sort()])).toEqual([
      ['question', ['person:gm0590:sterk']],
      ['motion', ['fractie:gm0590:sp', 'person:gm0590:ozcan']],
    ]);
  });

  it('reads surnames in capitals after a title', () => {
    const doc = extract('Notulen van de vergadering van de gemeenteraad van Papendrecht op 13 november 2023\n\nMevrouw VAN DIJK (PvdA): Kan de wethouder dat uitzoeken?\nWethouder DE BOER: Dat zeg ik u toe.\nDe heer ÖZCAN (DENK): Dank.\n');
    expect(of(doc, 'Person').map((n) => n.id).sort()).toEqual(['person:gm0590:de-boer', 'person:gm0590:ozcan', 'person:gm0590:van-dijk']);
    expect(doc.edges.filter((e) => e.type === 'MEMBER_OF').map((e) => `${e.from} ${e.to}`)).toContain('person:gm0590:van-dijk fractie:gm0590:pvda');
  });

  it('reads reported questions and proposals of members in a letter', () => {
    const doc = extract('Raadsinformatiebrief gemeente Papendrecht, 12 oktober 2023\n\nAan de gemeenteraad\n\nIn de raad heeft mevrouw Wiersma (GroenLinks) gevraagd hoe huurders worden betrokken. De heer Kroeze (CDA) heeft voorgesteld om energiecoaches in te zetten.\n');
    expect(of(doc, 'Request').map((n) => [n.props.kind, actorOf(doc, 'RAISED', n.id)])).toEqual([
      ['question', ['person:gm0590:wiersma']],
      ['proposal', ['person:gm0590:kroeze']],
    ]);
  });
});

describe('meeting references', () => {
  it('makes Meetings of meetings a text refers to', () => {
    const doc = extract('Raadsvoorstel gemeente Papendrecht\nRaadsvergadering: dinsdag 25 januari 2022\n\nIn de raadsvergadering van 6 juli 2021 heeft mevrouw Van Gerven (SP) gevraagd om meer aandacht voor jongeren. In de commissie Beheer van 4 september 2023 en in de commissievergadering van 3 juni 2021 kwam dit terug. Wij besluiten na de eerstvolgende raadsvergadering.\n');
    expect(of(doc, 'Meeting').map((n) => n.id).sort()).toEqual([
      'meeting:gm0590:commissie-2021-06-03', 'meeting:gm0590:commissie-beheer-2023-09-04', 'meeting:gm0590:gemeenteraad-2021-07-06', 'meeting:gm0590:gemeenteraad-2022-01-25',
    ]);
  });
});

describe('held-out-2 follow-ups', () => {
  it('reads a speaker label in capitals and does not take a lower-case phrase for a committee name', () => {
    const doc = extract('Notulen van de vergadering van de gemeenteraad van Papendrecht op 13 november 2023\n\nWethouder DE BOER: Ik stuur de evaluatie na de zomer naar uw raad. Dat zeg ik u toe.\nDe commissie adviseert het voorstel te agenderen voor de raadsvergadering van 3 april 2023.\n');
    expect(of(doc, 'Commitment').map((n) => actorOf(doc, 'COMMITTED', n.id))).toEqual([['person:gm0590:de-boer']]);
    expect(of(doc, 'Meeting').map((n) => n.id).sort()).toEqual(['meeting:gm0590:gemeenteraad-2023-04-03', 'meeting:gm0590:gemeenteraad-2023-11-13']);
  });
});
