import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { extractReal } from '../support/real-text.js';

const startingWith = (doc: ExtractedDocument, text: string) =>
  doc.nodes
    .filter((n) => n.label === 'Commitment' && String(n.props.text).startsWith(text))
    .map((n) => [n.props.kind, doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === n.id).map((e) => e.from)]);

describe('an act towards the council stated without a subject', () => {
  it('reads a register\'s status line `De RIB ... wordt in augustus 2019 aan de gemeenteraad aangeboden` as the college\'s (Woerden, M-16)', () => {
    const doc = extractReal('108-woerden-lta-m16-motie-bomen-in-beeld.txt');
    expect(startingWith(doc, 'De RIB over motie bomen in beeld')).toEqual([['explicit', ['body:gm0632:college-van-b-en-w']]]);
  });

  it('gives `De raad zal schriftelijk geïnformeerd worden` to the wethouder the report named (Steenbergen, moties 25 januari 2024)', () => {
    const doc = extractReal('121-steenbergen-moties-25-januari-2024.txt');
    expect(startingWith(doc, 'De raad zal schriftelijk geïnformeerd worden')).toEqual([['explicit', ['person:gm0851:remery']]]);
  });

  it('reads a promise after a `Toezeggingen wethouder X:` label whatever its verb (Heemstede, commissie Ruimte)', () => {
    const doc = extractReal('178-heemstede-commissie-ruimte-17-september-2025.txt');
    expect(startingWith(doc, 'Toezeggingen wethouder Grummel:')).toEqual([['explicit', ['person:gm0397:grummel']]]);
  });
});
