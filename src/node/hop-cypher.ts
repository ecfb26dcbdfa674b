import { indent } from '../keyset-cypher.js';
import type { Hop } from '../relations.js';
import type { EntityRow, PassageRow, RelRow, SourceRow } from './node-row.js';
import { labelOf, nodeProjection, type Projection } from './projection.js';

/**
 * Correlated subqueries that fetch, inside a list query, what the per-request loaders would
 * fetch afterwards: the far ends of a hop (as cypher/node/related-out.cypher and related-in.cypher
 * return them, in their order) and a node's evidence with its sources (as
 * cypher/node/evidence-of-nodes.cypher and sources-by-ids.cypher). The rows they return prime
 * those loaders (prime-loaders.ts), so the resolvers stay as they are and the answer is the same.
 *
 * The text is built from constants only: relationship types and labels of the reviewed hops
 * in the resolvers (checked to be plain names here), field names of the schema. No value a
 * client sends enters it.
 */

/** A hop to fetch, under the name of the GraphQL field it serves, and the hops to fetch from its far ends. */
export interface HopPlan {
  /** The field's name: the key of its rows in the result (a Cypher identifier). */
  readonly field: string;
  readonly hop: Hop<EntityRow>;
  readonly next: readonly HopPlan[];
  /**
   * The far ends' properties to fetch (projection.ts); null or absent: the whole node. A slim
   * row is never primed into the loaders: it is carried on its parent row (prime-loaders.ts).
   */
  readonly node?: Projection;
  /** false: the field reads only the far ends, so the relationship's properties are not fetched. Absent: fetched. */
  readonly rel?: boolean;
}

/** One far end of a planned hop, as the related loaders hold it, with the planned hops from it. */
export interface PlannedEdge {
  readonly type: string;
  readonly rel: RelRow;
  readonly node: EntityRow;
  readonly next: Readonly<Record<string, readonly PlannedRelated[]>>;
}

/**
 * A row of a planned hop as the query returns it: an edge, or, for a compact hop (isCompactHop),
 * the far end alone (its type is the hop's one type, it has no properties and nothing beyond).
 */
export type PlannedRelated = PlannedEdge | EntityRow;

/** One passage of a node's evidence with its source, as the evidence and source loaders hold them. */
export interface PlannedEvidence {
  readonly passage: PassageRow;
  readonly source: SourceRow;
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
const REL_TYPE = /^[A-Z][A-Z_]*$/;
const LABEL = /^[A-Z][A-Za-z]*$/;

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`${what} '${value}' cannot be written into a query`);
  return value;
}

/** The projection of a far end: the planned properties, or the whole node as cypher/node/by-ids.cypher and related-*.cypher write it. */
const nodeRow = (m: string, projection: Projection) => nodeProjection(m, projection, labelOf(m));

/**
 * True when a hop's rows are its far ends alone (PlannedRelated): a hop of one relationship type
 * whose field reads the far ends only (no relationship properties) and plans nothing beyond them.
 */
export const isCompactHop = (plan: HopPlan): boolean => plan.rel === false && plan.next.length === 0 && plan.hop.types.length === 1;

/** True when a hop's rows are what the related loaders would hold: whole far ends and relationships. */
export const isCompleteHop = (plan: HopPlan): boolean => (plan.node ?? null) === null && plan.rel !== false;

/**
 * `CALL (<from>) { ... RETURN collect(...) AS <field> }`: the far ends of the hop from `from`,
 * each `{type, rel, node, next}`, ordered as the related loaders order them (by position,
 * then id). `depth` keeps the variables of nested hops apart.
 */
export function hopSubquery(from: string, plan: HopPlan, depth = 1): string {
  const field = checked(plan.field, IDENTIFIER, 'field');
  const r = `r${depth}`;
  const m = `m${depth}`;
  const types = plan.hop.types.map((t) => checked(t, REL_TYPE, 'relationship type')).join('|');
  const labels = plan.hop.labels.map((l) => checked(l, LABEL, 'label'));
  const rel = `-[${r}:${types}]-`;
  const pattern = plan.hop.direction === 'out' ? `(${from})${rel}>(${m}:Entity)` : `(${from})<${rel}(${m}:Entity)`;
  const lines = [`MATCH ${pattern}`];
  if (labels.length > 0) lines.push(`WHERE ${m}:${labels.join('|')}`);
  if (isCompactHop(plan)) {
    // A slim hop of one relationship type with nothing beyond: each far end is returned alone,
    // its label written as a literal when the hop has one (the WHERE above ensures it), and
    // primeHop puts the type back. Most parents have one far end (a commitment's meeting,
    // dossier, maker), so the far ends are sorted only when there are two or more, and the
    // sort's property reads are saved for the rest. The order is the one below. Measured on
    // the bench store (tests/bench/cypher-cpu.ts), this against the edge maps below took the
    // hub executive's page from about 10.8 to 6.8 ms of Neo4j's CPU per run.
    const label = labels.length === 1 ? `'${labels[0] ?? ''}'` : labelOf(m);
    lines.push(
      `WITH collect(${m}) AS found`,
      `UNWIND CASE WHEN size(found) < 2 THEN found ELSE COLLECT { UNWIND found AS f WITH f ORDER BY coalesce(f.position, 0), f.id RETURN f } END AS ${m}`,
      `RETURN collect(${nodeProjection(m, plan.node ?? null, label)}) AS ${field}`,
    );
    return [`CALL (${from}) {`, indent(lines.join('\n')), '}'].join('\n');
  }
  if (plan.rel === false && plan.next.length === 0) {
    // A slim hop with nothing beyond: most parents have one far end (a commitment's meeting,
    // dossier, maker), so the far ends are sorted only when there are two or more, and the
    // sort's property reads are saved for the rest. The order is the one below.
    lines.push(
      `WITH collect([type(${r}), ${m}]) AS found`,
      `UNWIND CASE WHEN size(found) < 2 THEN found ELSE COLLECT { UNWIND found AS f WITH f ORDER BY coalesce(f[1].position, 0), f[1].id RETURN f } END AS f`,
      `WITH f[0] AS t, f[1] AS ${m}`,
      `RETURN collect({type: t, rel: {}, node: ${nodeRow(m, plan.node ?? null)}, next: {}}) AS ${field}`,
    );
    return [`CALL (${from}) {`, indent(lines.join('\n')), '}'].join('\n');
  }
  for (const child of plan.next) lines.push(hopSubquery(m, child, depth + 1));
  const nested = plan.next.map((child) => `${child.field}: ${child.field}`).join(', ');
  lines.push(`WITH ${[r, m, ...plan.next.map((child) => child.field)].join(', ')} ORDER BY coalesce(${m}.position, 0), ${m}.id`);
  lines.push(`RETURN collect({type: type(${r}), rel: ${plan.rel === false ? '{}' : `${r} {.*, sources: null}`}, node: ${nodeRow(m, plan.node ?? null)}, next: {${nested}}}) AS ${field}`);
  return [`CALL (${from}) {`, indent(lines.join('\n')), '}'].join('\n');
}

/** `CALL (<from>) { ... RETURN collect(...) AS evidence }`: the node's passages in text order, each with its source. */
export function evidenceSubquery(from: string): string {
  return [
    `CALL (${from}) {`,
    `  MATCH (${from})-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)`,
    '  WITH p, s ORDER BY s.fileName, p.start, p.end',
    '  RETURN collect({passage: p {.id, .quote, .start, .end, sourceId: s.id},',
    '    source: s {.id, .fileName, .municipality, .format, .sha256, .ingestedAt, .url, .title, .publishedAt, .textLength}}) AS evidence',
    '}',
  ].join('\n');
}
