import type { ExtractedDocument, FactNode } from '../../src/ingest/facts.js';
import type { CorpusDocument, GoldCommitment, GoldItem, Span } from './corpus.js';

/**
 * How extracted facts are judged against the gold of one corpus document. A fact matches a gold
 * item when one of its evidence passages overlaps one of the item's located strings; each gold
 * item and each fact is matched at most once (greedy, in document order).
 */
export interface Found { readonly id: string; readonly kind: string; readonly spans: readonly Span[]; readonly actor: string | null; readonly dueText: string | null; readonly confidence: number | null; readonly text: string }

export interface DocScore {
  readonly doc: CorpusDocument;
  readonly refused: string | null;
  readonly commitments: Matching<GoldCommitment>;
  readonly requests: Matching<GoldItem>;
  readonly decisions: Matching<GoldItem>;
  /** Traps that an extracted commitment overlaps. */
  readonly trapsTaken: readonly GoldItem[];
  /** Gold commitments that no candidate unit and no extracted commitment overlaps: the scorer never saw them. */
  readonly neverCandidates: readonly GoldCommitment[];
}

export interface Matching<G> {
  readonly pairs: readonly { gold: G; found: Found }[];
  readonly missed: readonly G[];
  /** Found facts that match no gold item (false positives). */
  readonly extra: readonly Found[];
  readonly found: readonly Found[];
}

const overlaps = (a: readonly Span[], b: readonly Span[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

export function match<G extends { spans: readonly Span[] }>(gold: readonly G[], found: readonly Found[]): Matching<G> {
  const used = new Set<Found>();
  const pairs: { gold: G; found: Found }[] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const f = found.find((x) => !used.has(x) && overlaps(x.spans, g.spans));
    if (f === undefined) missed.push(g);
    else {
      used.add(f);
      pairs.push({ gold: g, found: f });
    }
  }
  // A fact that overlaps an already matched gold item is a duplicate of it, not a false positive.
  const extra = found.filter((f) => !used.has(f) && !gold.some((g) => overlaps(f.spans, g.spans)));
  return { pairs, missed, extra, found };
}

function nameOf(doc: ExtractedDocument, id: string): string {
  const n = doc.nodes.find((x) => x.id === id);
  const name = n?.props.name;
  return typeof name === 'string' ? name : id;
}

/** The facts of one label, with their actor (COMMITTED or RAISED edge) and their evidence spans. */
export function foundOf(doc: ExtractedDocument, label: FactNode['label']): Found[] {
  const actorEdge = label === 'Commitment' ? 'COMMITTED' : label === 'Request' ? 'RAISED' : null;
  return doc.nodes
    .filter((n) => n.label === label)
    .map((n) => {
      const by = actorEdge === null ? undefined : doc.edges.find((e) => e.type === actorEdge && e.to === n.id);
      const kind = n.props.kind ?? n.props.outcome;
      const confidence = n.props.confidence;
      return {
        id: n.id,
        kind: typeof kind === 'string' ? kind : '',
        spans: n.evidence.map((p) => ({ start: p.start, end: p.end })),
        actor: by === undefined ? null : nameOf(doc, by.from),
        dueText: typeof n.props.dueText === 'string' ? n.props.dueText : null,
        confidence: typeof confidence === 'number' ? confidence : null,
        text: typeof n.props.text === 'string' ? n.props.text : n.evidence[0]?.quote ?? '',
      };
    })
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Whether the extracted actor is the gold actor: a role word accepts any person of that kind or the body; a surname must be in the name. */
export function actorAgrees(gold: string | null, found: string | null): boolean | null {
  if (gold === null) return null;
  if (found === null) return false;
  const g = fold(gold), f = fold(found);
  if (/college|wij\b|gemeente/.test(g)) return /college|gemeente/.test(f);
  if (/^(?:de\s+)?(?:wethouder|burgemeester|portefeuillehouder|voorzitter|wethouders)$/.test(g)) return !/college|raad|commissie/.test(f) || /wethouder|burgemeester/.test(f);
  const surname = g.split(/\s+/).filter((w) => w.length > 2 && !/^(?:van|der|den|de|het|ter|wethouder|burgemeester|mevrouw|heer)$/.test(w)).pop() ?? g;
  return f.includes(surname);
}

/** Whether the extracted due words agree with the gold: both absent, or overlapping words. */
export function dueAgrees(gold: string | null, found: string | null): boolean {
  if (gold === null) return found === null;
  if (found === null) return false;
  const g = fold(gold), f = fold(found);
  return g.includes(f) || f.includes(g) || g.split(/\W+/).filter((w) => w.length > 3 && f.includes(w)).length > 0;
}

export function scoreDocument(doc: CorpusDocument, extracted: ExtractedDocument | null, refused: string | null, candidates: readonly Span[] = []): DocScore {
  const commitments = extracted === null ? [] : foundOf(extracted, 'Commitment');
  const requests = extracted === null ? [] : foundOf(extracted, 'Request');
  const decisions = extracted === null ? [] : foundOf(extracted, 'Decision');
  return {
    doc, refused,
    commitments: match(doc.commitments, commitments),
    requests: match(doc.requests, requests),
    decisions: match(doc.decisions, decisions),
    trapsTaken: doc.traps.filter((t) => commitments.some((c) => overlaps(c.spans, t.spans))),
    neverCandidates: doc.commitments.filter((g) => !overlaps(candidates, g.spans) && !commitments.some((c) => overlaps(c.spans, g.spans))),
  };
}
