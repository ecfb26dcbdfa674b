import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, EncodingError } from '../../src/ingest/decode-text.js';

/** decode-text.ts on the encodings council exports come in, and on the ones it must refuse. */
const DUTCH = 'De wethouder zegt toe dat de coördinatie vóór de zomer wordt geëvalueerd; € 1.000 voor Stichting Sport Fryslân en het café “De Kroon”.\n';

describe('decodeText', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(DUTCH, 'utf8'))).toEqual({ text: DUTCH, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DUTCH, 'utf8')]))).toEqual({ text: DUTCH, encoding: 'UTF-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DUTCH, 'utf16le')]))).toEqual({ text: DUTCH, encoding: 'UTF-16LE' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(DUTCH, 'utf16be')]))).toEqual({ text: DUTCH, encoding: 'UTF-16BE' });
  });

  it('reads Windows-1252 right, euro sign and curly quotes included', () => {
    const text = DUTCH.repeat(3);
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('refuses UTF-8 with a stray byte of another encoding, naming where', () => {
    const bytes = Buffer.concat([Buffer.from('Geëvalueerd: ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' klaar', 'utf8')]);
    expect(() => decodeText(bytes)).toThrow(new EncodingError(
      'the text mixes UTF-8 with bytes that are not UTF-8 (the first at byte 14); read either way, part of it would be garbled. Save it as UTF-8 and ingest it again',
    ));
  });

  it('refuses UTF-8 that was converted twice', () => {
    const twice = Buffer.from(iconv.decode(Buffer.from(DUTCH, 'utf8'), 'windows-1252'), 'utf8');
    expect(() => decodeText(twice)).toThrow(/converted to UTF-8 twice/);
  });

  it('refuses text in an encoding it does not read, naming the guess', () => {
    const russian = iconv.encode('Депутаты городского совета обсудили бюджет на следующий год и решили отложить голосование. '.repeat(4), 'koi8-r');
    expect(() => decodeText(russian)).toThrow(/^the text is not UTF-8 and looks like [-A-Za-z0-9]+ \([a-z]+\), which raadsgraaf does not read; save it as UTF-8/);
  });
});
