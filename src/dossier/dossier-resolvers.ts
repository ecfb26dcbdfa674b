import type { Resolvers } from '../generated/graphql.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import { pageRequest, singleKey, toConnection } from '../pagination.js';
import type { OfficialRow } from './dossier-row.js';
import { dossierCount, dossierPage, dossiersByNumber } from './dossier-store.js';

export const dossierResolvers: Resolvers = {
  Query: {
    dossier: async (_parent, { number, municipality }, { db }) => {
      const [first] = await dossiersByNumber(db, number, municipality ?? null);
      return first ?? null;
    },
    dossiers: async (_parent, { first, after, municipality }, { db }) => {
      const page = pageRequest(first, after);
      const rows = page.first === 0 ? [] : await dossierPage(db, singleKey(page.after), page.first + 1, municipality ?? null);
      return toConnection(rows, page, (row) => [row.id], () => dossierCount(db, municipality ?? null));
    },
  },
  DossierConnection: {
    totalCount: (connection) => connection.count(),
  },
  Dossier: {
    portfolioHolder: async (dossier, _args, { loaders }) => {
      const [holder] = await loaders.related('in', ['PORTFOLIO_HOLDER_OF'], ['Person']).load(dossier.id);
      return holder?.node ?? null;
    },
    officials: async (dossier, _args, { loaders }) => {
      const related = await loaders.related('out', ['HANDLED_BY'], ['Person']).load(dossier.id);
      return related.map((r): OfficialRow => ({ role: String(r.rel.role ?? ''), person: r.node, evidenceIds: r.rel.evidence ?? [] }));
    },
    documents: async (dossier, _args, { loaders }) =>
      (await loaders.related('in', ['IN_DOSSIER'], ['Document']).load(dossier.id)).map((r) => r.node),
    topics: async (dossier, _args, { loaders }) =>
      (await loaders.related('out', ['HAS_TOPIC'], ['Topic']).load(dossier.id)).map((r) => r.node),
    evidence: (dossier, _args, { loaders }) => nodeEvidence(dossier, loaders),
  },
  Official: {
    name: (official) => String(official.person.name ?? ''),
    evidence: (official, _args, { loaders }) => passagesOf(official.evidenceIds, loaders),
  },
  Document: {
    kind: (doc) => String(doc.kind ?? ''),
    evidence: (doc, _args, { loaders }) => nodeEvidence(doc, loaders),
  },
  Topic: {
    name: (topic) => String(topic.name ?? ''),
  },
  Person: {
    name: (person) => String(person.name ?? ''),
  },
};
