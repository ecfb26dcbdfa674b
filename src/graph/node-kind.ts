import type { NodeKind } from '../generated/graphql.js';
import { NODE_LABELS, type NodeLabel } from '../ingest/facts.js';

/** NodeKind values are the entity labels in capitals (`Organisation` <-> `ORGANISATION`). */
export function kindOfLabel(label: string): NodeKind {
  return label.toUpperCase() as NodeKind;
}

export function labelOfKind(kind: NodeKind): NodeLabel {
  const label = NODE_LABELS.find((l) => l.toUpperCase() === kind);
  if (label === undefined) throw new Error(`no node label for kind ${kind}`);
  return label;
}
