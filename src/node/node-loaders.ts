import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import type { EntityRow, PassageRow, RelatedRow, SourceRow } from './node-row.js';
import { evidenceOfNodes, nodesByIds, passagesByIds, relatedByIds, sourcesByIds, sourceTextsByIds, type Direction } from './node-store.js';

/**
 * Per-request loaders for graph-wide reads. The batch contract: one result per key, in key
 * order, null (or an empty list) for what is missing. One Cypher query per batch, whatever
 * the batch's size.
 */
export function createNodeLoaders(db: Database) {
  const related = new Map<string, DataLoader<string, RelatedRow[]>>();
  return {
    node: new DataLoader<string, EntityRow | null>(async (ids) => orderByKeys(ids, await nodesByIds(db, ids), null)),
    evidence: new DataLoader<string, PassageRow[]>(async (ids) => orderByKeys(ids, await evidenceOfNodes(db, ids), [])),
    passage: new DataLoader<string, PassageRow | null>(async (ids) => orderByKeys(ids, await passagesByIds(db, ids), null)),
    source: new DataLoader<string, SourceRow | null>(async (ids) => orderByKeys(ids, await sourcesByIds(db, ids), null)),
    sourceText: new DataLoader<string, string | null>(async (ids) => orderByKeys(ids, await sourceTextsByIds(db, ids), null)),
    /**
     * The loader for one kind of hop (direction, relationship types, far-end labels); one
     * loader per kind, made on first use, so all ids asking the same hop share a query.
     */
    related(direction: Direction, types: readonly string[], labels: readonly string[] = []): DataLoader<string, RelatedRow[]> {
      const key = `${direction}|${types.join(',')}|${labels.join(',')}`;
      let loader = related.get(key);
      if (loader === undefined) {
        loader = new DataLoader<string, RelatedRow[]>(async (ids) => orderByKeys(ids, await relatedByIds(db, ids, direction, types, labels), []));
        related.set(key, loader);
      }
      return loader;
    },
  };
}

export type NodeLoaders = ReturnType<typeof createNodeLoaders>;

/** Values for `keys` in their order from a map, with `missing` where the map has none. */
export function orderByKeys<V, M>(keys: readonly string[], found: ReadonlyMap<string, V>, missing: M): (V | M)[] {
  return keys.map((k) => found.get(k) ?? missing);
}

/**
 * Loaders keyed by id that share one set of parameters (a filter, an order, a page): one loader
 * per distinct parameter set, made on first use and found again by the canonical JSON of the
 * parameters (keys sorted), so all ids asked with equal parameters in one tick share one batch.
 * `batch` answers for many ids at once; ids it leaves out get `missing`. Per request, like the
 * loaders above: make the family in a per-request factory.
 */
export function loaderFamily<P, V>(batch: (ids: readonly string[], params: P) => Promise<ReadonlyMap<string, V>>, missing: V): (params: P) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (params) => {
    const key = canonicalJson(params);
    let loader = loaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader<string, V>(async (ids) => orderByKeys(ids, await batch(ids, params), missing));
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** JSON with object keys sorted at every depth: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
