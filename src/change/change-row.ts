import type { GraphEdgeRow } from '../graph/graph-row.js';

/**
 * One entry of the change feed as cypher/change/page.cypher returns it (the codegen mapper of
 * `Change`): plain values, `at` as ISO 8601 in UTC.
 */
export type ChangeOp = 'ADDED' | 'UPDATED' | 'RETRACTED';
export type ChangeTarget = 'NODE' | 'RELATIONSHIP';
export type ChangeOriginKind = 'INGEST' | 'EDIT';

export interface ChangeRow {
  readonly seq: number;
  readonly at: string;
  readonly op: ChangeOp;
  readonly target: ChangeTarget;
  /** A node's label (`Commitment`) or a relationship's type (`COMMITTED`). */
  readonly kind: string;
  /** A node's id, or a relationship's `<from>|<type>|<to>|<key>` (GraphEdge.id). */
  readonly entityId: string;
  /** A relationship's ends; null for a node. */
  readonly from: string | null;
  readonly to: string | null;
  /** A relationship's `key` (what tells two of one type between the same nodes apart); null for a node. */
  readonly key: string | null;
  readonly originKind: ChangeOriginKind;
  /** The ingested source, for INGEST. */
  readonly sourceId: string | null;
  /** The editor's public name, for EDIT. */
  readonly editor: string | null;
  /** The relationship as it is now, for a RELATIONSHIP entry whose relationship still exists. */
  readonly relationship: GraphEdgeRow | null;
}

/** An entry about to be recorded (cypher/change/record.cypher's `$changes`). */
export interface ChangeInput {
  readonly op: ChangeOp;
  readonly target: ChangeTarget;
  readonly kind: string;
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly key: string | null;
  /** The digest of the state recorded (src/change/change-diff.ts); null when retracted. */
  readonly digest: string | null;
  readonly originKind: ChangeOriginKind;
  readonly sourceId: string | null;
  readonly editor: string | null;
}
