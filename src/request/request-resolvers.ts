import { isActorRow } from '../actor/actor-row.js';
import type { Context } from '../context.js';
import { isDossierRow } from '../dossier/dossier-row.js';
import { isDecisionRow } from '../meeting/meeting-row.js';
import type { RequestFilter, RequestKind, Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { isMeetingRow } from '../meeting/meeting-row.js';
import { nodeEvidence } from '../node/node-resolvers.js';
import type { ConnectionRow } from '../pagination.js';
import { textFilter } from '../text-filter.js';
import { anyEntity, hop, nodeOfType, relatedNode, relatedNodes } from '../relations.js';
import { isRequestRow, type RequestRow } from './request-row.js';
import { requestCount, requestPage, type ActorRequestQuery, type RequestQuery } from './request-store.js';

const HOPS = {
  raisedBy: hop('in', ['RAISED'], ['Person', 'Fractie', 'Organisation', 'Body'], isActorRow),
  madeIn: hop('out', ['MADE_IN'], ['Meeting'], isMeetingRow),
  concerns: hop('out', ['CONCERNS'], [], anyEntity),
  dossier: hop('out', ['IN_DOSSIER'], ['Dossier'], isDossierRow),
  decisions: hop('in', ['CONCERNS'], ['Decision'], isDecisionRow),
};

/** Stored kinds (src/ingest/facts.ts) and their enum values. */
const KINDS: Readonly<Record<string, RequestKind>> = {
  question: 'QUESTION',
  request: 'REQUEST',
  proposal: 'PROPOSAL',
  'vote statement': 'VOTE_STATEMENT',
  motion: 'MOTION',
  amendment: 'AMENDMENT',
};
const STORED_KIND: Readonly<Record<RequestKind, string>> = {
  QUESTION: 'question',
  REQUEST: 'request',
  PROPOSAL: 'proposal',
  VOTE_STATEMENT: 'vote statement',
  MOTION: 'motion',
  AMENDMENT: 'amendment',
};

export interface RequestListArgs {
  readonly filter?: RequestFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The filter as the queries take it, except `raisedBy` (the list's actor, or the filter's). */
function actorRequestQuery(f: RequestFilter): ActorRequestQuery {
  return {
    kind: f.kind === null || f.kind === undefined ? null : STORED_KIND[f.kind],
    dossier: f.dossier ?? null,
    meeting: f.meeting ?? null,
    concerns: f.concerns ?? null,
    municipality: f.municipality ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    text: textFilter(f.text),
  };
}

/** The one order of request lists, and the tag of their cursors. */
const ORDER = 'date-desc';

/** A page of requests, newest first, for `Query.requests`: one page query, one count query. */
export function requestConnection(args: RequestListArgs, { db }: Context): Promise<ConnectionRow<RequestRow>> {
  const f = args.filter ?? {};
  const query: RequestQuery = { raisedBy: f.raisedBy ?? null, ...actorRequestQuery(f) };
  return keysetConnection(args.first, args.after, ORDER, (after, limit) => requestPage(db, query, after, limit), () => requestCount(db, query));
}

/**
 * A page of the requests `actorId` raised, newest first, for `Actor.requests` (`raisedBy` is the
 * actor, whatever the filter says). Pages and counts go through the per-request loaders, so
 * every actor of a list asked with the same arguments shares one page query and one count query.
 */
export function actorRequestConnection(actorId: string, args: RequestListArgs, { requestLoaders }: Context): Promise<ConnectionRow<RequestRow>> {
  const query = actorRequestQuery(args.filter ?? {});
  return keysetConnection(
    args.first,
    args.after,
    ORDER,
    (after, limit) => requestLoaders.pageByActor({ query, after, limit }).load(actorId),
    () => requestLoaders.countByActor(query).load(actorId),
  );
}

export const requestResolvers: Resolvers = {
  Query: {
    request: (_parent, { id }, { loaders }) => nodeOfType(loaders, id, isRequestRow),
    requests: (_parent, args, context) => requestConnection(args, context),
  },
  RequestConnection: {
    totalCount: (connection) => connection.count(),
  },
  Request: {
    kind: (r) => {
      const kind = KINDS[r.kind ?? ''];
      if (kind === undefined) throw new Error(`request ${r.id} has kind ${String(r.kind)}, which the schema does not know`);
      return kind;
    },
    text: (r) => r.text ?? '',
    raisedBy: (r, _args, { loaders }) => relatedNodes(loaders, r, HOPS.raisedBy),
    madeIn: (r, _args, { loaders }) => relatedNode(loaders, r, HOPS.madeIn),
    concerns: (r, _args, { loaders }) => relatedNodes(loaders, r, HOPS.concerns),
    dossier: (r, _args, { loaders }) => relatedNode(loaders, r, HOPS.dossier),
    decisions: (r, _args, { loaders }) => relatedNodes(loaders, r, HOPS.decisions),
    evidence: (r, _args, { loaders }) => nodeEvidence(r, loaders),
  },
};
