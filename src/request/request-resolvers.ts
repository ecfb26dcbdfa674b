import { isActorRow } from '../actor/actor-row.js';
import type { Context } from '../context.js';
import { isDossierRow } from '../dossier/dossier-row.js';
import type { RequestFilter, RequestKind, Resolvers } from '../generated/graphql.js';
import { keysetConnection } from '../keyset.js';
import { isMeetingRow } from '../meeting/meeting-row.js';
import { nodeEvidence } from '../node/node-resolvers.js';
import type { ConnectionRow } from '../pagination.js';
import { textFilter } from '../text-filter.js';
import { anyEntity, hop, nodeOfType, relatedNode, relatedNodes } from '../relations.js';
import { isRequestRow, type RequestRow } from './request-row.js';
import { requestCount, requestPage, type RequestQuery } from './request-store.js';

const HOPS = {
  raisedBy: hop('in', ['RAISED'], ['Person', 'Fractie', 'Organisation', 'Body'], isActorRow),
  madeIn: hop('out', ['MADE_IN'], ['Meeting'], isMeetingRow),
  concerns: hop('out', ['CONCERNS'], [], anyEntity),
  dossier: hop('out', ['IN_DOSSIER'], ['Dossier'], isDossierRow),
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

/** A page of requests, newest first, for `Query.requests` and `Actor.requests` (then `raisedBy` is the actor). */
export function requestConnection(args: RequestListArgs, { db }: Context, raisedBy?: string): Promise<ConnectionRow<RequestRow>> {
  const f = args.filter ?? {};
  const query: RequestQuery = {
    raisedBy: raisedBy ?? f.raisedBy ?? null,
    kind: f.kind === null || f.kind === undefined ? null : STORED_KIND[f.kind],
    dossier: f.dossier ?? null,
    meeting: f.meeting ?? null,
    concerns: f.concerns ?? null,
    municipality: f.municipality ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    text: textFilter(f.text),
  };
  return keysetConnection(args.first, args.after, 'date-desc', (after, limit) => requestPage(db, query, after, limit), () => requestCount(db, query));
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
    raisedBy: (r, _args, { loaders }) => relatedNodes(loaders, r.id, HOPS.raisedBy),
    madeIn: (r, _args, { loaders }) => relatedNode(loaders, r.id, HOPS.madeIn),
    concerns: (r, _args, { loaders }) => relatedNodes(loaders, r.id, HOPS.concerns),
    dossier: (r, _args, { loaders }) => relatedNode(loaders, r.id, HOPS.dossier),
    evidence: (r, _args, { loaders }) => nodeEvidence(r, loaders),
  },
};
