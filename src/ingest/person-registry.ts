import type { Database } from '../db/database.js';
import { cypher } from '../db/cypher.js';
import type { KnownPerson, KnownPersons } from './extract/person-identity.js';
import type { ExtractedDocument } from './facts.js';
import { slug } from './ids.js';

const KNOWN_PERSONS = cypher('ingest/known-persons');

/**
 * The persons an ingest run settles new documents against (settle-persons.ts): those the store
 * holds, read once per municipality, plus those of the documents this run extracted since (a
 * batch is written only after several documents are read).
 */
export class PersonRegistry {
  private readonly byMunicipality = new Map<string, Map<string, KnownPerson[]>>();

  constructor(private readonly db: Database) {}

  /** Reads a municipality's persons from the store, once. */
  async load(municipality: string): Promise<void> {
    await this.loadMany([municipality]);
  }

  /** Reads the persons of the municipalities not read before from the store, in one query. */
  async loadMany(municipalities: readonly string[]): Promise<void> {
    const keys = [...new Set(municipalities.map((m) => m.toUpperCase()))].filter((k) => !this.byMunicipality.has(k));
    if (keys.length === 0) return;
    const rows = await this.db.read<{ municipality: string; id: string; surname: string; initials: string | null; givenName: string | null; name: string; roles: string[]; unresolved: boolean }>(KNOWN_PERSONS, { municipalities: keys });
    const byKey = new Map(keys.map((k) => [k, new Map<string, KnownPerson[]>()]));
    for (const r of rows) {
      const bySurname = byKey.get(r.municipality);
      if (bySurname !== undefined) add(bySurname, { id: r.id, initials: r.initials, givenName: r.givenName, name: r.name, roles: r.roles, unresolved: r.unresolved }, r.surname);
    }
    for (const [k, bySurname] of byKey) this.byMunicipality.set(k, bySurname);
  }

  /** The lookup extraction takes; only municipalities `load`ed are known. */
  readonly lookup: KnownPersons = (municipality, surnameSlug) => this.byMunicipality.get(municipality.toUpperCase())?.get(surnameSlug) ?? [];

  /** Adds (or updates) the persons of a document just extracted. */
  remember(doc: ExtractedDocument): void {
    const bySurname = this.byMunicipality.get(doc.source.municipality.toUpperCase());
    if (bySurname === undefined) return;
    const roles = new Map<string, string[]>();
    for (const e of doc.edges) {
      if (e.type === 'HOLDS_ROLE' && typeof e.props.role === 'string') roles.set(e.from, [...(roles.get(e.from) ?? []), e.props.role]);
    }
    for (const n of doc.nodes) {
      if (n.label !== 'Person' || typeof n.props.surname !== 'string') continue;
      const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
      add(bySurname, {
        id: n.id, initials: str(n.props.initials), givenName: str(n.props.givenName), name: str(n.props.name) ?? n.props.surname,
        roles: roles.get(n.id) ?? [], unresolved: n.props.unresolved === true,
      }, n.props.surname);
    }
  }
}

function add(bySurname: Map<string, KnownPerson[]>, person: KnownPerson, surname: string): void {
  const key = slug(surname);
  const list = bySurname.get(key) ?? [];
  const at = list.findIndex((p) => p.id === person.id);
  if (at < 0) list.push(person);
  else {
    const old = list[at];
    if (old !== undefined) list[at] = { ...person, initials: person.initials ?? old.initials, givenName: person.givenName ?? old.givenName, roles: [...new Set([...old.roles, ...person.roles])] };
  }
  bySurname.set(key, list);
}
