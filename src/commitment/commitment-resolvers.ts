import { requireRole } from '../auth/caller.js';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { CommitmentFilter, CommitmentKind, CommitmentOrder, CommitmentStatus, Resolvers } from '../generated/graphql.js';
import { keysetAfter, keysetConnection } from '../keyset.js';
import { pageRequest } from '../pagination.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import type { ConnectionRow } from '../pagination.js';
import { textFilter } from '../text-filter.js';
import { relatedNode, relatedNodes } from '../relations.js';
import { lookupPlan, plannedNode, type LookupPlan } from '../node/lookup.js';
import { MEETING_HOPS } from '../meeting/meeting-hops.js';
import type { GraphQLResolveInfo } from 'graphql';
import { COMMITMENT_HOPS as HOPS } from './commitment-hops.js';
import { isCommitmentRow, type CommitmentRow, type EffectiveStatus } from './commitment-row.js';
import { effectiveStatus, today } from './commitment-status.js';
import { EMPTY_PLAN, commitmentPlan, isEmptyPlan, type CommitmentPlan } from './commitment-plan.js';
import { primeTrip } from './commitment-prime.js';
import { commitmentCount, commitmentPage, commitmentTrip, setCommitmentStatus, type ActorCommitmentQuery, type ActorCommitmentTrip, type CommitmentQuery } from './commitment-store.js';


const STATUSES: Readonly<Record<EffectiveStatus, CommitmentStatus>> = { open: 'OPEN', fulfilled: 'FULFILLED', withdrawn: 'WITHDRAWN', overdue: 'OVERDUE' };

/** The longest `note` or `evidence` an editor may give (characters). */
export const MAX_NOTE_LENGTH = 2_000;

function boundedText(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_NOTE_LENGTH) throw badUserInput(argument, `must be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters, got ${value.length.toLocaleString('en')}`);
  return value;
}

const KINDS: Readonly<Record<string, CommitmentKind>> = { explicit: 'EXPLICIT', soft: 'SOFT', reported: 'REPORTED' };

/** The arguments of every `commitments` field. */
export interface CommitmentListArgs {
  readonly filter?: CommitmentFilter | null;
  readonly orderBy?: CommitmentOrder | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The filter as the queries take it, except `madeBy` (the list's actor, or the filter's). */
function actorCommitmentQuery(f: CommitmentFilter): ActorCommitmentQuery {
  return {
    status: f.status === null || f.status === undefined ? null : f.status.toLowerCase(),
    dueBefore: f.dueBefore ?? null,
    dueAfter: f.dueAfter ?? null,
    dossier: f.dossier ?? null,
    policy: f.policy ?? null,
    concerns: f.concerns ?? null,
    meeting: f.meeting ?? null,
    municipality: f.municipality ?? null,
    text: textFilter(f.text),
    minConfidence: confidenceFilter(f.minConfidence),
    today: today(),
  };
}

/** `minConfidence` as the queries take it: null when not given, BAD_USER_INPUT outside 0..1. */
function confidenceFilter(min: number | null | undefined): number | null {
  if (min === null || min === undefined) return null;
  if (!(min >= 0 && min <= 1)) throw badUserInput('minConfidence', `must be between 0 and 1, got ${min}`);
  return min;
}

/**
 * A page of commitments for `Query.commitments`. With a plan (what the operation selects), the
 * page, its count and the planned relationship fields come in one query and prime the
 * loaders the field resolvers read; without one, one page query and one count query.
 */
export function commitmentConnection(args: CommitmentListArgs, { db, loaders }: Context, plan: CommitmentPlan = EMPTY_PLAN): Promise<ConnectionRow<CommitmentRow>> {
  const f = args.filter ?? {};
  const order = args.orderBy ?? 'DUE_ASC';
  const query: CommitmentQuery = { madeBy: f.madeBy ?? null, ...actorCommitmentQuery(f) };
  if (isEmptyPlan(plan)) {
    return keysetConnection(
      args.first,
      args.after,
      order,
      (after, limit) => commitmentPage(db, query, order, after, limit),
      () => commitmentCount(db, query),
    );
  }
  let total: number | null = null;
  return keysetConnection(
    args.first,
    args.after,
    order,
    async (after, limit) => {
      const trip = await commitmentTrip(db, query, order, after, limit, plan);
      total = trip.total;
      primeTrip(loaders, plan, trip.page);
      return trip.page;
    },
    () => (total === null ? commitmentCount(db, query) : Promise.resolve(total)),
  );
}

/**
 * A page of the commitments `actorId` made, for `Actor.commitments` (`madeBy` is the actor,
 * whatever the filter says). Pages and counts go through the per-request loaders, so every
 * actor of a list asked with the same arguments shares one page query and one count query;
 * with a plan, one query for the pages, counts and planned fields of them all.
 */
export function actorCommitmentConnection(
  actorId: string,
  args: CommitmentListArgs,
  { commitmentLoaders, loaders }: Context,
  plan: CommitmentPlan = EMPTY_PLAN,
): Promise<ConnectionRow<CommitmentRow>> {
  const order = args.orderBy ?? 'DUE_ASC';
  const query = actorCommitmentQuery(args.filter ?? {});
  const count = () => commitmentLoaders.countByActor(query).load(actorId);
  if (isEmptyPlan(plan)) {
    return keysetConnection(args.first, args.after, order, (after, limit) => commitmentLoaders.pageByActor({ query, order, after, limit }).load(actorId), count);
  }
  let total: number | null = null;
  return keysetConnection(
    args.first,
    args.after,
    order,
    async (after, limit) => {
      const trip = await commitmentLoaders.tripByActor({ query, order, after, limit, plan }).load(actorId);
      total = trip.total;
      primeTrip(loaders, plan, trip.page);
      return trip.page;
    },
    () => (total === null ? count() : Promise.resolve(total)),
  );
}

/**
 * The page request `actorCommitmentConnection` sends to `tripByActor` for these arguments and
 * plan (the same loader key), so that a lookup that fetched the page with its actor can prime
 * it; null when no page is fetched (`first: 0`) or the arguments are refused (the field's own
 * resolver then reports it).
 */
export function actorTripRequest(args: CommitmentListArgs, plan: CommitmentPlan): ActorCommitmentTrip | null {
  if (isEmptyPlan(plan)) return null;
  try {
    const order = args.orderBy ?? 'DUE_ASC';
    const page = pageRequest(args.first, args.after);
    if (page.first === 0) return null;
    return { query: actorCommitmentQuery(args.filter ?? {}), order, after: keysetAfter(page.after, order), limit: page.first + 1, plan };
  } catch {
    return null;
  }
}

/** The arguments of a `commitments` field as graphql-js coerced them (a resolve tree's `args`). */
export function commitmentListArgs(args: Readonly<Record<string, unknown>>): CommitmentListArgs {
  const { filter, orderBy, first, after } = args;
  return {
    filter: filter !== null && typeof filter === 'object' ? (filter as CommitmentFilter) : null,
    orderBy: orderBy === 'DUE_ASC' || orderBy === 'DUE_DESC' || orderBy === 'DATE_DESC' ? orderBy : null,
    first: typeof first === 'number' ? first : null,
    after: typeof after === 'string' ? after : null,
  };
}

/** What `commitment(id:)` selects: its relationship fields (a meeting's body with `madeIn`) and evidence, fetched with it in one query. */
export const commitmentLookupPlan = (info: GraphQLResolveInfo): LookupPlan => lookupPlan(info, 'Commitment', HOPS, { madeIn: { type: 'Meeting', hops: { body: MEETING_HOPS.body } } });

export const commitmentResolvers: Resolvers = {
  Query: {
    commitment: (_parent, { id }, context, info) => plannedNode(context, id, 'Commitment', isCommitmentRow, commitmentLookupPlan(info)),
    commitments: (_parent, args, context, info) => commitmentConnection(args, context, commitmentPlan(info)),
  },
  Mutation: {
    setCommitmentStatus: async (_parent, { id, status, note, evidence }, { db, caller }) => {
      const changedBy = requireRole(caller, 'editor');
      if (status === 'OVERDUE') throw badUserInput('status', 'OVERDUE follows from the due window and cannot be set');
      const row = await setCommitmentStatus(db, {
        id,
        status: status.toLowerCase(),
        note: boundedText('note', note),
        evidence: boundedText('evidence', evidence),
        changedBy,
        changedAt: new Date().toISOString(),
      });
      if (row === null) throw badUserInput('id', `no commitment has id ${id}`);
      return row;
    },
  },
  CommitmentConnection: {
    totalCount: (connection) => connection.count(),
  },
  Commitment: {
    text: (c) => c.text ?? '',
    confidence: (c) => (typeof c.confidence === 'number' ? c.confidence : null),
    kind: (c) => {
      const kind = KINDS[c.kind ?? 'explicit'];
      if (kind === undefined) throw new Error(`commitment ${c.id} has kind ${String(c.kind)}, which the schema does not know`);
      return kind;
    },
    status: (c) => STATUSES[effectiveStatus(c, today())],
    due: (c) =>
      c.dueText == null && c.dueEarliest == null && c.dueLatest == null
        ? null
        : { text: c.dueText ?? null, earliest: c.dueEarliest ?? null, latest: c.dueLatest ?? null },
    madeBy: (c, _args, { loaders }) => relatedNode(loaders, c, HOPS.madeBy),
    madeIn: (c, _args, { loaders }) => relatedNode(loaders, c, HOPS.madeIn),
    promisedTo: (c, _args, { loaders }) => relatedNode(loaders, c, HOPS.promisedTo),
    concerns: (c, _args, { loaders }) => relatedNodes(loaders, c, HOPS.concerns),
    dossier: (c, _args, { loaders }) => relatedNode(loaders, c, HOPS.dossier),
    fulfilledBy: (c, _args, { loaders }) => relatedNodes(loaders, c, HOPS.fulfilledBy),
    statusHistory: (c, _args, { commitmentLoaders }) => commitmentLoaders.statusHistory.load(c.id),
    evidence: (c, _args, { loaders }) => nodeEvidence(c, loaders),
  },
  StatusChange: {
    origin: (s) => (s.origin === 'document' ? 'DOCUMENT' : 'EDITOR'),
    passages: (s, _args, { loaders }) => passagesOf(s.passages, loaders),
    status: (s) => {
      const status = (STATUSES as Readonly<Record<string, CommitmentStatus | undefined>>)[s.status];
      if (status === undefined) throw new Error(`a status change records status ${s.status}, which the schema does not know`);
      return status;
    },
  },
};
