import { GraphQLError } from 'graphql';
import type { Resolvers } from '../generated/graphql.js';
import type { EntityRow, PassageRow } from './node-row.js';

/** Labels that are GraphQL object types implementing Node. */
const NODE_TYPES = new Set([
  'Dossier',
  'Document',
  'Topic',
  'Person',
  'Fractie',
  'Organisation',
  'Body',
  'Municipality',
  'Meeting',
  'Decision',
  'Commitment',
  'Request',
  'Policy',
  'Agreement',
]);

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_parent, { id }, { loaders }) => {
      const row = await loaders.node.load(id);
      return row !== null && NODE_TYPES.has(row.__label) ? row : null;
    },
    source: (_parent, { id }, { loaders }) => loaders.source.load(id),
  },
  Node: {
    __resolveType: (row) => {
      if (!NODE_TYPES.has(row.__label)) {
        throw new GraphQLError(`node ${row.id} has label ${row.__label}, which the schema does not expose`);
      }
      return row.__label as 'Dossier';
    },
  },
  Source: {
    text: (source, _args, { loaders }) => loaders.sourceText.load(source.id),
  },
  Passage: {
    source: async (passage, _args, { loaders }) => {
      const source = await loaders.source.load(passage.sourceId);
      if (source === null) throw new Error(`passage ${passage.id} has no source ${passage.sourceId}`);
      return source;
    },
  },
};

/** Evidence of a node, for the `evidence` field of every fact type. */
export const nodeEvidence = (row: EntityRow, loaders: { evidence: { load(id: string): Promise<PassageRow[]> } }): Promise<PassageRow[]> =>
  loaders.evidence.load(row.id);

/** Passages by the ids a relationship keeps in its `evidence` property. */
export async function passagesOf(ids: readonly string[] | undefined, loaders: { passage: { loadMany(ids: readonly string[]): Promise<(PassageRow | null | Error)[]> } }): Promise<PassageRow[]> {
  if (ids === undefined || ids.length === 0) return [];
  const found = await loaders.passage.loadMany(ids);
  return found.filter((p): p is PassageRow => p !== null && !(p instanceof Error));
}
