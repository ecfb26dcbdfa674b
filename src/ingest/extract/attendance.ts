import type { DocContext } from './context.js';
import { ev } from './context.js';
import { COUNCIL } from './gazetteer.js';
import { bodyNode, noteCouncilMember, partyInBrackets, personNode } from './mentions.js';
import { COMPOUND_SURNAME_STARTS } from './person-name.js';

/**
 * The attendance lists of minutes (`Aanwezig: H. Koetje (voorzitter), J.K. Otten, L. Otten, ...`,
 * `Verder aanwezig: de wethouders A. Bargeman, K. Smid en W. van der Zwaag`, `Afwezig met
 * kennisgeving: de leden R.A. Berkenbosch, ...`, `Afmelding: Dhr. F.J. Hoekstra (VVD)`,
 * `Voorzitter: H.E.M.Schaminée. Secretaris: A.J.A.van Aken, loco-secretaris.`): each name with
 * initials is a person. Such lists are where one surname most often stands for two people, and
 * their initials tell them apart; a bare surname later in the document (`de heer Kamp`) then
 * resolves to the listed person (`M. Kamp`). A list may stand on its own line or run on inside a
 * paragraph (OCR'd minutes): it ends at a line break or at the first full stop after a word (not
 * after an initial or an abbreviation such as `mevr.`). Run before the rest of a document is read.
 * A party in brackets (`A. Stol (CDA)`) makes the person a member of that fractie.
 */
const HEAD = /(?<![\p{L}-])(?:(?:verder|overige|tevens)\s+)?(?:aanwezig(?:en)?(?:\s+zijn)?|afwezig(?:\s+zijn)?(?:\s+met\s+kennisgeving)?|afmelding(?:en)?|(?:loco-?)?voorzitter|(?:loco-?)?secretaris|(?:loco-?)?griffier)\s*:/giu;

/** A list word that gives every name after it a role. */
const LIST_ROLE: Readonly<Record<string, string>> = { wethouders: 'wethouder', wethouder: 'wethouder', leden: 'raadslid', raadsleden: 'raadslid', griffier: 'griffier', burgemeester: 'burgemeester' };

/** Courtesy titles before a name in a list: they leave the list's role as it is. */
const COURTESY = /^(?:heer|heren|mevrouw|mevr|dames|mw|dhr)$/;

/** A role in brackets after a name. */
const BRACKET_ROLE: Readonly<Record<string, string>> = { griffier: 'griffier', wethouder: 'wethouder', burgemeester: 'burgemeester', 'voorzitter, burgemeester': 'burgemeester' };

/** The role a head gives the one name after it (`Voorzitter: H.E.M.Schaminée`); the secretary holds no council or college role. */
const HEAD_ROLE: Readonly<Record<string, string>> = { griffier: 'griffier' };

/** Heads that name one officer, not a list: only the first name after them is read. */
const SINGLE = /^(?:loco-?)?(?:voorzitter|secretaris|griffier)$/i;

/**
 * A surname in a list: one capitalised word, or a compound one whose first word is a compound
 * start (`Klein Gunnewiek`, data/compound-surname-starts.txt); a second capitalised word after any
 * other is the next column of an OCR'd list (`F.N. Hagenaars Huijgens`, Halsteren 1996: two names).
 * A hyphen may join a second surname with its tussenvoegsel (`J.G.M. de Koning-van de Casteel`).
 */
const surname = (second: string): string =>
  `\\p{Lu}(?:[\\p{L}']|-(?!(?:van|de|den|ter|ten)[ \\t]))+(?:-(?:van der|van den|van de|van|de|den|ter|ten)[ \\t]+\\p{Lu}[\\p{L}'-]+|${second})?`;
const COMPOUND = `(?:(?:${[...COMPOUND_SURNAME_STARTS].join('|')})[ \\t]+)?`;
const TUSSENVOEGSEL = "(?:(?:van der|van den|van de|van 't|van|de|den|ter|ten|te|v\\.d\\.|VAN DER|VAN DEN|VAN DE|VAN|DE|DEN|TER|TEN)\\s*)?";
const item = (listSurname: string): RegExp => new RegExp(
  '(?:\\b(?:de|het)\\s+(\\p{Ll}[\\p{Ll}-]+)\\s+)?' +
    `(?<![\\p{L}.])((?:[A-Z]\\.\\s?){1,5}${TUSSENVOEGSEL}${listSurname})(?:\\s*\\(([^)\\n]{2,40})\\))?`,
  'gu',
);
/** An item of a list: initials, a tussenvoegsel, a surname that may run on in a second capitalised word (`J. Bruins Slot`). */
const ITEM = item(`${COMPOUND}${surname('[ \\t]\\p{Lu}[\\p{L}\'-]+')}`);
/** An item of a column-mangled list: a second capitalised word is the next column's name, unless the first starts a compound surname. */
const MANGLED_ITEM = item(`${COMPOUND}${surname('(?!)')}`);

/**
 * A list OCR read across its columns: initials left without their names, three or more in a row
 * (`... J.G.M. de Koning-van de Casteel P. J.W. A.P.P. F.A.C. J.J.M. ...`, Halsteren 1996).
 */
const ORPHAN_INITIALS = /(?:(?<![\p{L}.])(?:[A-Z]\.\s?){1,5}(?=\s|$)\s*){3,}/u;

/** Abbreviations that end in a full stop inside a list (`mevr. M.J. Kroon-Klink`). */
const ABBREVIATION = /^(?:mevr|mw|dhr|hr|drs|dr|mr|ir|ing|prof|jl|resp|e\.a|c\.s|wnd)$/i;

/** The end of a list that starts at `from`: a line break, or a full stop that does not close an initial (`C.J.`, `v.d.`) or an abbreviation. */
function listEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 1500);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (c !== '.') continue;
    const word = /\p{L}+$/u.exec(text.slice(Math.max(from, i - 12), i))?.[0] ?? '';
    if (word.length !== 1 && !ABBREVIATION.test(word)) return i;
  }
  return limit;
}

export function extractAttendance(ctx: DocContext): void {
  HEAD.lastIndex = 0;
  let head: RegExpExecArray | null;
  while ((head = HEAD.exec(ctx.text)) !== null) {
    const headWord = head[0].replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
    const offset = head.index + head[0].length;
    const end = listEnd(ctx.text, offset);
    const body = ctx.text.slice(offset, end);
    const single = SINGLE.test(headWord);
    let listRole: string | null = single ? (HEAD_ROLE[headWord] ?? null) : null;
    const itemPattern = ORPHAN_INITIALS.test(body) ? MANGLED_ITEM : ITEM;
    itemPattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = itemPattern.exec(body)) !== null) {
      // `Voorzitter: H.E.M.Schaminée` names its officer at once; `De voorzitter: Hij brengt ...` is a speaker.
      if (single && body.slice(0, m.index).trim() !== '') break;
      const word = m[1]?.toLowerCase();
      // A function word ends the role of the list word before it (`de wethouders A. Bargeman en
      // K. Smid, de locosecretaris J. Jansen`); a courtesy title does not (`de heer`, `de heren`).
      if (word !== undefined && !COURTESY.test(word)) listRole = LIST_ROLE[word] ?? null;
      const name = m[2] ?? '';
      const bracket = m[3]?.toLowerCase().trim();
      const role = (bracket !== undefined ? BRACKET_ROLE[bracket] : undefined) ?? listRole;
      const nameStart = offset + m.index + m[0].indexOf(name);
      const itemEnd = offset + m.index + m[0].length;
      const id = personNode(ctx, name, role, nameStart, itemEnd);
      if (id !== null && m[3] !== undefined && role === null) {
        const bracketStart = offset + m.index + m[0].lastIndexOf('(') + 1;
        const fractieId = partyInBrackets(ctx, bracketStart, bracketStart + m[3].length);
        if (fractieId !== null) {
          ctx.facts.edge('MEMBER_OF', id, fractieId, {}, ev(ctx, nameStart, itemEnd));
          ctx.facts.edge('HOLDS_ROLE', id, bodyNode(ctx, COUNCIL), { role: 'raadslid' }, ev(ctx, nameStart, itemEnd));
          noteCouncilMember(ctx, id);
        }
      }
      if (single) break;
    }
    HEAD.lastIndex = Math.max(HEAD.lastIndex, single ? offset : end);
  }
}
