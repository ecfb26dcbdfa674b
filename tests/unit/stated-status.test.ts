import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';
import { statusCue } from '../../src/ingest/extract/stated-status.js';

/**
 * The status words of real commitment registers (tests/corpus/docs), read line by line from the
 * documents themselves; and a page of updates without a commitment of its own.
 */
const doc = (name: string): string => readFileSync(`tests/corpus/docs/${name}`, 'utf8');
const lineWith = (text: string, words: string): string => {
  const line = text.split('\n').find((l) => l.includes(words));
  if (line === undefined) throw new Error(`no line with ${words}`);
  return line;
};
const cue = (line: string) => {
  const found = statusCue(line);
  return found === null ? null : [found.status, line.slice(found.start, found.end)];
};

describe('statusCue on real register lines', () => {
  const oosterhout = doc('096-oosterhout-ibabs-toezeggingen-en-moties.txt');
  const ridderkerk = doc('081-ridderkerk-openstaande-raadstoezeggingen-2020.txt');
  it.each([
    [oosterhout, 'Het college beschouwt de toezegging hiermee als afgedaan', ['fulfilled', 'afgedaan']],
    [oosterhout, 'Motie is afgehandeld.', ['fulfilled', 'afgehandeld']],
    [oosterhout, 'De toezegging kan daarmee als afgedaan worden beschouwt.', ['fulfilled', 'afgedaan']],
    [ridderkerk, 'Openstaande raadstoezeggingen, die nog niet zijn afgedaan:', ['open', 'nog niet zijn afgedaan']],
    [ridderkerk, 'De definitieve afwikkeling is nog niet afgerond.', ['open', 'nog niet afgerond']],
    [doc('091-coevorden-lta-toezegging-71-evenementen.txt'), 'Motie is ingevuld.', ['fulfilled', 'is ingevuld']],
    [doc('098-woerden-lta-m005-parkeerbeleid.txt'), 'Update maart 2022: Traject loopt.', ['open', 'Traject loopt']],
  ])('%#: %s', (text, words, expected) => {
    expect(cue(lineWith(text, words))).toEqual(expected);
  });

  it('finds none in a status that only says what comes next', () => {
    expect(cue(lineWith(doc('108-woerden-lta-m16-motie-bomen-in-beeld.txt'), 'De RIB over motie bomen in beeld'))).toBeNull();
  });
});

describe('where a status is stated', () => {
  it('not on a page whose Status section holds updates but no Toezegging part (Woerden P-222)', () => {
    for (const path of ['tests/corpus/docs/003-woerden-lta-p222-bestuursopdracht.txt']) {
      const extracted = extractDocument({ text: readFileSync(path, 'utf8'), fileName: 'x.txt', sha256: 'x', municipality: 'GM9999' });
      expect(extracted.edges.filter((e) => e.type === 'STATUS_STATED')).toEqual([]);
    }
  });
});
