import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { HopPlan } from '../node/hop-cypher.js';
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
}

const FIELDS = Object.keys(DOSSIER_FIELD_HOPS) as (keyof typeof DOSSIER_FIELD_HOPS)[];

export function dossierPlan(info: GraphQLResolveInfo): DossierPlan {
  const parsed = parseResolveInfo(info);
  const tree = parsed !== null && parsed !== undefined && 'fieldsByTypeName' in parsed && typeof parsed.name === 'string' ? (parsed as ResolveTree) : null;
  const selected = Object.values(tree?.fieldsByTypeName['Dossier'] ?? {}).map((f) => f.name);
  return {
    hops: FIELDS.filter((field) => selected.includes(field)).map((field) => ({ field, hop: DOSSIER_FIELD_HOPS[field], next: [] })),
    evidence: selected.includes('evidence'),
  };
}
