import type { Resolvers } from '../generated/graphql.js';
import { asNode } from '../graph/graph-resolvers.js';
import { changeConnection } from './change-connection.js';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_parent, { since, first, after }, { db }) => changeConnection(db, since, first, after),
  },
  ChangeConnection: {
    totalCount: (connection) => connection.count(),
  },
  Change: {
    sequence: (change) => change.seq,
    id: (change) => change.entityId,
    node: async (change, _args, { loaders }, info) => {
      if (change.target !== 'NODE') return null;
      const row = await loaders.node.load(change.entityId);
      return row === null ? null : asNode(row, info);
    },
    origin: (change) => change,
  },
  ChangeOrigin: {
    kind: (change) => change.originKind,
    source: (change, _args, { loaders }) => (change.sourceId === null ? null : loaders.source.load(change.sourceId)),
  },
};
