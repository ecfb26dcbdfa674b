import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { HopPlan } from '../node/hop-cypher.js';
import { slimHop } from '../node/lookup.js';
import { projectionOf, type Projection } from '../node/projection.js';
import { DOSSIER_FIELD_HOPS } from './dossier-hops.js';

/**
 * What a `dossier` lookup's selection asks for beyond the dossier: its relationship fields
 * (documents, portfolioHolder, officials, ...) and its evidence, read from the operation
 * (graphql-parse-resolve-info), so that one query can fetch them with the dossier
 * (dossier-query.ts). Fields the plan does not cover go to the loaders, as before.
 */
export interface DossierPlan {
  readonly hops: readonly HopPlan[];
  readonly evidence: boolean;
  /** The dossier's own properties to fetch (src/node/projection.ts); null: the whole node. */
  readonly row: Projection;
}

const FIELDS = Object.keys(DOSSIER_FIELD_HOPS) as (keyof typeof DOSSIER_FIELD_HOPS)[];

export function dossierPlan(info: GraphQLResolveInfo): DossierPlan {
  const parsed = parseResolveInfo(info);
  const tree = parsed !== null && parsed !== undefined && 'fieldsByTypeName' in parsed && typeof parsed.name === 'string' ? (parsed as ResolveTree) : null;
  const fields = Object.values(tree?.fieldsByTypeName['Dossier'] ?? {});
  const selected = fields.map((f) => f.name);
  return {
    hops: FIELDS.filter((field) => selected.includes(field)).map((field) =>
      slimHop(info.schema, 'Dossier', { field, hop: DOSSIER_FIELD_HOPS[field], next: [] }, fields.filter((f) => f.name === field)),
    ),
    evidence: selected.includes('evidence'),
    row: tree === null ? null : projectionOf(info.schema, [tree.fieldsByTypeName]),
  };
}
