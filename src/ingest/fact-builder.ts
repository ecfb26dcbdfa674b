import { edgeKey, type ExtractedDocument, type FactEdge, type FactLabel, type FactNode, type Passage, type Props, type RelationshipType, type SourceInfo } from './facts.js';

/**
 * Collects the facts of one document. Adding a node or edge that is already there merges it:
 * props that are set win over missing ones, evidence is unioned. So extractors can state a fact
 * wherever they meet it without bookkeeping.
 */
export class FactBuilder {
  private readonly nodes = new Map<string, { label: FactLabel; props: Record<string, Props[string]>; evidence: Evidence }>();
  private readonly edges = new Map<string, { type: RelationshipType; from: string; to: string; props: Record<string, Props[string]>; evidence: Evidence }>();
  private readonly warnings: string[] = [];

  node(id: string, label: FactLabel, props: Props, evidence: readonly Passage[] = []): string {
    const existing = this.nodes.get(id);
    if (existing === undefined) {
      this.nodes.set(id, { label, props: withoutNulls(props), evidence: new Evidence(evidence) });
    } else {
      if (existing.label !== label) {
        throw new Error(`id ${id} is used for both ${existing.label} and ${label}`);
      }
      mergeProps(existing.props, withoutNulls(props));
      existing.evidence.add(evidence);
    }
    return id;
  }

  /** Edges are identified by type, ends and the `role`/`kind` prop, so two roles of one person stay two edges. */
  edge(type: RelationshipType, from: string, to: string, props: Props = {}, evidence: readonly Passage[] = []): void {
    const key = `${type}|${from}|${to}|${edgeKey(props)}`;
    const existing = this.edges.get(key);
    if (existing === undefined) {
      this.edges.set(key, { type, from, to, props: withoutNulls(props), evidence: new Evidence(evidence) });
    } else {
      Object.assign(existing.props, withoutNulls(props));
      existing.evidence.add(evidence);
    }
  }

  /** Removes the edges of `type` between `from` and `to` (a reading a later, closer one contradicts). */
  dropEdge(type: RelationshipType, from: string, to: string): void {
    for (const [key, e] of this.edges) if (e.type === type && e.from === from && e.to === to) this.edges.delete(key);
  }

  /** The evidence gathered so far for a node (empty when unknown). */
  evidenceOf(id: string): Passage[] {
    return [...(this.nodes.get(id)?.evidence.list() ?? [])];
  }

  /**
   * Gives nodes new ids (`renames`: old id -> new id): a node renamed onto another is merged into
   * it, and every edge follows its ends (two edges that become one are merged).
   */
  rename(renames: ReadonlyMap<string, string>): void {
    if (renames.size === 0) return;
    const to = (id: string): string => renames.get(id) ?? id;
    const nodes = [...this.nodes.entries()];
    this.nodes.clear();
    for (const [id, n] of nodes) this.node(to(id), n.label, n.props, n.evidence.list());
    const edges = [...this.edges.values()];
    this.edges.clear();
    for (const e of edges) this.edge(e.type, to(e.from), to(e.to), e.props, e.evidence.list());
  }

  /** The edges collected so far, to read (`rename` changes them). */
  edgeList(): readonly { readonly type: RelationshipType; readonly from: string; readonly to: string; readonly props: Props }[] {
    return [...this.edges.values()];
  }

  /** The nodes collected so far, to read. */
  nodeList(): readonly { readonly id: string; readonly label: FactLabel; readonly props: Props; readonly evidence: readonly Passage[] }[] {
    return [...this.nodes.entries()].map(([id, n]) => ({ id, label: n.label, props: n.props, evidence: n.evidence.list() }));
  }

  /** Sets props on edges of `type` from `from`, where `pick` says so (a role's period). */
  setEdgeProps(pick: (e: { readonly type: RelationshipType; readonly from: string; readonly to: string; readonly props: Props }) => Props | null): void {
    for (const e of this.edges.values()) {
      const extra = pick(e);
      if (extra !== null) Object.assign(e.props, withoutNulls(extra));
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  build(source: SourceInfo): ExtractedDocument {
    const nodes: FactNode[] = [...this.nodes.entries()].map(([id, n]) => ({ id, label: n.label, props: n.props, evidence: n.evidence.list() }));
    const edges: FactEdge[] = [...this.edges.values()]
      .filter((e) => {
        const ok = this.nodes.has(e.from) && this.nodes.has(e.to);
        if (!ok) this.warnings.push(`dropped ${e.type} ${e.from} -> ${e.to}: an end is not a node of this document`);
        return ok;
      })
      .map((e) => ({ type: e.type, from: e.from, to: e.to, props: e.props, evidence: e.evidence.list() }));
    return { source, nodes, edges, warnings: [...this.warnings] };
  }
}

/** Set props win; string lists (aliases, problems) are unioned, so every mention adds its alias. */
function mergeProps(target: Record<string, Props[string]>, incoming: Record<string, Props[string]>): void {
  for (const [k, v] of Object.entries(incoming)) {
    const old = target[k];
    if (Array.isArray(old) && Array.isArray(v)) target[k] = [...new Set([...(old as string[]), ...(v as string[])])];
    else target[k] = v;
  }
}

function withoutNulls(props: Props): Record<string, Props[string]> {
  const out: Record<string, Props[string]> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v !== null && v !== undefined && v !== '') out[k] = v;
  }
  return out;
}

/**
 * A fact's evidence: one passage per span (the last one stated wins), read in text order. Kept
 * by span and sorted only when read, so a fact mentioned n times costs n inserts, not n sorts
 * of a growing list (a body named on every page of a long document).
 */
class Evidence {
  private readonly bySpan = new Map<string, Passage>();
  private sorted: Passage[] | null = null;

  constructor(passages: readonly Passage[]) {
    this.add(passages);
  }

  add(passages: readonly Passage[]): void {
    if (passages.length === 0) return;
    for (const p of passages) this.bySpan.set(`${p.start}-${p.end}`, p);
    this.sorted = null;
  }

  /** The passages in text order (start, then end); the same array until the next `add`. */
  list(): Passage[] {
    this.sorted ??= [...this.bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    return this.sorted;
  }
}
