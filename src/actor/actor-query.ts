import { keysetCountCypher } from '../keyset-cypher.js';
import type { ActorQuery } from './actor-store.js';

/**
 * The counts of the actor lists (`persons`, `fracties`, `organisations`, `bodies`), built from
 * the filters given: a condition appears only when its filter is set (values are the $parameters
 * of ActorQuery), so an unfiltered count is read from the count store and a municipality's from
 * its index, instead of testing `$x IS NULL OR ...` on every node.
 */
export type ActorLabel = 'Person' | 'Fractie' | 'Organisation' | 'Body';

const MUNICIPALITY = 'n.municipality = $municipality';
const KIND = 'n.kind = $kind';
const TEXT: Readonly<Record<ActorLabel, string>> = {
  Person: 'toLower(n.name) CONTAINS toLower($text)',
  Fractie: "(toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.abbreviation, '')) CONTAINS toLower($text))",
  Organisation: '(toLower(n.name) CONTAINS toLower($text) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)))',
  Body: 'toLower(n.name) CONTAINS toLower($text)',
};
/** The labels whose lists filter by `kind`. */
const HAS_KIND: ReadonlySet<ActorLabel> = new Set(['Organisation', 'Body']);

/** `RETURN count(n) AS total` over the actors of `label` that match the filters set in `query`. */
export function actorCountCypher(label: ActorLabel, query: ActorQuery): string {
  const conditions: string[] = [];
  if (query.municipality !== null) conditions.push(MUNICIPALITY);
  if (query.kind !== null && HAS_KIND.has(label)) conditions.push(KIND);
  if (query.text !== null) conditions.push(TEXT[label]);
  return keysetCountCypher({ v: 'n', match: `MATCH (n:${label})`, conditions });
}
