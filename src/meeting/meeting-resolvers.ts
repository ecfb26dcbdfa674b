import type { Context } from '../context.js';
import type { MeetingFilter, Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { nodeEvidence } from '../node/node-resolvers.js';
import type { ConnectionRow } from '../pagination.js';
import { nodeOfType, relatedNode, relatedNodes } from '../relations.js';
import { MEETING_HOPS as HOPS } from './meeting-hops.js';
import { textFilter } from '../text-filter.js';
import { isDecisionRow, isMeetingRow, type MeetingRow } from './meeting-row.js';
import { decisionCount, decisionPage, meetingCount, meetingPage, meetingTrip, type DecisionQuery, type MeetingQuery } from './meeting-store.js';
import { EMPTY_LIST_PLAN, listPlan, primeListTrip, type ListPlan } from '../node/list-plan.js';
import type { GraphQLResolveInfo } from 'graphql';


export interface MeetingListArgs {
  readonly filter?: MeetingFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The relationship fields of a meeting that a planned page fetches with it (src/node/list-plan.ts). */
const MEETING_FIELD_HOPS = { body: HOPS.body, dossiers: HOPS.dossiers, decisions: HOPS.decisions, commitments: HOPS.commitments, requests: HOPS.requests };

/** What a `meetings` connection at `info` selects. */
export const meetingListPlan = (info: GraphQLResolveInfo): ListPlan => listPlan(info, 'MeetingConnection', 'Meeting', MEETING_FIELD_HOPS);

/**
 * A page of meetings, newest first, for `Query.meetings` and `Body.meetings` (then `body` is
 * fixed). With a plan, the page, its count and its meetings' selected fields come in one query.
 */
export function meetingConnection(args: MeetingListArgs, { db, loaders }: Context, body?: string, plan: ListPlan = EMPTY_LIST_PLAN): Promise<ConnectionRow<MeetingRow>> {
  const f = args.filter ?? {};
  const query: MeetingQuery = {
    municipality: f.municipality ?? null,
    body: body ?? f.body ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    text: textFilter(f.text),
  };
  if (!plan.totalCount && plan.hops.length === 0 && !plan.evidence) {
    return keysetConnection(args.first, args.after, 'start-desc', (after, limit) => meetingPage(db, query, after, limit), () => meetingCount(db, query));
  }
  let total: number | null = null;
  return keysetConnection(
    args.first,
    args.after,
    'start-desc',
    async (after, limit) => {
      const trip = await meetingTrip(db, query, after, limit, plan);
      total = trip.total;
      return primeListTrip(loaders, plan, trip.page);
    },
    () => (total === null ? meetingCount(db, query) : Promise.resolve(total)),
  );
}

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isMeetingRow),
    meetings: (_parent, args, context, info) => meetingConnection(args, context, undefined, meetingListPlan(info)),
    decision: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isDecisionRow),
    decisions: (_parent, { filter, first, after }, { db }) => {
      const f = filter ?? {};
      const query: DecisionQuery = {
        municipality: f.municipality ?? null,
        meeting: f.meeting ?? null,
        concerns: f.concerns ?? null,
        outcome: f.outcome ?? null,
        from: f.from ?? null,
        to: f.to ?? null,
        text: textFilter(f.text),
      };
      return keysetConnection(first, after, 'date-desc', (a, limit) => decisionPage(db, query, a, limit), () => decisionCount(db, query));
    },
  },
  MeetingConnection: {
    totalCount: (connection) => connection.count(),
  },
  DecisionConnection: {
    totalCount: (connection) => connection.count(),
  },
  Meeting: {
    title: (m) => m.title ?? m.id,
    body: (m, _args, { loaders }) => relatedNode(loaders, m, HOPS.body),
    dossiers: (m, _args, { loaders }) => relatedNodes(loaders, m, HOPS.dossiers),
    decisions: (m, _args, { loaders }) => relatedNodes(loaders, m, HOPS.decisions),
    commitments: (m, _args, { loaders }) => relatedNodes(loaders, m, HOPS.commitments),
    requests: (m, _args, { loaders }) => relatedNodes(loaders, m, HOPS.requests),
    evidence: (m, _args, { loaders }) => nodeEvidence(m, loaders),
  },
  Decision: {
    text: (d) => d.text ?? '',
    meeting: (d, _args, { loaders }) => relatedNode(loaders, d, HOPS.decisionMeeting),
    concerns: (d, _args, { loaders }) => relatedNodes(loaders, d, HOPS.decisionConcerns),
    supportedBy: (d, _args, { loaders }) => relatedNodes(loaders, d, HOPS.supportedBy),
    opposedBy: (d, _args, { loaders }) => relatedNodes(loaders, d, HOPS.opposedBy),
    membersFor: (d, _args, { loaders }) => relatedNodes(loaders, d, HOPS.membersFor),
    membersAgainst: (d, _args, { loaders }) => relatedNodes(loaders, d, HOPS.membersAgainst),
    evidence: (d, _args, { loaders }) => nodeEvidence(d, loaders),
  },
};
