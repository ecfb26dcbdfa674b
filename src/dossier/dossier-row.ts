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
}

/** An official's relation to a dossier (the mapper for `Official`). */
export interface OfficialRow {
  readonly role: string;
  readonly person: EntityRow;
  readonly evidenceIds: readonly string[];
}

export type { PassageRow };
