import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { CommitmentModel } from '../../src/ingest/extract/commitments/model.js';
import { loadCorpus, folds, type CorpusDocument, type Span } from './corpus.js';
import { scoreDocument, type DocScore } from './corpus-score.js';
import { trainModel, type TrainOptions } from '../../src/ingest/extract/commitments/train.js';
import { candidatesOf, examplesFrom } from './examples.js';

/** The municipality code corpus documents are extracted under: the figures do not depend on it. */
export const CORPUS_MUNICIPALITY = 'GM9998';

export function extractCorpusDocument(doc: CorpusDocument, model: CommitmentModel | null): DocScore {
  const candidates: Span[] = [];
  try {
    const extracted = extractDocument({
      text: doc.text, fileName: doc.fileName, municipality: CORPUS_MUNICIPALITY, sourceUrl: doc.source,
      sha256: createHash('sha256').update(doc.text).digest('hex'),
    }, { commitmentModel: model, onCandidate: (c) => candidates.push({ start: c.start, end: c.end }) });
    return scoreDocument(doc, extracted, null, candidates);
  } catch (error) {
    return scoreDocument(doc, null, error instanceof Error ? error.message : String(error), candidates);
  }
}

/**
 * k-fold cross-validation by document: each fold's documents are extracted with a model trained
 * on the other folds only, so no document is scored by a model that saw it.
 */
export function crossValidate(k: number, corpus: readonly CorpusDocument[] = loadCorpus(), options: TrainOptions = {}): DocScore[] {
  const parts = folds(corpus, k);
  // A document's candidate units do not depend on the model: found once, they serve every fold that trains on it.
  const candidates = new Map(corpus.map((d) => [d.id, candidatesOf(d)]));
  const out: DocScore[] = [];
  parts.forEach((test, i) => {
    const train = parts.filter((_, j) => j !== i).flat();
    const model = trainModel(train.flatMap((d) => examplesFrom(d, candidates.get(d.id) ?? [])), options);
    for (const doc of test) out.push(extractCorpusDocument(doc, model));
  });
  return out.sort((a, b) => a.doc.id.localeCompare(b.doc.id));
}
