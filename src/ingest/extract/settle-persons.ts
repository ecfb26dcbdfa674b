import type { FactBuilder } from '../fact-builder.js';
import { date, type Props } from '../facts.js';
import { entityId } from '../ids.js';
import {
  compatible, documentPersons, isBare, mergeForms, nameWeight, qualifier, resolveBare, UNRESOLVED_SUFFIX,
  type DocPerson, type KnownPerson, type KnownPersons,
} from './person-identity.js';

/**
 * The last step of a document's persons, once it is read:
 *
 * 1. Each person is matched to the persons the store already holds (`known`; none on a dry run).
 *    A person with initials or a given name takes the id of the known person of that surname its
 *    name agrees with; with none, it keeps its own id, or gets its initials in the id when that
 *    id belongs to another person. A bare surname takes the one known person of that surname,
 *    or the one holding the role it was named in; where two or more fit, the surname's
 *    unresolved node. So ids given once never change, and two initials never merge.
 * 2. Roles and fractie memberships get the document's date as `from` and `to`: the store keeps
 *    the earliest and the latest date a document shows the person so (cypher/ingest/merge-edges).
 *    A membership the document ends (departures.ts) also gets it as `left`.
 */
export function settlePersons(facts: FactBuilder, municipality: string, known: KnownPersons | undefined, documentDate: string | null): void {
  if (known !== undefined) {
    const renames = new Map<string, string>();
    const updates: { id: string; props: Record<string, string | boolean> }[] = [];
    for (const people of documentPersons(facts).values()) {
      const first = people[0];
      if (first === undefined) continue;
      // A known person this document's persons claim takes on their initials, so a second,
      // different one of them cannot claim it too.
      const stored = known(municipality, first.surnameSlug).map((k) => ({ ...k }));
      const taken = new Set(stored.map((k) => k.id));
      for (const p of people) {
        if (p.unresolved) continue;
        const target = settle(p, stored.filter((k) => !k.unresolved), municipality, taken);
        taken.add(target.id);
        if (target.id !== p.id) renames.set(p.id, target.id);
        if (target.known !== null) {
          const form = mergeForms(p.form, target.known);
          const props: Record<string, string | boolean> = { name: nameWeight(target.known) > nameWeight(p.form) ? target.known.name : p.name };
          if (form.initials !== null) props.initials = form.initials;
          if (form.givenName !== null) props.givenName = form.givenName;
          updates.push({ id: target.id, props });
          Object.assign(target.known, form);
        } else if (target.id.endsWith(`-${UNRESOLVED_SUFFIX}`)) {
          updates.push({ id: target.id, props: { name: p.surname.charAt(0).toUpperCase() + p.surname.slice(1), unresolved: true } });
        }
      }
    }
    facts.rename(renames);
    for (const u of updates) if (facts.has(u.id)) facts.node(u.id, 'Person', u.props);
  }
  if (documentDate !== null) {
    const seen = date(documentDate);
    facts.setEdgeProps((e) => {
      if ((e.type !== 'HOLDS_ROLE' && e.type !== 'MEMBER_OF') || !e.from.startsWith('person:')) return null;
      // A membership a document ends (departures.ts) was left on that document's date.
      const period: Props = e.props.ended === true ? { from: seen, to: seen, left: seen } : { from: seen, to: seen };
      return period;
    });
  }
}

function settle(p: DocPerson, stored: readonly KnownPerson[], municipality: string, taken: ReadonlySet<string>): { id: string; known: KnownPerson | null } {
  if (isBare(p.form)) {
    const roles = [...p.roles];
    const found = roles.length === 0 ? resolveBare(stored, null, () => false) : pickByRoles(stored, roles);
    if (found === 'ambiguous') return { id: entityId('person', municipality, `${p.surname} ${UNRESOLVED_SUFFIX}`), known: null };
    if (found !== null) return { id: found.id, known: found };
    return { id: p.id, known: null };
  }
  const fits = stored.filter((k) => compatible(k, p.form));
  const exact = fits.find((k) => qualifier(k) === qualifier(p.form)) ?? fits.find((k) => !isBare(k)) ?? fits[0];
  if (exact !== undefined) return { id: exact.id, known: exact };
  if (!taken.has(p.id)) return { id: p.id, known: null };
  let id = entityId('person', municipality, `${p.surname} ${qualifier(p.form)}`);
  for (let n = 2; taken.has(id); n++) id = entityId('person', municipality, `${p.surname} ${qualifier(p.form)} ${n}`);
  return { id, known: null };
}

/** A bare surname named in roles: the one known person holding one of them, else as resolveBare. */
function pickByRoles(stored: readonly KnownPerson[], roles: readonly string[]): KnownPerson | null | 'ambiguous' {
  if (stored.length <= 1) return stored[0] ?? null;
  const inRole = stored.filter((k) => roles.some((r) => k.roles.includes(r)));
  return inRole.length === 1 ? (inRole[0] ?? null) : 'ambiguous';
}
