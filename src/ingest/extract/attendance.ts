import { lines } from '../text.js';
import type { DocContext } from './context.js';
import { personNode } from './mentions.js';

/**
 * The attendance lines of minutes (`Aanwezig: H. Koetje (voorzitter), J.K. Otten, L. Otten, ...`,
 * `Verder aanwezig: de wethouders A. Bargeman, K. Smid en W. van der Zwaag`, `Afwezig met
 * kennisgeving: de leden R.A. Berkenbosch, ...`): each name with initials is a person. Such lists
 * are where one surname most often stands for two people, and their initials tell them apart.
 * Titled names (`de heer B. van den Boom (CDA)`) are left to personMentions.
 */
const HEAD = /^[ \t]*(?:verder\s+|overige\s+)?(?:aanwezig(?:en)?|afwezig)(?:\s+met\s+kennisgeving)?\s*:/i;

/** A list word that gives every name after it a role. */
const LIST_ROLE: Readonly<Record<string, string>> = { wethouders: 'wethouder', wethouder: 'wethouder', leden: 'raadslid', raadsleden: 'raadslid', griffier: 'griffier', burgemeester: 'burgemeester' };

/** A role in brackets after a name. */
const BRACKET_ROLE: Readonly<Record<string, string>> = { griffier: 'griffier', wethouder: 'wethouder', burgemeester: 'burgemeester', 'voorzitter, burgemeester': 'burgemeester' };

const ITEM = new RegExp(
  '(?:\\b(?:de|het)\\s+(wethouders?|leden|raadsleden|griffier|burgemeester|gemeentesecretaris)\\s+)?' +
    "(?<![\\p{L}.])((?:[A-Z]\\.\\s?){1,5}(?:(?:van der|van den|van de|van 't|van|de|den|ter|ten|te)\\s+)?\\p{Lu}[\\p{L}'-]+(?:[ \\t]\\p{Lu}[\\p{L}'-]+)?)(?:\\s*\\(([^)\\n]{2,40})\\))?",
  'gu',
);

export function extractAttendance(ctx: DocContext): void {
  for (const l of lines(ctx.text)) {
    const head = HEAD.exec(l.text);
    if (head === null) continue;
    const body = l.text.slice(head[0].length);
    const offset = l.start + head[0].length;
    let listRole: string | null = null;
    ITEM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ITEM.exec(body)) !== null) {
      const word = m[1]?.toLowerCase();
      if (word !== undefined) listRole = LIST_ROLE[word] ?? null;
      const name = m[2] ?? '';
      const bracket = m[3]?.toLowerCase().trim();
      const role = (bracket !== undefined ? BRACKET_ROLE[bracket] : undefined) ?? listRole;
      const nameStart = offset + m.index + m[0].indexOf(name);
      personNode(ctx, name, role, nameStart, offset + m.index + m[0].length);
    }
  }
}
