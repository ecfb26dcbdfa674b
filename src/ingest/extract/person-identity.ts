import { slug } from '../ids.js';

/**
 * Who a person mention is: the identity rule a journalist can check by hand.
 *
 * A name form is a surname plus what the text gives besides it: initials (`S.`, `J.K.`) and/or a
 * given name (`Sandra`). Two forms of one surname can be one person only when nothing in them
 * disagrees:
 * - initials agree when one's letters start the other's (`A.` and `A.A.`; never `J.K.` and `L.`);
 * - given names agree when they are equal (accents and case folded);
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
  if (ga !== '' && gb !== '' && ga !== gb) return false;
  // A given name against the other form's initials, where that form has no given name of its own.
  if (ga !== '' && gb === '' && ib !== '' && ia === '' && ga[0]?.toUpperCase() !== ib[0]) return false;
  if (gb !== '' && ga === '' && ia !== '' && ib === '' && gb[0]?.toUpperCase() !== ia[0]) return false;
  return true;
}

/** The more telling of two forms, merged: the longer initials, a given name where one is known. */
export function mergeForms(a: NameForm, b: NameForm): NameForm {
  const initials = letters(b.initials).length > letters(a.initials).length ? b.initials : a.initials ?? b.initials;
  return { initials, givenName: a.givenName ?? b.givenName };
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
