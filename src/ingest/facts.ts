/**
 * The contract between extraction and loading: what a document says, as graph facts that each
 * carry their evidence.
 *
 * Extraction produces one `ExtractedDocument` per source file, with no database in sight; the
 * loader (src/ingest/load.ts) writes it in one transaction. Everything here is plain data so
 * that `--dry-run --json` can print it as it is.
 */

/** Every node label the graph holds. A uniqueness constraint on `id` exists for each. */
export const NODE_LABELS = [
  'Municipality',
  'Person',
  'Fractie',
  'Organisation',
  'Body',
  'Dossier',
  'Document',
  'Meeting',
  'Decision',
  'Commitment',
  'Request',
  'Policy',
  'Agreement',
  'Topic',
  'Source',
  'Passage',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes extraction emits (Source and Passage are made by the loader). */
export type FactLabel = Exclude<NodeLabel, 'Source' | 'Passage'>;

/** Relationship types between fact nodes (EVIDENCED_BY and FROM_SOURCE are the loader's). */
export const RELATIONSHIP_TYPES = [
  'IN_MUNICIPALITY',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PORTFOLIO_HOLDER_OF',
  'IN_DOSSIER',
  'DISCUSSED_IN',
  'OF_BODY',
  'DECIDED_IN',
  'COMMITTED',
  'MADE_IN',
  'PROMISED_TO',
  'CONCERNS',
  'RAISED',
  'REFERRED_TO',
  'PARTY_TO',
  'FUNDS',
  'IMPLEMENTS',
  'BUILDS_ON',
  'FULFILLED_BY',
  'HAS_TOPIC',
  'CONTACT_FOR',
  'HANDLED_BY',
  /** Fractie or Person -> Decision: the fracties a decision names as behind it (e.g. who put an item on the agenda), and the fracties and members that voted for it (votes.ts). */
  'SUPPORTED',
  /** Fractie or Person -> Decision: the fracties and members that voted against it (`Alleen de PVV en Samen Stichtse Vecht stemde tegen`, a `Tegen` list). */
  'OPPOSED',
  /**
   * Commitment -> the same commitment: a status a document states for it (a register's `Status:
   * afgedaan`), with `status`, `statedAs` (the document's word), `date` (the document's date) and
   * `statedIn` (the file), one per document. Read as status history beside editors' changes; no
   * fact link between entities.
   */
  'STATUS_STATED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A calendar date, ISO `YYYY-MM-DD`; stored as a Neo4j `Date`. */
export interface DateValue {
  readonly kind: 'date';
  readonly iso: string;
}

/** A wall-clock date and time in the municipality's zone, ISO `YYYY-MM-DDTHH:mm`; stored as a Neo4j `LocalDateTime`. */
export interface DateTimeValue {
  readonly kind: 'datetime';
  readonly iso: string;
}

/** A property value as Neo4j can store it. Maps are not allowed: flatten them (`dueText`, `dueEarliest`). */
export type PropValue = string | number | boolean | null | readonly string[] | DateValue | DateTimeValue;

export type Props = Readonly<Record<string, PropValue>>;

/** A span of the source text, by UTF-16 code unit offsets into the text as read, end exclusive. */
export interface Passage {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly quote: string;
}

export interface FactNode {
  /** Stable across runs and documents: the same entity always gets the same id (see ids.ts). */
  readonly id: string;
  readonly label: FactLabel;
  readonly props: Props;
  /** Where the document says so; may be empty only for nodes implied by the document as a whole. */
  readonly evidence: readonly Passage[];
}

export interface FactEdge {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
  readonly evidence: readonly Passage[];
}

export type SourceFormat =
  | 'dossier-page'
  | 'slides'
  | 'meeting-page'
  | 'decision-list'
  | 'commitment-record'
  | 'minutes'
  | 'letter'
  | 'motion'
  | 'text'
  /** One record of an Open Raadsinformatie export (src/ingest/ori/). */
  | 'ori-record';

export interface SourceInfo {
  /** The file's name without folders, as users cite it. */
  readonly fileName: string;
  readonly sha256: string;
  readonly format: SourceFormat;
  /** CBS code, e.g. GM0505 for Dordrecht. */
  readonly municipality: string;
}

export interface ExtractedDocument {
  readonly source: SourceInfo;
  readonly nodes: readonly FactNode[];
  readonly edges: readonly FactEdge[];
  /** Things the extractor noticed but could not turn into facts; shown by the CLI. */
  readonly warnings: readonly string[];
}

export const date = (iso: string): DateValue => ({ kind: 'date', iso });
export const dateTime = (iso: string): DateTimeValue => ({ kind: 'datetime', iso });

/**
 * What tells apart two relationships of one type between the same two nodes: the `statedIn`,
 * `role` or `kind` prop (a person can be both wethouder and portfolio holder of one body). The loader
 * MERGEs relationships on it.
 */
export function edgeKey(props: Props): string {
  if (typeof props.statedIn === 'string') return props.statedIn;
  if (typeof props.role === 'string') return props.role;
  if (typeof props.kind === 'string') return props.kind;
  return '';
}
