import { cypher } from '../db/cypher.js';
import type { TxRun } from '../db/database.js';
import { diffSnapshots, type ChangeOrigin, type SnapshotRow } from './change-diff.js';
import { recordChanges } from './change-store.js';

const Q = {
  snapshot: cypher('change/snapshot'),
};

/** The facts one write may have changed, each with the file that touched it (null for an edit). */
export interface TouchedFacts {
  readonly nodes: readonly { readonly id: string; readonly sourceId: string | null }[];
  readonly rels: readonly { readonly from: string; readonly to: string; readonly type: string; readonly key: string; readonly sourceId: string | null }[];
}

const relId = (r: { readonly from: string; readonly to: string; readonly type: string; readonly key: string }): string => `${r.from}|${r.type}|${r.to}|${r.key}`;

/**
 * The change feed's side of a write, run as its last step inside its transaction: reads the
 * touched facts as they are now, with the feed's last entry about each, and appends one entry
 * per fact added, updated or retracted (src/change/change-diff.ts). A rolled-back write leaves
 * no entry; a write that changed nothing appends nothing and does not lock the feed. One read
 * and at most one write, whatever the number of facts. Resolves to the number of entries.
 */
export async function recordChangesOf(run: TxRun, touched: TouchedFacts, origin: { readonly kind: 'INGEST' } | { readonly kind: 'EDIT'; readonly editor: string }): Promise<number> {
  const sourceOf = new Map<string, string>();
  for (const n of touched.nodes) if (n.sourceId !== null && !sourceOf.has(`NODE ${n.id}`)) sourceOf.set(`NODE ${n.id}`, n.sourceId);
  for (const r of touched.rels) if (r.sourceId !== null && !sourceOf.has(`RELATIONSHIP ${relId(r)}`)) sourceOf.set(`RELATIONSHIP ${relId(r)}`, r.sourceId);
  const rows = await run<SnapshotRow & Record<string, unknown>>(Q.snapshot, {
    nodeIds: [...new Set(touched.nodes.map((n) => n.id))],
    rels: [...new Map(touched.rels.map((r) => [relId(r), { from: r.from, to: r.to, type: r.type, key: r.key }])).values()],
  });
  const feedOrigin: ChangeOrigin = origin.kind === 'EDIT' ? origin : { kind: 'INGEST', sourceOf: (row) => sourceOf.get(`${row.target} ${row.id}`) ?? '' };
  const changes = diffSnapshots(rows, feedOrigin);
  await recordChanges(run, changes);
  return changes.length;
}
