import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int, municipalDateTime } from '../db/values.js';
import type { TimelineEventKind } from '../generated/graphql.js';
import type { EntityRow } from '../node/node-row.js';
import { FACT_LINK_TYPES } from './fact-links.js';
import type { GraphEdgeRow, PathRow, SubgraphRow, TimelineEventRow } from './graph-row.js';

/** The graph-wide reads of journalists: paths, neighbourhoods, timelines. One function per .cypher file. */
const Q = {
  paths: cypher('graph/paths'),
  /** One query per depth the API allows: the depth is a literal bound of the pattern. */
  neighbourhood: [cypher('graph/neighbourhood-1'), cypher('graph/neighbourhood-2'), cypher('graph/neighbourhood-3')] as const,
  neighbourhoodNodes: [cypher('graph/neighbourhood-nodes-1'), cypher('graph/neighbourhood-nodes-2'), cypher('graph/neighbourhood-nodes-3')] as const,
  timelineEvents: cypher('graph/timeline-events'),
  timelineCount: cypher('graph/timeline-count'),
};

/** How many relationships a subgraph may carry per node of `limit` before it counts as truncated. */
export const EDGES_PER_NODE = 4;

export async function shortestPaths(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRow[]> {
  return db.read<{ nodes: EntityRow[]; edges: GraphEdgeRow[] }>(Q.paths, {
    from,
    to,
    maxHops: int(maxHops),
    first: int(first),
    types: FACT_LINK_TYPES,
  });
}

/** What a neighbourhood's operation reads of it. */
export interface SubgraphSelection {
  /** Neither `edges` nor `truncated`: the relationships among the nodes are not read. */
  readonly nodesOnly: boolean;
  /** The nodes' id, label and kind only: the nodes are projected with those, not whole. */
  readonly slim: boolean;
}

/** Null when no entity has the id. `depth` is 1, 2 or 3 (the resolver bounds it). */
export async function neighbourhood(
  db: Database,
  id: string,
  depth: number,
  limit: number,
  { nodesOnly, slim }: SubgraphSelection = { nodesOnly: false, slim: false },
): Promise<SubgraphRow | null> {
  const query = (nodesOnly ? Q.neighbourhoodNodes : Q.neighbourhood)[depth - 1];
  if (query === undefined) throw new Error(`neighbourhood depth ${depth} is not 1, 2 or 3`);
  const [row] = await db.read<{ nodes: EntityRow[]; edges: GraphEdgeRow[]; truncated: boolean }>(query, {
    id,
    limit: int(limit),
    edgeLimit: int(limit * EDGES_PER_NODE),
    types: FACT_LINK_TYPES,
    slim,
  });
  return row ?? null;
}

/** Events after the keyset (sortKey, key), in that order; `limit` rows at most. */
export async function timelineEvents(db: Database, id: string, after: readonly [string, string] | null, limit: number): Promise<TimelineEventRow[]> {
  const rows = await db.read<{ at: string; sortKey: string; key: string; kind: TimelineEventKind; node: EntityRow }>(Q.timelineEvents, {
    id,
    afterSort: after?.[0] ?? null,
    afterKey: after?.[1] ?? null,
    limit: int(limit),
    types: FACT_LINK_TYPES,
  });
  // `at` is a date, or a meeting's local start, which leaves with the municipality's offset.
  return rows.map((r) => ({ at: r.at.length > 10 ? municipalDateTime(r.at) : r.at, sortKey: r.sortKey, key: r.key, kind: r.kind, node: r.node }));
}

export async function timelineCount(db: Database, id: string): Promise<number> {
  const [row] = await db.read<{ total: number }>(Q.timelineCount, { id, types: FACT_LINK_TYPES });
  return row?.total ?? 0;
}
