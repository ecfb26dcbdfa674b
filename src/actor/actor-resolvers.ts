import type { GraphQLResolveInfo } from 'graphql';
import { actorLookupPlan, plannedActor } from './actor-lookup.js';
import { AGREEMENTS_OF_ACTOR, participation } from '../agreement/agreement-resolvers.js';
import { isCommitmentRow } from '../commitment/commitment-row.js';
import { commitmentPlan } from '../commitment/commitment-plan.js';
import { actorCommitmentConnection } from '../commitment/commitment-resolvers.js';
import { isDossierRow } from '../dossier/dossier-row.js';
import type { ActorFilter, Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { meetingConnection, meetingListPlan } from '../meeting/meeting-resolvers.js';
import { isDecisionRow } from '../meeting/meeting-row.js';
import type { NodeLoaders } from '../node/node-loaders.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import type { EntityRow } from '../node/node-row.js';
import { hop, nodeOfType, relatedEdges, relatedNodes, relString } from '../relations.js';
import { actorRequestConnection } from '../request/request-resolvers.js';
import { textFilter } from '../text-filter.js';
import {
  isActorRow,
  isBodyRow,
  isFractieRow,
  isOrganisationRow,
  isPersonRow,
  type ActorRow,
  type MembershipRow,
  type PersonRow,
  type ReferralRow,
  type RoleRow,
} from './actor-row.js';
import {
  bodyCount,
  bodyPage,
  fractieCount,
  fractiePage,
  municipalities,
  municipalityByCode,
  organisationCount,
  organisationPage,
  personCount,
  personPage,
  type ActorQuery,
} from './actor-store.js';

const HOPS = {
  roles: hop('out', ['HOLDS_ROLE'], ['Body', 'Organisation'], (row: EntityRow) => isBodyRow(row) || isOrganisationRow(row)),
  holders: hop('in', ['HOLDS_ROLE'], ['Person'], isPersonRow),
  fracties: hop('out', ['MEMBER_OF'], ['Fractie'], isFractieRow),
  members: hop('in', ['MEMBER_OF'], ['Person'], isPersonRow),
  portfolios: hop('out', ['PORTFOLIO_HOLDER_OF'], ['Dossier'], isDossierRow),
  referredTo: hop('out', ['REFERRED_TO'], ['Person'], isPersonRow),
  referredBy: hop('in', ['REFERRED_TO'], ['Person'], isPersonRow),
  supported: hop('out', ['SUPPORTED'], ['Decision'], isDecisionRow),
  opposed: hop('out', ['OPPOSED'], ['Decision'], isDecisionRow),
  funds: hop('out', ['FUNDS'], ['Organisation'], isOrganisationRow),
  fundedBy: hop('in', ['FUNDS'], ['Organisation'], isOrganisationRow),
  promisedCommitments: hop('in', ['PROMISED_TO'], ['Commitment'], isCommitmentRow),
};

/** The relationship fields of a person that `person(id:)` fetches with it (actor-lookup.ts). */
const PERSON_LOOKUP_HOPS = { roles: HOPS.roles, fracties: HOPS.fracties, memberships: HOPS.fracties, portfolios: HOPS.portfolios, referredTo: HOPS.referredTo, referredBy: HOPS.referredBy };

const actorQuery = (filter: ActorFilter | null | undefined): ActorQuery => ({
  municipality: filter?.municipality ?? null,
  text: textFilter(filter?.text),
  kind: filter?.kind ?? null,
});

function roleRow(person: PersonRow, where: EntityRow, rel: Readonly<Record<string, unknown>>, evidence: readonly string[] | undefined): RoleRow {
  return {
    role: relString(rel.role) ?? '',
    portfolio: relString(rel.portfolio),
    from: relString(rel.from),
    to: relString(rel.to),
    person,
    in: where,
    evidenceIds: evidence ?? [],
  };
}

async function referrals(loaders: NodeLoaders, id: string, h: typeof HOPS.referredTo): Promise<ReferralRow[]> {
  return (await relatedEdges(loaders, id, h)).map((r) => ({ person: r.node, about: relString(r.rel.about), evidenceIds: r.rel.evidence ?? [] }));
}

async function agreementsOf(loaders: NodeLoaders, id: string) {
  return (await relatedEdges(loaders, id, AGREEMENTS_OF_ACTOR)).map((r) => participation(r.rel.role, r.node, r.rel.evidence));
}

async function holdersOf(loaders: NodeLoaders, where: EntityRow): Promise<RoleRow[]> {
  return (await relatedEdges(loaders, where, HOPS.holders)).map((r) => roleRow(r.node, where, r.rel, r.rel.evidence));
}

/** The fields every actor type shares. */
const actorFields = {
  name: (actor: ActorRow) => (typeof actor.name === 'string' ? actor.name : actor.id),
  commitments: (
    actor: ActorRow,
    args: Parameters<typeof actorCommitmentConnection>[1],
    context: Parameters<typeof actorCommitmentConnection>[2],
    info: GraphQLResolveInfo,
  ) => actorCommitmentConnection(actor.id, args, context, commitmentPlan(info)),
  requests: (actor: ActorRow, args: Parameters<typeof actorRequestConnection>[1], context: Parameters<typeof actorRequestConnection>[2]) =>
    actorRequestConnection(actor.id, args, context),
  evidence: (actor: ActorRow, _args: unknown, { loaders }: { loaders: NodeLoaders }) => nodeEvidence(actor, loaders),
};

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isActorRow),
    person: (_parent, { id }, context, info) => plannedActor(context, id, 'Person', isPersonRow, actorLookupPlan(info, 'Person', PERSON_LOOKUP_HOPS)),
    persons: (_parent, { filter, first, after }, { db }) => {
      const query = actorQuery(filter);
      return keysetConnection(first, after, 'name', (a, limit) => personPage(db, query, a, limit), () => personCount(db, query));
    },
    fractie: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isFractieRow),
    fracties: (_parent, { filter, first, after }, { db }) => {
      const query = actorQuery(filter);
      return keysetConnection(first, after, 'name', (a, limit) => fractiePage(db, query, a, limit), () => fractieCount(db, query));
    },
    organisation: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isOrganisationRow),
    organisations: (_parent, { filter, first, after }, { db }) => {
      const query = actorQuery(filter);
      return keysetConnection(first, after, 'name', (a, limit) => organisationPage(db, query, a, limit), () => organisationCount(db, query));
    },
    body: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isBodyRow),
    bodies: (_parent, { filter, first, after }, { db }) => {
      const query = actorQuery(filter);
      return keysetConnection(first, after, 'name', (a, limit) => bodyPage(db, query, a, limit), () => bodyCount(db, query));
    },
    municipality: (_parent, { cbsCode }, { db }) => municipalityByCode(db, cbsCode),
    municipalities: (_parent, _args, { db }) => municipalities(db),
  },
  Actor: {
    __resolveType: (row) => row.__label,
  },
  PersonConnection: { totalCount: (connection) => connection.count() },
  FractieConnection: { totalCount: (connection) => connection.count() },
  OrganisationConnection: { totalCount: (connection) => connection.count() },
  BodyConnection: { totalCount: (connection) => connection.count() },
  Person: {
    ...actorFields,
    roles: async (person, _args, { loaders }) =>
      (await relatedEdges(loaders, person, HOPS.roles)).map((r) => roleRow(person, r.node, r.rel, r.rel.evidence)),
    fracties: (person, _args, { loaders }) => relatedNodes(loaders, person, HOPS.fracties),
    memberships: async (person, _args, { loaders }) =>
      (await relatedEdges(loaders, person, HOPS.fracties)).map((r): MembershipRow => ({
        fractie: r.node, from: relString(r.rel.from), to: relString(r.rel.to), ended: r.rel.ended === true, left: relString(r.rel.left), evidenceIds: r.rel.evidence ?? [],
      })),
    unresolved: (person) => person.unresolved === true,
    portfolios: (person, _args, { loaders }) => relatedNodes(loaders, person, HOPS.portfolios),
    referredTo: (person, _args, { loaders }) => referrals(loaders, person.id, HOPS.referredTo),
    referredBy: (person, _args, { loaders }) => referrals(loaders, person.id, HOPS.referredBy),
    agreements: (person, _args, { loaders }) => agreementsOf(loaders, person.id),
  },
  Fractie: {
    ...actorFields,
    members: (fractie, _args, { loaders }) => relatedNodes(loaders, fractie, HOPS.members),
    supported: (fractie, _args, { loaders }) => relatedNodes(loaders, fractie, HOPS.supported),
    opposed: (fractie, _args, { loaders }) => relatedNodes(loaders, fractie, HOPS.opposed),
  },
  Organisation: {
    ...actorFields,
    aliases: (org) => [...(org.aliases ?? [])],
    agreements: (org, _args, { loaders }) => agreementsOf(loaders, org.id),
    people: (org, _args, { loaders }) => holdersOf(loaders, org),
    funds: (org, _args, { loaders }) => relatedNodes(loaders, org, HOPS.funds),
    fundedBy: (org, _args, { loaders }) => relatedNodes(loaders, org, HOPS.fundedBy),
  },
  Body: {
    ...actorFields,
    meetings: (body, args, context, info) => meetingConnection(args, context, body.id, meetingListPlan(info)),
    members: (body, _args, { loaders }) => holdersOf(loaders, body),
    promisedCommitments: (body, _args, { loaders }) => relatedNodes(loaders, body, HOPS.promisedCommitments),
  },
  Municipality: {
    cbsCode: (m) => m.cbsCode ?? m.id.replace(/^municipality:/, '').toUpperCase(),
    name: (m) => m.name ?? m.cbsCode ?? m.id,
  },
  Role: {
    body: (role) => (isBodyRow(role.in) ? role.in : null),
    organisation: (role) => (isOrganisationRow(role.in) ? role.in : null),
    evidence: (role, _args, { loaders }) => passagesOf(role.evidenceIds, loaders),
  },
  FractieMembership: {
    evidence: (membership, _args, { loaders }) => passagesOf(membership.evidenceIds, loaders),
  },
  Referral: {
    evidence: (referral, _args, { loaders }) => passagesOf(referral.evidenceIds, loaders),
  },
};
