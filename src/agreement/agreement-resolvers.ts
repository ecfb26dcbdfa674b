import { isActorRow } from '../actor/actor-row.js';
import type { Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import { anyEntity, hop, nodeOfType, relatedEdges, relatedNodes, relString } from '../relations.js';
import { textFilter } from '../text-filter.js';
import { isAgreementRow, type AgreementParticipationRow, type AgreementPartyRow } from './agreement-row.js';
import { agreementCount, agreementPage, type AgreementQuery } from './agreement-store.js';

const HOPS = {
  parties: hop('in', ['PARTY_TO'], ['Person', 'Fractie', 'Organisation', 'Body'], isActorRow),
  concerns: hop('out', ['CONCERNS'], [], anyEntity),
};

/** An actor's PARTY_TO relationships as participations (for `Person.agreements`, `Organisation.agreements`). */
export const AGREEMENTS_OF_ACTOR = hop('out', ['PARTY_TO'], ['Agreement'], isAgreementRow);

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isAgreementRow),
    agreements: (_parent, { filter, first, after }, { db }) => {
      const f = filter ?? {};
      const query: AgreementQuery = {
        municipality: f.municipality ?? null,
        kind: f.kind ?? null,
        party: f.party ?? null,
        concerns: f.concerns ?? null,
        activeFrom: f.activeFrom ?? null,
        activeTo: f.activeTo ?? null,
        text: textFilter(f.text),
      };
      return keysetConnection(first, after, 'id', (a, limit) => agreementPage(db, query, a, limit), () => agreementCount(db, query));
    },
  },
  AgreementConnection: {
    totalCount: (connection) => connection.count(),
  },
  Agreement: {
    kind: (a) => a.kind ?? 'agreement',
    period: (a) =>
      a.periodText == null && a.periodFrom == null && a.periodTo == null
        ? null
        : { text: a.periodText ?? null, from: a.periodFrom ?? null, to: a.periodTo ?? null },
    amount: (a) =>
      typeof a.amount === 'number'
        ? { value: a.amount, currency: a.currency ?? 'EUR', per: a.amountPeriod ?? null, approximate: a.approximate === true }
        : null,
    parties: async (a, _args, { loaders }) =>
      (await relatedEdges(loaders, a, HOPS.parties)).map(
        (r): AgreementPartyRow => ({ role: relString(r.rel.role), party: r.node, evidenceIds: r.rel.evidence ?? [] }),
      ),
    concerns: (a, _args, { loaders }) => relatedNodes(loaders, a, HOPS.concerns),
    evidence: (a, _args, { loaders }) => nodeEvidence(a, loaders),
  },
  AgreementParty: {
    evidence: (p, _args, { loaders }) => passagesOf(p.evidenceIds, loaders),
  },
  AgreementParticipation: {
    evidence: (p, _args, { loaders }) => passagesOf(p.evidenceIds, loaders),
  },
};

/** Helper for the actor resolvers: the participations of one actor. */
export const participation = (role: unknown, agreement: AgreementParticipationRow['agreement'], evidenceIds: readonly string[] | undefined): AgreementParticipationRow => ({
  role: relString(role),
  agreement,
  evidenceIds: evidenceIds ?? [],
});
