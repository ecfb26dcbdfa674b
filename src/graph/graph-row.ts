import type { TimelineEventKind } from '../generated/graphql.js';
import type { EntityRow, RelRow } from '../node/node-row.js';

/**
 * The rows the graph queries return (the codegen mappers of the graph types). An entity is an
 * EntityRow everywhere (the mapper of GraphNode), so `GraphNode.node` needs no second query.
 */

/** A fact relationship with its ends' ids (the mapper of `GraphEdge`). */
export interface GraphEdgeRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly rel: RelRow;
}

/** One path: nodes in walking order; for each hop, every relationship between its two nodes. */
export interface PathRow {
  readonly nodes: readonly EntityRow[];
  readonly edges: readonly GraphEdgeRow[];
}

export interface SubgraphRow {
  readonly nodes: readonly EntityRow[];
  readonly edges: readonly GraphEdgeRow[];
  readonly truncated: boolean;
}

/** A dated event; `at` is an ISO date or local date-time, `key` is unique per event, (sortKey, key) orders them. */
export interface TimelineEventRow {
  readonly at: string;
  readonly sortKey: string;
  readonly key: string;
  readonly kind: TimelineEventKind;
  readonly node: EntityRow;
}

/**
 * A search hit. Where it matched and the highlighted snippet are cut from the node's texts and
 * the passage's quote when a resolver first asks (search-hit.ts `fragmentOf`): a search whose
 * operation selects neither reads the hits' nodes slim, without those texts.
 */
export interface SearchHitRow {
  /** 1 for the best hit of the whole search; the offset cursor. */
  readonly rank: number;
  readonly node: EntityRow;
  readonly score: number;
  readonly passageId: string | null;
  /** The best passage hit's quote, null without one. */
  readonly quote: string | null;
  /** The searched words, as highlighted. */
  readonly words: readonly string[];
}
