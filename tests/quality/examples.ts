import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { CandidateUnit } from '../../src/ingest/extract/context.js';
import type { TrainingExample } from '../../src/ingest/extract/commitments/train.js';
import type { CorpusDocument, Span } from './corpus.js';

const overlaps = (u: Span, spans: readonly Span[]): boolean => spans.some((g) => u.start < g.end && g.start < u.end);

/** The candidate units the extractor considers in one document (rules alone, no model), as it sees them. */
export function candidatesOf(doc: CorpusDocument, municipality = 'GM9998'): CandidateUnit[] {
  const out: CandidateUnit[] = [];
  try {
    extractDocument(
      { text: doc.text, fileName: doc.fileName, municipality, sourceUrl: doc.source, sha256: createHash('sha256').update(doc.text).digest('hex') },
      { commitmentModel: null, onCandidate: (c) => out.push(c) },
    );
  } catch {
    // A refused document gives no candidates; the quality report names it.
  }
  return out;
}

/** Training examples from corpus documents: each candidate unit labelled by the gold annotations it overlaps. */
export function examplesOf(docs: readonly CorpusDocument[]): TrainingExample[] {
  return docs.flatMap((doc) => examplesFrom(doc, candidatesOf(doc)));
}

/** The training examples of one document from its candidate units. */
export function examplesFrom(doc: CorpusDocument, candidates: readonly CandidateUnit[]): TrainingExample[] {
  return candidates.map((c) => {
    const gold = doc.commitments.find((g) => overlaps(c, g.spans));
    return { features: c.features, commitment: gold !== undefined, soft: gold?.kind === 'soft', trap: doc.traps.some((t) => overlaps(c, t.spans)), group: doc.id };
  });
}
