import type { NodeLoaders } from './node/node-loaders.js';
import type { EntityRow, RelatedRow } from './node/node-row.js';
import type { Direction } from './node/node-store.js';
import { carriedRelated } from './node/prime-loaders.js';

/**
 * Relationship fields of the typed domain: one hop through the batched `related` loader (one
 * Cypher query per kind of hop and request, whatever the number of parents), narrowed to the row
 * type of the far end. The label filter is in the query; the guard only tells TypeScript.
 */
export interface Hop<T extends EntityRow> {
  readonly direction: Direction;
  readonly types: readonly string[];
  readonly labels: readonly string[];
  readonly guard: (row: EntityRow) => row is T;
}

export function hop<T extends EntityRow>(direction: Direction, types: readonly string[], labels: readonly string[], guard: (row: EntityRow) => row is T): Hop<T> {
  return { direction, types, labels, guard };
}

/** Any labelled entity at the far end (for `[Node!]!` fields). */
export const anyEntity = (row: EntityRow): row is EntityRow => typeof row.__label === 'string';

/**
 * The parent of a hop: its row (whose planned hops, fetched with it, are read first:
 * src/node/prime-loaders.ts carriedRelated) or just its id.
 */
export type HopParent = string | { readonly id: string };

/** The relationships of one hop from `parent`, with their far ends narrowed. */
export async function relatedEdges<T extends EntityRow>(loaders: NodeLoaders, parent: HopParent, h: Hop<T>): Promise<(RelatedRow & { readonly node: T })[]> {
  const planned = typeof parent === 'string' ? undefined : carriedRelated(parent, h);
  const rows = planned ?? (await loaders.related(h.direction, h.types, h.labels).load(typeof parent === 'string' ? parent : parent.id));
  return rows.filter((r): r is RelatedRow & { readonly node: T } => h.guard(r.node));
}

/** The far ends of one hop from `parent`, each once (two relationships to one node give one row). */
export async function relatedNodes<T extends EntityRow>(loaders: NodeLoaders, parent: HopParent, h: Hop<T>): Promise<T[]> {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of await relatedEdges(loaders, parent, h)) {
    if (!seen.has(r.node.id)) {
      seen.add(r.node.id);
      out.push(r.node);
    }
  }
  return out;
}

/** The first far end of one hop from `parent`, or null. */
export async function relatedNode<T extends EntityRow>(loaders: NodeLoaders, parent: HopParent, h: Hop<T>): Promise<T | null> {
  const [first] = await relatedNodes(loaders, parent, h);
  return first ?? null;
}

/** A node by id when it has the wanted label; null otherwise (an unknown id is not an error). */
export async function nodeOfType<T extends EntityRow>(loaders: NodeLoaders, id: string, guard: (row: EntityRow) => row is T): Promise<T | null> {
  const row = await loaders.node.load(id);
  return row !== null && guard(row) ? row : null;
}

/** A string property of a relationship, or null. */
export const relString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
