import type { EntityRow } from '../node/node-row.js';

/** Rows of the actor domain (codegen mappers). Properties follow src/ingest/facts.ts. */

export interface PersonRow extends EntityRow {
  readonly __label: 'Person';
  readonly name?: string | null;
  readonly surname?: string | null;
  readonly givenName?: string | null;
  readonly initials?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly unresolved?: boolean | null;
}

export interface FractieRow extends EntityRow {
  readonly __label: 'Fractie';
  readonly name?: string | null;
  readonly abbreviation?: string | null;
}

export interface OrganisationRow extends EntityRow {
  readonly __label: 'Organisation';
  readonly name?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly kind?: string | null;
}

export interface BodyRow extends EntityRow {
  readonly __label: 'Body';
  readonly name?: string | null;
  readonly kind?: string | null;
}

export interface MunicipalityRow extends EntityRow {
  readonly __label: 'Municipality';
  readonly cbsCode?: string | null;
  readonly name?: string | null;
}

export type ActorRow = PersonRow | FractieRow | OrganisationRow | BodyRow;

export const ACTOR_LABELS = ['Person', 'Fractie', 'Organisation', 'Body'] as const;

export const isPersonRow = (row: EntityRow): row is PersonRow => row.__label === 'Person';
export const isFractieRow = (row: EntityRow): row is FractieRow => row.__label === 'Fractie';
export const isOrganisationRow = (row: EntityRow): row is OrganisationRow => row.__label === 'Organisation';
export const isBodyRow = (row: EntityRow): row is BodyRow => row.__label === 'Body';
export const isMunicipalityRow = (row: EntityRow): row is MunicipalityRow => row.__label === 'Municipality';
export const isActorRow = (row: EntityRow): row is ActorRow => (ACTOR_LABELS as readonly string[]).includes(row.__label);

/** A HOLDS_ROLE relationship seen from either end (the mapper for `Role`). */
export interface RoleRow {
  readonly role: string;
  readonly portfolio: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly person: PersonRow;
  /** The body or organisation the role is in. */
  readonly in: EntityRow;
  readonly evidenceIds: readonly string[];
}

/** A REFERRED_TO relationship seen from either end (the mapper for `Referral`). */
export interface ReferralRow {
  readonly person: PersonRow;
  readonly about: string | null;
  readonly evidenceIds: readonly string[];
}

/** A MEMBER_OF relationship from a person (the mapper for `FractieMembership`). */
export interface MembershipRow {
  readonly fractie: FractieRow;
  readonly from: string | null;
  readonly to: string | null;
  readonly ended: boolean;
  readonly left: string | null;
  readonly evidenceIds: readonly string[];
}
