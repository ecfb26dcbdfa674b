import type { Hop } from '../relations.js';
import type { NodeLoaders } from './node-loaders.js';
import { isCompactHop, isCompleteHop, type HopPlan, type PlannedEdge, type PlannedEvidence, type PlannedRelated } from './hop-cypher.js';
import type { EntityRow, RelatedRow } from './node-row.js';

/**
 * Hands what a planned query fetched (hop-cypher.ts) to the field resolvers, so they send no
 * query of their own:
 *
 * - the far ends of each planned hop are carried on the parent row they were fetched for
 *   (`carriedRelated`, read by src/relations.ts before the related loader). A row is the parent
 *   of exactly the selection it was planned for, so a slim projection (projection.ts) answers
 *   it, and a second selection of the same node elsewhere in the request, which has its own row
 *   or goes to the loaders, never sees it;
 * - complete rows (whole far ends and relationships) also prime the per-request related loader,
 *   as before; slim ones never do, since the loader's answer must hold for any selection;
 * - evidence rows are always whole and prime the evidence and source loaders.
 *
 * A key a loader already holds keeps its value (DataLoader's `prime`), so priming never changes
 * an answer.
 */

/** The loaders' key of a hop: direction, relationship types and far-end labels. */
export const hopKey = (h: Pick<Hop<EntityRow>, 'direction' | 'types' | 'labels'>): string => `${h.direction}|${h.types.join(',')}|${h.labels.join(',')}`;

interface Carried {
  readonly rows: readonly RelatedRow[];
  readonly complete: boolean;
}

/** Per parent row object, the hops fetched for it; null marks a hop two planned fields fetched differently (the loader answers it). */
const carried = new WeakMap<object, Map<string, Carried | null>>();

/** What a planned query fetched of hop `h` for the row `parent`, or undefined (not planned: ask the loader). */
export function carriedRelated(parent: object, h: Hop<EntityRow>): readonly RelatedRow[] | undefined {
  return carried.get(parent)?.get(hopKey(h))?.rows;
}

function carry(parent: object, key: string, value: Carried): void {
  let hops = carried.get(parent);
  if (hops === undefined) {
    hops = new Map();
    carried.set(parent, hops);
  }
  const had = hops.get(key);
  // Two fields over one hop (Person.fracties and .memberships): only complete rows serve both.
  hops.set(key, had === undefined || (had !== null && had.complete && value.complete) ? value : null);
}

/** The far ends of `plan`'s hop from `parent`, and recursively those of its nested hops. */
export function primeHop(loaders: NodeLoaders, parent: EntityRow, plan: HopPlan, rows: readonly PlannedRelated[]): void {
  const { direction, types, labels } = plan.hop;
  if (isCompactHop(plan)) {
    // the far ends alone (hop-cypher.ts): never complete, nothing beyond
    const type = types[0] ?? '';
    carry(parent, hopKey(plan.hop), { rows: rows.map((node) => ({ type, rel: NO_PROPERTIES, node: node as EntityRow })), complete: false });
    return;
  }
  const edges = rows as readonly PlannedEdge[];
  const related = edges.map((r) => ({ type: r.type, rel: r.rel, node: r.node }));
  const complete = isCompleteHop(plan);
  carry(parent, hopKey(plan.hop), { rows: related, complete });
  if (complete) loaders.related(direction, types, labels).prime(parent.id, related);
  for (const row of edges) {
    for (const child of plan.next) primeHop(loaders, row.node, child, row.next[child.field] ?? []);
  }
}

/** The relationship of a compact hop's row: not fetched, as a slim hop's `rel: {}`. */
const NO_PROPERTIES = Object.freeze({});

/** The evidence of `id` and the sources of its passages. */
export function primeEvidence(loaders: NodeLoaders, id: string, evidence: readonly PlannedEvidence[]): void {
  loaders.evidence.prime(
    id,
    evidence.map((e) => e.passage),
  );
  for (const e of evidence) loaders.source.prime(e.source.id, e.source);
}

/** What a planned query fetched for the node `row`: the far ends of each planned hop, and its evidence when planned (null: not planned). */
export function primePlanned(
  loaders: NodeLoaders,
  row: EntityRow,
  hops: readonly HopPlan[],
  related: Readonly<Record<string, readonly PlannedRelated[]>>,
  evidence: readonly PlannedEvidence[] | null,
): void {
  for (const hop of hops) primeHop(loaders, row, hop, related[hop.field] ?? []);
  if (evidence !== null) primeEvidence(loaders, row.id, evidence);
}
