import type { NodeLabel } from '../ingest/facts.js';

/**
 * A graph node as the API sees it: its properties flattened, plain values (dates as ISO strings),
 * and `__label`, its one label besides :Entity. The domain rows narrow this by label.
 */
export interface EntityRow {
  readonly id: string;
  readonly __label: NodeLabel;
  readonly municipality: string;
  readonly [property: string]: unknown;
}

/** A relationship's properties, with `evidence` as passage ids. */
export interface RelRow {
  readonly key?: string;
  readonly evidence?: readonly string[];
  readonly [property: string]: unknown;
}

/** A neighbour reached over one relationship. */
export interface RelatedRow {
  readonly type: string;
  readonly rel: RelRow;
  readonly node: EntityRow;
}

export interface PassageRow {
  readonly id: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly sourceId: string;
}

export interface SourceRow {
  readonly id: string;
  readonly fileName: string;
  readonly municipality: string;
  readonly format: string;
  readonly sha256: string;
  readonly ingestedAt: string;
  readonly url: string | null;
  readonly title: string | null;
  /** ISO date. */
  readonly publishedAt: string | null;
  readonly textLength: number;
}

export function isEntityRow(value: unknown): value is EntityRow {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { __label?: unknown }).__label === 'string';
}
