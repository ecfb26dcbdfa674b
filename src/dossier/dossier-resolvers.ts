import { badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import { primePlanned } from '../node/prime-loaders.js';
import { pageRequest, singleKey, toConnection } from '../pagination.js';
import { nodeOfType, relatedEdges, relatedNode, relatedNodes } from '../relations.js';
import { textFilter } from '../text-filter.js';
import { plannedNode } from '../node/lookup.js';
import { listPlan } from '../node/list-plan.js';
import { DOSSIER_HOPS as HOPS } from './dossier-hops.js';
import { dossierPlan } from './dossier-plan.js';
import { isDocumentRow, isDossierRow, isTopicRow, type OfficialRow } from './dossier-row.js';
import { documentCount, documentPage, dossierByNumberTrip, dossierCount, dossierPage, dossiersByNumber, topicCount, topicPage } from './dossier-store.js';


export const dossierResolvers: Resolvers = {
  Query: {
    dossier: async (_parent, { id, number, municipality }, { db, loaders }, info) => {
      const plan = dossierPlan(info);
      if (id !== null && id !== undefined) return plannedNode({ db, loaders }, id, 'Dossier', isDossierRow, plan);
      if (number === null || number === undefined) throw badUserInput('number', 'give the dossier `id` or its `number`');
      if (plan.hops.length === 0 && !plan.evidence) {
        const [first] = await dossiersByNumber(db, number, municipality ?? null);
        return first ?? null;
      }
      const trip = await dossierByNumberTrip(db, number, municipality ?? null, plan);
      if (trip !== null) primePlanned(loaders, trip.row, plan.hops, trip.related, plan.evidence ? trip.evidence : null);
      return trip?.row ?? null;
    },
    dossiers: async (_parent, { first, after, municipality }, { db }, info) => {
      const page = pageRequest(first, after);
      // the rows go to no loader: they may be slim
      const projection = listPlan(info, 'DossierConnection', 'Dossier', {}).row ?? null;
      const rows = page.first === 0 ? [] : await dossierPage(db, singleKey(page.after), page.first + 1, municipality ?? null, projection);
      return toConnection(rows, page, (row) => [row.id], () => dossierCount(db, municipality ?? null));
    },
    document: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isDocumentRow),
    documents: (_parent, { filter, first, after }, { db }) => {
      const query = { municipality: filter?.municipality ?? null, kind: filter?.kind ?? null, from: filter?.from ?? null, to: filter?.to ?? null, text: textFilter(filter?.text) };
      return keysetConnection(first, after, 'id', (a, limit) => documentPage(db, query, a, limit), () => documentCount(db, query));
    },
    topic: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isTopicRow),
    topics: (_parent, { filter, first, after }, { db }) => {
      const query = { municipality: filter?.municipality ?? null, kind: filter?.kind ?? null, text: textFilter(filter?.text) };
      return keysetConnection(first, after, 'id', (a, limit) => topicPage(db, query, a, limit), () => topicCount(db, query));
    },
  },
  DossierConnection: {
    totalCount: (connection) => connection.count(),
  },
  DocumentConnection: {
    totalCount: (connection) => connection.count(),
  },
  TopicConnection: {
    totalCount: (connection) => connection.count(),
  },
  Dossier: {
    problems: (dossier) => [...(dossier.problems ?? [])],
    portfolioHolder: (dossier, _args, { loaders }) => relatedNode(loaders, dossier, HOPS.portfolioHolder),
    officials: async (dossier, _args, { loaders }) =>
      (await relatedEdges(loaders, dossier, HOPS.officials)).map(
        (r): OfficialRow => ({ role: String(r.rel.role ?? ''), person: r.node, evidenceIds: r.rel.evidence ?? [] }),
      ),
    documents: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.documents),
    topics: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.topics),
    meetings: async (dossier, _args, { loaders }) =>
      (await relatedNodes(loaders, dossier, HOPS.meetings)).sort((a, b) => String(a.start ?? '').localeCompare(String(b.start ?? ''))),
    decisions: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.decisions),
    commitments: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.commitments),
    requests: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.requests),
    policies: (dossier, _args, { loaders }) => relatedNodes(loaders, dossier, HOPS.policies),
    evidence: (dossier, _args, { loaders }) => nodeEvidence(dossier, loaders),
  },
  Official: {
    name: (official) => String(official.person.name ?? ''),
    evidence: (official, _args, { loaders }) => passagesOf(official.evidenceIds, loaders),
  },
  Document: {
    kind: (doc) => String(doc.kind ?? ''),
    dossier: (doc, _args, { loaders }) => relatedNode(loaders, doc, HOPS.documentDossier),
    decisions: async (doc, _args, { loaders }) => relatedNodes(loaders, doc, HOPS.decisions),
    evidence: (doc, _args, { loaders }) => nodeEvidence(doc, loaders),
  },
  Topic: {
    name: (topic) => String(topic.name ?? ''),
    dossiers: (topic, _args, { loaders }) => relatedNodes(loaders, topic, HOPS.topicDossiers),
  },
};
