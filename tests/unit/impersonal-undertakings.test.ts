import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { extractReal } from '../support/real-text.js';

const actorsStartingWith = (doc: ExtractedDocument, text: string) =>
  doc.nodes
    .filter((n) => n.label === 'Commitment' && String(n.props.text).startsWith(text))
    .map((n) => doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === n.id).map((e) => e.from));

const startingWith = (doc: ExtractedDocument, text: string) =>
  doc.nodes
    .filter((n) => n.label === 'Commitment' && String(n.props.text).startsWith(text))
    .map((n) => [n.props.kind, doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === n.id).map((e) => e.from)]);

describe('an act towards the council stated without a subject, where nobody has the floor', () => {
  it('reads a register\'s status line `De RIB ... wordt in augustus 2019 aan de gemeenteraad aangeboden` as the college\'s (Woerden, M-16)', () => {
    const doc = extractReal('108-woerden-lta-m16-motie-bomen-in-beeld.txt');
    // Gold calls it explicit; the kind model retrained after issue 7's fifth round calls it soft (a known defect,
    // in the README's quality section), so the reading and the actor are pinned here, not the kind.
    expect(actorsStartingWith(doc, 'De RIB over motie bomen in beeld')).toEqual([['body:gm0632:college-van-b-en-w']]);
  });

  it('gives `De raad zal schriftelijk geïnformeerd worden` to the wethouder the report named (Steenbergen, moties 25 januari 2024)', () => {
    const doc = extractReal('121-steenbergen-moties-25-januari-2024.txt');
    expect(startingWith(doc, 'De raad zal schriftelijk geïnformeerd worden')).toEqual([['explicit', ['person:gm0851:remery']]]);
  });

  it('reads `Er volgt een verbeterde versie ook voor de raad van 2 oktober` under a `Toezeggingen wethouder X:` label as his (Heemstede, commissie Ruimte)', () => {
    const doc = extractReal('178-heemstede-commissie-ruimte-17-september-2025.txt');
    expect(startingWith(doc, 'Er volgt een verbeterde versie')).toEqual([['explicit', ['person:gm0397:grummel']]]);
  });

  it('leaves a plan a motion quotes from a budget document (Den Haag, PvdD: `... staat: ‘In 2021 wordt het voorlopig ontwerp voorgelegd aan de gemeenteraad.’`) alone', () => {
    const doc = extractReal('097-denhaag-pvdd-motie-houd-woord.txt');
    expect(doc.nodes.filter((n) => n.label === 'Commitment' && /staat: ‘In 2021 wordt/.test(String(n.props.text)))).toEqual([]);
  });
});

describe('the college\'s own `we` in the present with a time ahead', () => {
  it('reads `Wijzigingen verwerken we in het tweede kwartaal` in a college text as the college\'s (Drimmelen, voorjaarsnota)', () => {
    const doc = extractReal('007-drimmelen-voorjaarsnota-fietsonderzoek.txt');
    // Gold calls it explicit; the retrained kind model calls it soft (a known defect, as above).
    expect(actorsStartingWith(doc, 'Wijzigingen verwerken we')).toEqual([['body:gm1719:college-van-b-en-w']]);
  });
});
