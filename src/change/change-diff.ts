import { createHash } from 'node:crypto';
import { NODE_LABELS } from '../ingest/facts.js';
import type { ChangeInput, ChangeOp, ChangeTarget } from './change-row.js';

/**
 * What the change feed compares: a fact a write touched, as cypher/change/snapshot.cypher reads
 * it after the write (plain values), beside the feed's last entry about it.
 */
export interface SnapshotRow {
  readonly target: ChangeTarget;
  readonly id: string;
  /** The node's label or the relationship's type; null for a node that no longer exists. */
  readonly kind: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly key: string | null;
  /** Its properties now; null when it no longer exists. */
  readonly props: Readonly<Record<string, unknown>> | null;
  /** A node's number of evidence passages (0 for a relationship: its evidence is a property). */
  readonly evidence: number;
  /** The feed's last entry about it; null when the feed never listed it. */
  readonly last: { readonly op: ChangeOp; readonly kind: string; readonly digest: string | null } | null;
}

/**
 * Lists the writes keep as sets: which sources support a fact and which passages state it. A
 * changed file is withdrawn and merged again, which may append its id at another place; that
 * is no change.
 */
const SET_PROPERTIES = new Set(['sources', 'evidence']);

/** A digest of a state: keys sorted, set-like lists sorted, so equal states give equal digests. */
export function digest(props: Readonly<Record<string, unknown>>, evidence: number): string {
  const canonical = Object.keys(props)
    .sort()
    .map((k) => {
      const v = props[k];
      return [k, SET_PROPERTIES.has(k) && Array.isArray(v) ? [...v].map(String).sort() : v];
    });
  return createHash('sha256').update(JSON.stringify([canonical, evidence])).digest('base64url');
}

/** Who made the changes of one write: ingest (with the file that touched each fact) or an editor. */
export type ChangeOrigin = { readonly kind: 'INGEST'; readonly sourceOf: (row: SnapshotRow) => string } | { readonly kind: 'EDIT'; readonly editor: string };

/** The label of a node id `<kind>:<municipality>:<key>`, for a node gone before the feed listed it. */
function labelOfId(id: string): string {
  const kind = id.slice(0, id.indexOf(':'));
  return NODE_LABELS.find((l) => l.toLowerCase() === kind) ?? kind;
}

/**
 * The entries of one write, each touched fact against the feed's last entry about it: a fact
 * that exists and that the feed does not know (or last listed as retracted) is ADDED; one that
 * exists in another state than the feed last recorded is UPDATED; one that no longer exists but
 * the feed last listed as existing (or never listed) is RETRACTED; anything else gives no entry,
 * so writing what is already there adds nothing. A fact an editor changed always gets an entry:
 * UPDATED even when its properties came out the same (a status set again
 * still adds to its history). Entries come nodes first, then relationships, each in id order.
 */
export function diffSnapshots(rows: readonly SnapshotRow[], origin: ChangeOrigin): ChangeInput[] {
  const sorted = [...rows].sort((a, b) => (a.target === b.target ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.target === 'NODE' ? -1 : 1));
  const out: ChangeInput[] = [];
  const seen = new Set<string>();
  for (const row of sorted) {
    const seenKey = `${row.target} ${row.id}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const known = row.last !== null && row.last.op !== 'RETRACTED';
    const now = row.props === null ? null : digest(row.props, row.evidence);
    let op: ChangeOp | null;
    if (now === null) op = row.last?.op === 'RETRACTED' ? null : 'RETRACTED';
    else if (!known) op = 'ADDED';
    else op = now !== row.last?.digest || origin.kind === 'EDIT' ? 'UPDATED' : null;
    if (op === null) continue;
    out.push({
      op,
      target: row.target,
      kind: row.kind ?? row.last?.kind ?? labelOfId(row.id),
      id: row.id,
      from: row.from,
      to: row.to,
      key: row.key,
      digest: now,
      originKind: origin.kind,
      sourceId: origin.kind === 'INGEST' ? origin.sourceOf(row) : null,
      editor: origin.kind === 'EDIT' ? origin.editor : null,
    });
  }
  return out;
}
