import type { FactBuilder } from '../fact-builder.js';
import type { Passage, SourceFormat } from '../facts.js';
import type { CommitmentModel } from './commitments/model.js';
import { passage } from '../text.js';

/** What every extractor of one document shares. */
export interface DocContext {
  /** The text as read: the only thing evidence quotes. */
  readonly text: string;
  /** `shadowText` of the text with line breaks as spaces: same offsets, cleaner words. */
  readonly sh: string;
  /** `shadowText` with its line breaks: for splitting into sentences, lines and bullets. */
  readonly shLines: string;
  readonly municipality: string;
  /** The source file's name, as users cite it: what a status the document states is `changedBy`. */
  readonly fileName: string;
  readonly facts: FactBuilder;
  /** Stable key of this document for ids of the events it reports (dossier number, record number, file name). */
  readonly docKey: string;
  readonly dossierId: string | null;
  /** Who "de wethouder" means when no wethouder was named before. */
  readonly portfolioHolderId: string | null;
  /** The document's own date, ISO; the reference for loose time expressions outside meetings. */
  readonly date: string | null;
  /** True for letters and slides by the college, where `wij` is the college. */
  readonly weIsCollege: boolean;
  /** The body a letter or presentation is addressed to (`Aan de gemeenteraad`, `Presentatie commissie X`): whom `u` and `uw commissie` mean. */
  readonly addresseeId: string | null;
  readonly format: SourceFormat;
  /** The learned scorer of commitment candidates (null: the hand-written rules alone decide), and who listens to the candidates (training). */
  readonly scorer: CommitmentScoring;
}

/** A commitment candidate as the scorer saw it: the unit's span and its features. */
export interface CandidateUnit {
  readonly start: number;
  readonly end: number;
  readonly features: readonly string[];
}

export interface CommitmentScoring {
  readonly model: CommitmentModel | null;
  readonly onCandidate?: (candidate: CandidateUnit) => void;
}

export const ev = (ctx: DocContext, start: number, end: number): Passage[] => [passage(ctx.text, start, end)];
