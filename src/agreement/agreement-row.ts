import type { ActorRow } from '../actor/actor-row.js';
import type { EntityRow } from '../node/node-row.js';

/** An Agreement node (the codegen mapper for `Agreement`). */
export interface AgreementRow extends EntityRow {
  readonly __label: 'Agreement';
  readonly kind?: string | null;
  readonly description?: string | null;
  readonly periodFrom?: string | null;
  readonly periodTo?: string | null;
  readonly periodText?: string | null;
  readonly amount?: number | null;
  readonly currency?: string | null;
  readonly amountPeriod?: string | null;
  readonly approximate?: boolean | null;
}

export const isAgreementRow = (row: EntityRow): row is AgreementRow => row.__label === 'Agreement';

/** A PARTY_TO relationship seen from the agreement (the mapper for `AgreementParty`). */
export interface AgreementPartyRow {
  readonly role: string | null;
  readonly party: ActorRow;
  readonly evidenceIds: readonly string[];
}

/** A PARTY_TO relationship seen from the party (the mapper for `AgreementParticipation`). */
export interface AgreementParticipationRow {
  readonly role: string | null;
  readonly agreement: AgreementRow;
  readonly evidenceIds: readonly string[];
}
