import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * A text file's bytes as text, never as mojibake. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read as such. Anything else goes to chardet: Western
 * single-byte text (Windows-1252, ISO-8859-1/-15: older council exports) is decoded with
 * iconv-lite; what looks like another encoding is refused, and so is a file that mixes UTF-8
 * with other bytes or was converted to UTF-8 twice ("cafÃ©"): decoding those either way garbles
 * part of the text.
 */

export class EncodingError extends Error {
  override readonly name = 'EncodingError';
}

/** The encodings chardet names that we decode; ISO-8859-1 as its superset Windows-1252 (0x80-0x9F are letters and quotes there). */
const WESTERN: Readonly<Record<string, string>> = {
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
};

/** A Western candidate is taken when chardet is at least this sure of it relative to its best guess. */
const WESTERN_MIN_SHARE = 0.5;

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read as. */
  readonly encoding: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strictUtf8(bytes.subarray(3)), encoding: 'UTF-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strict(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strict(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };

  const utf8 = scanUtf8(bytes);
  if (utf8.firstInvalid === null) {
    const text = strictUtf8(bytes);
    refuseDoubleEncoded(text);
    return { text, encoding: 'UTF-8' };
  }
  if (utf8.multiByte > 0) {
    throw new EncodingError(
      `the text mixes UTF-8 with bytes that are not UTF-8 (the first at byte ${utf8.firstInvalid}); read either way, part of it would be garbled. Save it as UTF-8 and ingest it again`,
    );
  }
  const candidates = chardet.analyse(bytes);
  const best = candidates[0];
  const western = candidates.find((c) => WESTERN[c.name] !== undefined);
  if (western !== undefined && (best === undefined || western.confidence >= best.confidence * WESTERN_MIN_SHARE)) {
    const encoding = WESTERN[western.name] ?? 'windows-1252';
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
  const guess = best === undefined ? 'an unknown encoding' : `${best.name}${best.lang ? ` (${best.lang})` : ''}`;
  throw new EncodingError(`the text is not UTF-8 and looks like ${guess}, which raadsgraaf does not read; save it as UTF-8 and ingest it again`);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(`the text has a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; save it as UTF-8 and ingest it again`);
  }
}

function strictUtf8(bytes: Uint8Array): string {
  return strict(bytes, 'utf-8');
}

/**
 * Where the bytes stop being UTF-8 (null when they are all UTF-8), and how many well-formed
 * multi-byte sequences they hold: text in a single-byte encoding has (almost) none.
 */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number | null; multiByte: number } {
  let firstInvalid: number | null = null;
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length > 0 && i + length <= bytes.length && wellFormed(bytes, i, length)) {
      multiByte += 1;
      i += length;
    } else {
      firstInvalid ??= i;
      i += 1;
    }
  }
  return { firstInvalid, multiByte };
}

/** Continuation bytes, without overlong forms, surrogates or code points past U+10FFFF. */
function wellFormed(bytes: Uint8Array, at: number, length: number): boolean {
  const lead = bytes[at] ?? 0;
  for (let k = 1; k < length; k++) {
    const c = bytes[at + k] ?? 0;
    if (c < 0x80 || c > 0xbf) return false;
  }
  const second = bytes[at + 1] ?? 0;
  if (lead === 0xe0 && second < 0xa0) return false;
  if (lead === 0xed && second > 0x9f) return false;
  if (lead === 0xf0 && second < 0x90) return false;
  if (lead === 0xf4 && second > 0x8f) return false;
  return true;
}

/** UTF-8 that was decoded as Windows-1252 and saved as UTF-8 again: é becomes Ã©, ’ becomes â€™. */
const DOUBLE_ENCODED = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0090-\u00BF\u2018-\u201E\u2122\u0153\u02DC]/g;

function refuseDoubleEncoded(text: string): void {
  const hits = text.match(DOUBLE_ENCODED);
  if (hits !== null && hits.length >= 2) {
    throw new EncodingError(`the text looks converted to UTF-8 twice ('${hits[0]}' where one letter belongs); convert it back once and ingest it again`);
  }
}
