import { slug } from '../ids.js';

/**
 * Who a person mention is: the identity rule a journalist can check by hand.
 *
 * A name form is a surname plus what the text gives besides it: initials (`S.`, `J.K.`) and/or a
 * given name (`Sandra`). Two forms of one surname can be one person only when nothing in them
 * disagrees:
 * - initials agree when one's letters start the other's (`A.` and `A.A.`; never `J.K.` and `L.`);
 * - given names agree when they are equal (accents and case folded), or one is the first of the
 *   other's double name (`Jan` and `Jan Pieter`);
 * - a given name and initials agree when the given name starts with the first initial
 *   (`Sandra` and `S.`), unless one form carries both and they say otherwise;
 * - a bare surname (`wethouder Koster`) agrees with every form, and is therefore only attached
 *   where exactly one person of that surname fits (see `resolveBare`).
 */
export interface NameForm {
  readonly initials: string | null;
  readonly givenName: string | null;
}

const letters = (initials: string | null): string => (initials ?? '').replace(/[^A-Za-z]/g, '').toUpperCase();
const fold = (s: string | null): string => slug(s ?? '');

export const isBare = (f: NameForm): boolean => letters(f.initials) === '' && fold(f.givenName) === '';

export function compatible(a: NameForm, b: NameForm): boolean {
  const ia = letters(a.initials);
  const ib = letters(b.initials);
  const ga = fold(a.givenName);
  const gb = fold(b.givenName);
  if (ia !== '' && ib !== '' && !ia.startsWith(ib) && !ib.startsWith(ia)) return false;
  // Double given names agree with their first (`Jan Pieter` and `Jan`).
  if (ga !== '' && gb !== '' && ga !== gb && !ga.startsWith(`${gb}-`) && !gb.startsWith(`${ga}-`)) return false;
  // A given name against the other form's initials, where that form has no given name of its own.
  if (ga !== '' && gb === '' && ib !== '' && ia === '' && ga[0]?.toUpperCase() !== ib[0]) return false;
  if (gb !== '' && ga === '' && ia !== '' && ib === '' && gb[0]?.toUpperCase() !== ia[0]) return false;
  return true;
}

/** The more telling of two forms, merged: the longer initials, the longer given name (`Jan Pieter` over `Jan`). */
export function mergeForms(a: NameForm, b: NameForm): NameForm {
  const initials = letters(b.initials).length > letters(a.initials).length ? b.initials : a.initials ?? b.initials;
  const givenName = (b.givenName ?? '').length > (a.givenName ?? '').length ? b.givenName : a.givenName ?? b.givenName;
  return { initials, givenName };
}

/** How much a displayed name says: a given name 2, initials 1, a bare surname 0. */
export const nameWeight = (f: NameForm): number => (fold(f.givenName) !== '' ? 2 : letters(f.initials) !== '' ? 1 : 0);

/** The qualifier a second person of a surname gets in its id: initials (`jk`), else the given name. */
export function qualifier(f: NameForm): string {
  const l = letters(f.initials).toLowerCase();
  return l !== '' ? l : fold(f.givenName);
}

/** A person the store (or an earlier document of this run) already holds. */
export interface KnownPerson extends NameForm {
  readonly id: string;
  readonly name: string;
  /** Roles held (HOLDS_ROLE `role`s), lower case. */
  readonly roles: readonly string[];
  /** A node that gathers bare mentions two or more persons could be meant by. */
  readonly unresolved: boolean;
}

/** The persons already known in a municipality with a surname (its slug); empty when none or no store is consulted. */
export type KnownPersons = (municipality: string, surnameSlug: string) => readonly KnownPerson[];

/** The suffix of an id that gathers bare mentions of a surname two persons share. */
export const UNRESOLVED_SUFFIX = 'onbepaald';

/**
 * Where a bare surname goes among candidates: the one candidate, or the one holding the role it
 * was named with; null when none; 'ambiguous' when two or more fit.
 */
export function resolveBare<T>(candidates: readonly T[], role: string | null, holds: (candidate: T, role: string) => boolean): T | null | 'ambiguous' {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  if (role === null) return 'ambiguous';
  const inRole = candidates.filter((c) => holds(c, role));
  return inRole.length === 1 ? (inRole[0] ?? null) : 'ambiguous';
}

/** Roles of the college, and roles of a council member. */
const EXECUTIVE_ROLE = /^(?:wethouder|burgemeester|loco-burgemeester|portefeuillehouder)$/;
const COUNCIL_ROLE = /^(?:raadslid|fractievoorzitter|commissielid)$/;

/**
 * The day the Dualisation Act (Wet dualisering gemeentebestuur) took effect: from it on a wethouder
 * is no member of the council, so one document cannot show one person as both. Before it, wethouders
 * sat in the council.
 */
export const DUALISM_FROM = '2002-03-07';

/**
 * True when a person holding `held` (in one document) cannot be the one a mention names in `role`:
 * a council member (`Rien Sinke (SGP)`, a raadslid) is not `wethouder Sinke` of the same document
 * of 2002 or later, and a wethouder is not `raadslid Sinke`. A person who holds both kinds already
 * conflicts with neither. Other roles (griffier, voorzitter) conflict with nothing.
 */
export function rolesConflict(held: Iterable<string>, role: string | null): boolean {
  if (role === null) return false;
  const roles = [...held];
  const executive = roles.some((r) => EXECUTIVE_ROLE.test(r));
  const member = roles.some((r) => COUNCIL_ROLE.test(r));
  if (EXECUTIVE_ROLE.test(role)) return member && !executive;
  if (COUNCIL_ROLE.test(role)) return executive && !member;
  return false;
}

/** True when one document of this date shows its persons' roles under dualism (undated documents are taken as recent). */
export const dualistDocument = (date: string | null): boolean => date === null || date >= DUALISM_FROM;

/** A person as one document names it: the mentions of one surname that agree, under one id. */
export interface DocPerson {
  id: string;
  readonly surname: string;
  readonly surnameSlug: string;
  form: NameForm;
  name: string;
  readonly roles: Set<string>;
  /** The node of bare mentions two or more persons of this document could be meant by. */
  readonly unresolved: boolean;
}

/** The persons of a document so far, by surname slug, in order of first mention. */
export type DocPersons = Map<string, DocPerson[]>;

const byDocument = new WeakMap<object, DocPersons>();

/** The persons of the document whose facts `facts` collects. */
export function documentPersons(facts: object): DocPersons {
  let persons = byDocument.get(facts);
  if (persons === undefined) {
    persons = new Map();
    byDocument.set(facts, persons);
  }
  return persons;
}
