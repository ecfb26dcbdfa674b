/**
 * Dutch personal names as council documents write them:
 * `Lambrechts, Karin (C.M.L.)`, `Karin (C.M.L.) Lambrechts`, `BW van der Heide`, `D. Coenen`,
 * `mevrouw K. de Vries`, `wethouder Van der Linden`.
 */

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

/** Parses a name; null when the text does not look like one. */
export function parsePersonName(text: string): PersonName | null {
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
  // "Karin Lambrechts" / "Michiel van der Vlies"
  const given = words[0] ?? '';
  const surname = splitSurname(words.slice(1).join(' '));
  return { name: `${given} ${surname}`, surname, givenName: given, initials };
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
