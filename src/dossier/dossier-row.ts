import type { PersonRow } from '../actor/actor-row.js';
import type { EntityRow, PassageRow } from '../node/node-row.js';

/** A Dossier node as the dossier queries return it (the codegen mapper for `Dossier`). */
export interface DossierRow extends EntityRow {
  readonly __label: 'Dossier';
  readonly number: string;
  readonly subject: string | null;
  readonly created: string | null;
  readonly caseType: string | null;
  readonly caseNumber: string | null;
  readonly bwDecisionDate: string | null;
  readonly pillar: string | null;
  readonly programme: string | null;
  readonly summary: string | null;
  readonly problems?: readonly string[] | null;
}

/** An official's relation to a dossier (the mapper for `Official`). */
export interface OfficialRow {
  readonly role: string;
  readonly person: PersonRow;
  readonly evidenceIds: readonly string[];
}

export type { PassageRow };

/** A Document node (the codegen mapper for `Document`). */
export interface DocumentRow extends EntityRow {
  readonly __label: 'Document';
  readonly kind?: string | null;
  readonly title?: string | null;
  readonly date?: string | null;
}

/** A Topic node (the codegen mapper for `Topic`). */
export interface TopicRow extends EntityRow {
  readonly __label: 'Topic';
  readonly name?: string | null;
  readonly code?: string | null;
  readonly kind?: string | null;
}

export const isDossierRow = (row: EntityRow): row is DossierRow => row.__label === 'Dossier';
export const isDocumentRow = (row: EntityRow): row is DocumentRow => row.__label === 'Document';
export const isTopicRow = (row: EntityRow): row is TopicRow => row.__label === 'Topic';
