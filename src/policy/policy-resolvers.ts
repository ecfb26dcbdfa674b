import { isCommitmentRow } from '../commitment/commitment-row.js';
import type { Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { nodeEvidence } from '../node/node-resolvers.js';
import { anyEntity, hop, nodeOfType, relatedNodes } from '../relations.js';
import { textFilter } from '../text-filter.js';
import { isPolicyRow } from './policy-row.js';
import { policyCount, policyPage, type PolicyQuery } from './policy-store.js';

const HOPS = {
  buildsOn: hop('out', ['BUILDS_ON'], ['Policy'], isPolicyRow),
  builtOnBy: hop('in', ['BUILDS_ON'], ['Policy'], isPolicyRow),
  implementedBy: hop('in', ['IMPLEMENTS'], [], anyEntity),
  commitments: hop('in', ['CONCERNS'], ['Commitment'], isCommitmentRow),
};

export const policyResolvers: Resolvers = {
  Query: {
    policy: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isPolicyRow),
    policies: (_parent, { filter, first, after }, { db }) => {
      const query: PolicyQuery = { municipality: filter?.municipality ?? null, kind: filter?.kind ?? null, text: textFilter(filter?.text) };
      return keysetConnection(first, after, 'name', (a, limit) => policyPage(db, query, a, limit), () => policyCount(db, query));
    },
  },
  PolicyConnection: {
    totalCount: (connection) => connection.count(),
  },
  Policy: {
    name: (p) => p.name ?? p.id,
    adopted: (p) =>
      p.adoptedText == null && p.adoptedEarliest == null && p.adoptedLatest == null
        ? null
        : { text: p.adoptedText ?? null, earliest: p.adoptedEarliest ?? null, latest: p.adoptedLatest ?? null },
    aims: (p) => [...(p.aims ?? [])],
    buildsOn: (p, _args, { loaders }) => relatedNodes(loaders, p, HOPS.buildsOn),
    builtOnBy: (p, _args, { loaders }) => relatedNodes(loaders, p, HOPS.builtOnBy),
    implementedBy: (p, _args, { loaders }) => relatedNodes(loaders, p, HOPS.implementedBy),
    commitments: (p, _args, { loaders }) => relatedNodes(loaders, p, HOPS.commitments),
    evidence: (p, _args, { loaders }) => nodeEvidence(p, loaders),
  },
};
