import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionReported } from '../../src/ingest/extract/decision-outcome.js';

/**
 * How a decision taken is told, on sentences of the real corpus (tests/corpus/docs): each is read
 * from its document, so the test fails if the sentence is not there as quoted.
 */
const DOCS = join(import.meta.dirname, '../corpus/docs');
const text = (id: string): string => {
  const f = readdirSync(DOCS).find((x) => x.startsWith(`${id}-`) && x.endsWith('.txt'));
  if (f === undefined) throw new Error(`no corpus document ${id}`);
  return readFileSync(join(DOCS, f), 'utf8').replace(/\s+/g, ' ');
};
const sentence = (id: string, s: string): string => {
  expect(text(id)).toContain(s);
  return s;
};

describe('decisionReported', () => {
  it.each([
    ['011', 'De agenda wordt gewijzigd vastgesteld.'],
    ['002', 'De kaderbrief 2023 werd met 27 stemmen voor en 3 stemmen tegen aangenomen.'],
    ['059', 'De gemeenteraad nam deze motie donderdag 22 februari aan.'],
    ['121', 'Drie moties werden vervolgens door de indieners ingetrokken.'],
    ['124', 'Na een debat hierover bleek hier geen meerderheid voor te zijn en trok RVB de motie in.'],
    ['127', 'Zij vroeg daarvoor een maand uitstel en daar ging de raad mee akkoord.'],
    ['234', 'Zonder hoofdelijke stemming wordt besloten overeenkomstig het voorstel van Burgemeester en Wethouders.'],
    ['199', 'De raad stemt hiermede in.'],
  ])('%s: %s', (id, s) => {
    expect(decisionReported(sentence(id, s))).toBe(true);
  });

  it.each([
    // A decision still to come, or supposed.
    ['051', 'Drie daarvan zullen maandag zeker worden aangenomen.'],
    ['045', 'Of de gemeente dat soort molens wil, wordt naar verwachting later besloten.'],
    // One member's vote is not the council's decision.
    ['002', 'Alleen de PVV en Samen Stichtse Vecht stemde tegen.'],
  ])('%s is none: %s', (id, s) => {
    expect(decisionReported(sentence(id, s))).toBe(false);
  });
});
