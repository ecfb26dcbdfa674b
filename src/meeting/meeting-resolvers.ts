import type { Context } from '../context.js';
import type { MeetingFilter, Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { nodeEvidence } from '../node/node-resolvers.js';
import type { ConnectionRow } from '../pagination.js';
import { nodeOfType, relatedNode, relatedNodes } from '../relations.js';
import { MEETING_HOPS as HOPS } from './meeting-hops.js';
import { textFilter } from '../text-filter.js';
import { isDecisionRow, isMeetingRow, type MeetingRow } from './meeting-row.js';
import { decisionCount, decisionPage, meetingCount, meetingPage, type DecisionQuery, type MeetingQuery } from './meeting-store.js';


export interface MeetingListArgs {
  readonly filter?: MeetingFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** A page of meetings, newest first, for `Query.meetings` and `Body.meetings` (then `body` is fixed). */
export function meetingConnection(args: MeetingListArgs, { db }: Context, body?: string): Promise<ConnectionRow<MeetingRow>> {
  const f = args.filter ?? {};
  const query: MeetingQuery = {
    municipality: f.municipality ?? null,
    body: body ?? f.body ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    text: textFilter(f.text),
  };
  return keysetConnection(args.first, args.after, 'start-desc', (after, limit) => meetingPage(db, query, after, limit), () => meetingCount(db, query));
}

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isMeetingRow),
    meetings: (_parent, args, context) => meetingConnection(args, context),
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
    body: (m, _args, { loaders }) => relatedNode(loaders, m.id, HOPS.body),
    dossiers: (m, _args, { loaders }) => relatedNodes(loaders, m.id, HOPS.dossiers),
    decisions: (m, _args, { loaders }) => relatedNodes(loaders, m.id, HOPS.decisions),
    commitments: (m, _args, { loaders }) => relatedNodes(loaders, m.id, HOPS.commitments),
    requests: (m, _args, { loaders }) => relatedNodes(loaders, m.id, HOPS.requests),
    evidence: (m, _args, { loaders }) => nodeEvidence(m, loaders),
  },
  Decision: {
    text: (d) => d.text ?? '',
    meeting: (d, _args, { loaders }) => relatedNode(loaders, d.id, HOPS.decisionMeeting),
    concerns: (d, _args, { loaders }) => relatedNodes(loaders, d.id, HOPS.decisionConcerns),
    supportedBy: (d, _args, { loaders }) => relatedNodes(loaders, d.id, HOPS.supportedBy),
    evidence: (d, _args, { loaders }) => nodeEvidence(d, loaders),
  },
};
