/**
 * Dutch personal names as council documents write them:
 * `Lambrechts, Karin (C.M.L.)`, `Karin (C.M.L.) Lambrechts`, `BW van der Heide`, `D. Coenen`,
 * `mevrouw K. de Vries`, `wethouder Van der Linden`.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PersonName {
  /** Display name: given name or initials, then surname with its tussenvoegsel. */
  readonly name: string;
  /** Surname including tussenvoegsel, with the tussenvoegsel in lower case: `van der Heide`. */
  readonly surname: string;
  readonly givenName: string | null;
  /** `C.M.L.` style, or null. */
  readonly initials: string | null;
}

const TUSSENVOEGSELS = /^(van der|van den|van de|van 't|van het|van|von|de|den|der|het|'t|te|ter|ten|in 't|in het|op de|op den|uit de|uit den)\s+/i;

const TITLES = /^(?:(?:de\s+)?(?:heer|hr\.?|mevrouw|mevr\.?|mw\.?|dhr\.?|wethouder|burgemeester|raadslid|drs\.?|dr\.?|mr\.?|ir\.?|ing\.?|prof\.?)\s+)+/i;

function normaliseInitials(raw: string): string | null {
  const letters = raw.replace(/[^A-Za-z]/g, '');
  if (letters === '' || letters !== letters.toUpperCase() || letters.length > 5) return null;
  return letters.split('').map((c) => `${c}.`).join('');
}

function splitSurname(rest: string): string {
  const m = TUSSENVOEGSELS.exec(rest);
  if (!m) return rest;
  return `${m[1]?.toLowerCase()} ${rest.slice(m[0].length)}`;
}

/**
 * Parses a name; null when the text does not look like one. `context`, the whole document, settles
 * three capitalised words: where it names the last two without the first (`volgens Hartogh Heys`
 * after `Wethouder Robin Hartogh Heys`), they are the surname, as a text names a person by surname
 * on a second mention.
 */
export function parsePersonName(text: string, context?: string): PersonName | null {
  let t = text.replace(/\s+/g, ' ').trim().replace(TITLES, '');
  if (t === '') return null;

  // "Lambrechts, Karin (C.M.L.)": surname first.
  const inverted = /^([^,]+),\s*(.+)$/.exec(t);
  if (inverted) {
    const surname = splitSurname((inverted[1] ?? '').trim());
    const rest = (inverted[2] ?? '').trim();
    const initialsMatch = /\(([A-Z.\s]+)\)/.exec(rest);
    const given = rest.replace(/\([^)]*\)/g, '').trim();
    const initials = initialsMatch ? normaliseInitials(initialsMatch[1] ?? '') : normaliseInitials(given);
    const givenName = initials !== null && normaliseInitials(given) === initials ? null : given || null;
    return { name: `${givenName ?? initials ?? ''} ${surname}`.trim(), surname, givenName, initials };
  }

  // "Karin (C.M.L.) Lambrechts"
  let initials: string | null = null;
  const paren = /\(([A-Z.\s]+)\)/.exec(t);
  if (paren) {
    initials = normaliseInitials(paren[1] ?? '');
    t = t.replace(paren[0], ' ').replace(/\s+/g, ' ').trim();
  }
  // Leading initials: "BW van der Heide", "D. Coenen", "B.W. van der Heide".
  const lead = /^((?:[A-Z]\.\s?)+|[A-Z]{1,4}(?=\s))\s*(.+)$/.exec(t);
  if (lead && normaliseInitials(lead[1] ?? '') !== null) {
    initials = normaliseInitials(lead[1] ?? '');
    const surname = splitSurname((lead[2] ?? '').trim());
    return { name: `${initials} ${surname}`, surname, givenName: null, initials };
  }
  const tv = TUSSENVOEGSELS.exec(t);
  if (tv) {
    const surname = splitSurname(t);
    return { name: capitaliseFirst(surname), surname, givenName: null, initials };
  }
  const words = t.split(' ');
  if (words.length === 1) {
    return { name: t, surname: t, givenName: null, initials };
  }
  // "Karin Lambrechts" / "Michiel van der Vlies" / "Jan Pieter Loopstra" / "Gerard Klein Gunnewiek"
  const givenCount = words.length === 3 && context !== undefined && namedWithout(context, words[0] ?? '', `${words[1]} ${words[2]}`) ? 1 : givenWords(words);
  const given = words.slice(0, givenCount).join(' ');
  const surname = splitSurname(words.slice(givenCount).join(' '));
  return { name: `${given} ${surname}`, surname, givenName: given, initials };
}

/** First words of compound surnames (`Klein Gunnewiek`), from data/compound-surname-starts.txt. */
export const COMPOUND_SURNAME_STARTS: ReadonlySet<string> = new Set(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'compound-surname-starts.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

/**
 * How many of a name's words (given names, then a surname; no initials) are given names: those
 * before a tussenvoegsel (`Jan Pieter van der Vlies`: two); of three capitalised words, one when
 * the middle word starts a compound surname (`Gerard Klein Gunnewiek`), else two (`Anne Marie
 * Smits`); otherwise one.
 */
function givenWords(words: readonly string[]): number {
  for (let i = 1; i < Math.min(words.length - 1, 3); i++) {
    if (TUSSENVOEGSELS.test(`${words.slice(i).join(' ')}`)) return i;
  }
  if (words.length === 3 && !COMPOUND_SURNAME_STARTS.has(words[1] ?? '')) return 2;
  return 1;
}

/**
 * Whether `text` names `surname` (two words) somewhere not right after `given`: a second mention by
 * surname (`volgens Hartogh Heys`), which a double given name never gets (`Pieter Loopstra` without
 * `Jan` is no way to name Jan Pieter Loopstra).
 */
function namedWithout(text: string, given: string, surname: string): boolean {
  const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!${escaped(given)}\\s+)(?<![\\p{L}-])${escaped(surname).replace(' ', '\\s+')}(?![\\p{L}-])`, 'u').test(text);
}

/**
 * A surname with a word run into it by OCR, the way a dateline follows a name without a space
 * (`Wethouder H. VerkampenGEMERT - Stichting ...`): the name without the trailing capitals. A name
 * in capitals (`SCHRODER`) or with an inner capital (`DeVries`, `McDonald`) is left alone.
 */
export function withoutRunOn(name: string): string {
  return name.replace(/(?<=\p{Ll}{2})\p{Lu}{3,}$/u, '');
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
