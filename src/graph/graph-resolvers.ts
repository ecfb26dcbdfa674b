import type { GraphQLResolveInfo } from 'graphql';
import type { FieldsByTypeName } from 'graphql-parse-resolve-info';
import type { Resolvers } from '../generated/graphql.js';
import type { EntityRow } from '../node/node-row.js';
import { nodeEvidence, passagesOf } from '../node/node-resolvers.js';
import { pageRequest, toConnection, type CursorKey } from '../pagination.js';
import { badUserInput } from '../errors.js';
import { displayName } from './display-name.js';
import { boundedInt } from './graph-args.js';
import { neighbourhood, shortestPaths, timelineCount, timelineEvents } from './graph-store.js';
import { kindOfLabel, labelOfKind } from './node-kind.js';
import { searchCount, searchPage, searchPageWithCount } from './search-store.js';
import { resolveTree, selectedFields } from '../node/lookup.js';
import { searchTerms } from './search-terms.js';
import { fragmentOf } from './search-hit.js';

export const graphResolvers: Resolvers = {
  Query: {
    paths: async (_parent, { from, to, maxHops, first }, { db }) => {
      const hops = boundedInt('maxHops', maxHops, 4, 1, 6);
      const count = boundedInt('first', first, 3, 1, 10);
      return shortestPaths(db, from, to, hops, count);
    },
    neighbourhood: async (_parent, { id, depth, limit }, { db }, info) => {
      const d = boundedInt('depth', depth, 1, 1, 3);
      const l = boundedInt('limit', limit, 200, 1, 1000);
      const fields = resolveTree(info)?.fieldsByTypeName;
      const nodesOnly = fields !== undefined && selectedFields(fields, 'Subgraph', 'edges').length === 0 && selectedFields(fields, 'Subgraph', 'truncated').length === 0;
      return neighbourhood(db, id, d, l, { nodesOnly, slim: fields !== undefined && slimGraphNodes(fields) });
    },
    timeline: async (_parent, { id, first, after }, { db }) => {
      const page = pageRequest(first, after);
      const rows = page.first === 0 ? [] : await timelineEvents(db, id, timelineKey(page.after), page.first + 1);
      return toConnection(rows, page, (row) => [row.sortKey, row.key], () => timelineCount(db, id));
    },
    search: async (_parent, { query, types, first, after }, { db }, info) => {
      const terms = searchTerms(query);
      const labels = (types ?? []).map(labelOfKind);
      const page = pageRequest(first, after);
      const offset = offsetKey(page.after);
      // With totalCount asked for, the page and the count come from one read of the indexes.
      const fields = resolveTree(info)?.fieldsByTypeName;
      const counted = page.first > 0 && selectedFields(fields, 'SearchConnection', 'totalCount').length > 0;
      const slim = fields !== undefined && slimSearchHits(fields);
      const both = counted ? await searchPageWithCount(db, terms, labels, offset, page.first + 1, slim) : null;
      const rows = both !== null ? both.page : page.first === 0 ? [] : await searchPage(db, terms, labels, offset, page.first + 1, slim);
      return toConnection(rows, page, (hit) => [hit.rank], () => (both !== null ? Promise.resolve(both.total) : searchCount(db, terms, labels)));
    },
  },
  GraphNode: {
    label: (row) => row.__label,
    kind: (row) => kindOfLabel(row.__label),
    name: (row) => displayName(row),
    node: (row, _args, _ctx, info) => asNode(row, info),
  },
  GraphEdge: {
    id: (edge) => `${edge.from}|${edge.type}|${edge.to}|${edge.rel.key ?? ''}`,
    role: (edge) => stringProp(edge.rel.role),
    kind: (edge) => stringProp(edge.rel.kind),
    properties: (edge) =>
      Object.entries(edge.rel)
        .filter(([name, value]) => !EDGE_OWN_PROPS.has(name) && value !== null && value !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ name, value: Array.isArray(value) ? value.map(String).join('; ') : String(value) })),
    evidence: (edge, _args, { loaders }) => passagesOf(edge.rel.evidence, loaders),
  },
  Path: {
    length: (path) => path.nodes.length - 1,
  },
  TimelineConnection: {
    totalCount: (connection) => connection.count(),
  },
  TimelineEvent: {
    date: (event) => event.at.slice(0, 10),
    at: (event) => (event.at.length > 10 ? event.at : null),
    title: (event) => displayName(event.node),
    entity: (event) => event.node,
    node: (event, _args, _ctx, info) => asNode(event.node, info),
    evidence: (event, _args, { loaders }) => nodeEvidence(event.node, loaders),
  },
  SearchConnection: {
    totalCount: (connection) => connection.count(),
  },
  SearchHit: {
    matchedIn: (hit) => fragmentOf(hit).matchedIn,
    snippet: (hit) => fragmentOf(hit).snippet,
    entity: (hit) => hit.node,
    node: (hit, _args, _ctx, info) => asNode(hit.node, info),
    passage: (hit, _args, { loaders }) => (hit.passageId === null ? null : loaders.passage.load(hit.passageId)),
  },
};

/** GraphNode fields answered from a row's id and label alone (the other two read more of the node). */
const SLIM_GRAPH_NODE = new Set(['__typename', 'id', 'label', 'kind']);

/** The subgraph's nodes are selected, each time, for SLIM_GRAPH_NODE fields only (or not at all). */
function slimGraphNodes(fields: FieldsByTypeName): boolean {
  return selectedFields(fields, 'Subgraph', 'nodes').every((tree) => slimGraphNode(tree.fieldsByTypeName));
}

/** A GraphNode selection of SLIM_GRAPH_NODE fields only. */
function slimGraphNode(fields: FieldsByTypeName): boolean {
  return Object.entries(fields).every(([type, selected]) => type === 'GraphNode' && Object.values(selected).every((f) => SLIM_GRAPH_NODE.has(f.name)));
}

/** SearchHit fields that read nothing of the hit's node but what a slim row holds (`entity` as far as SLIM_GRAPH_NODE goes). */
const SLIM_SEARCH_HIT = new Set(['__typename', 'score', 'passage', 'entity']);

/** Every hit selected (under edges) reads of its node only what a slim row holds. */
function slimSearchHits(fields: FieldsByTypeName): boolean {
  const edges = selectedFields(fields, 'SearchConnection', 'edges');
  const hits = edges.flatMap((e) => selectedFields(e.fieldsByTypeName, 'SearchHitEdge', 'node'));
  return (
    edges.every((e) => Object.keys(e.fieldsByTypeName).every((t) => t === 'SearchHitEdge')) &&
    hits.every((h) =>
      Object.entries(h.fieldsByTypeName).every(
        ([type, selected]) =>
          type === 'SearchHit' &&
          Object.values(selected).every((f) => SLIM_SEARCH_HIT.has(f.name) && (f.name !== 'entity' || slimGraphNode(f.fieldsByTypeName))),
      ),
    )
  );
}

/** Relationship properties with a field of their own (or none: `sources` is the loader's bookkeeping). */
const EDGE_OWN_PROPS = new Set(['key', 'evidence', 'sources', 'role', 'kind']);

const stringProp = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The row as a `Node` when the schema has a type of its label implementing Node; null
 * otherwise, so the graph can hold kinds of entity before the API types them. Checked by
 * shape, not `instanceof`: a test runner may load graphql's ESM and CJS builds side by side.
 */
export function asNode(row: EntityRow, info: GraphQLResolveInfo): EntityRow | null {
  const type = info.schema.getType(row.__label);
  return type !== undefined && 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === 'Node') ? row : null;
}

function timelineKey(key: CursorKey | null): readonly [string, string] | null {
  if (key === null) return null;
  const [at, id] = key;
  if (key.length !== 2 || typeof at !== 'string' || typeof id !== 'string') throw badUserInput('after', 'not a cursor for this list');
  return [at, id];
}

function offsetKey(key: CursorKey | null): number {
  if (key === null) return 0;
  const [rank] = key;
  if (key.length !== 1 || typeof rank !== 'number' || !Number.isInteger(rank) || rank < 0) throw badUserInput('after', 'not a cursor for this list');
  return rank;
}
