import { evidenceSubquery, hopSubquery } from '../node/hop-cypher.js';
import { nodeProjection, type Projection } from '../node/projection.js';
import type { DossierPlan } from './dossier-plan.js';

/**
 * The dossier with a number (in one municipality when `$municipality` is given: the condition
 * appears only then) and what `plan` selects, in one query: one row `{row, related, evidence}`
 * or none. The first by id, as cypher/dossier/by-number.cypher orders them.
 */
export function dossierByNumberTripCypher(municipality: boolean, plan: DossierPlan): string {
  const related = plan.hops.map((h) => `${h.field}: ${h.field}`).join(', ');
  return [
    '// dossier by number: with its planned fields, in one round trip',
    'MATCH (d:Dossier {number: $number})',
    ...(municipality ? ['WHERE d.municipality = $municipality'] : []),
    'WITH d ORDER BY d.id LIMIT 1',
    ...plan.hops.map((h) => hopSubquery('d', h)),
    ...(plan.evidence ? [evidenceSubquery('d')] : []),
    `RETURN ${nodeProjection('d', plan.row, "'Dossier'")} AS row, {${related}} AS related, ${plan.evidence ? 'evidence' : '[]'} AS evidence`,
  ].join('\n');
}

/**
 * One page of `dossiers` in id order after `$after`, `$limit` rows: the conditions appear only
 * when the cursor or the municipality is given, so the first page and the deep pages seek the
 * uniqueness index on the id in order (no `$x IS NULL OR ...`).
 */
export function dossierPageCypher(after: boolean, municipality: boolean, projection: Projection = null): string {
  const conditions = [...(after ? ['d.id > $after'] : []), ...(municipality ? ['d.municipality = $municipality'] : [])];
  return [
    'MATCH (d:Dossier)',
    ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : []),
    `RETURN ${nodeProjection('d', projection, "'Dossier'")} AS row`,
    'ORDER BY d.id',
    'LIMIT $limit',
  ].join('\n');
}

/** How many dossiers there are (the count store) or a municipality has (its index). */
export function dossierCountCypher(municipality: boolean): string {
  return ['MATCH (d:Dossier)', ...(municipality ? ['WHERE d.municipality = $municipality'] : []), 'RETURN count(d) AS total'].join('\n');
}
