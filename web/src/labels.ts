import type { CommitmentStatus, NodeKind, TimelineEventKind } from './gql/graphql.js';

/** Dutch labels for the API's enum values and relationship types. */
export const KIND: Record<NodeKind, string> = {
  MUNICIPALITY: 'Gemeente',
  PERSON: 'Persoon',
  FRACTIE: 'Fractie',
  ORGANISATION: 'Organisatie',
  BODY: 'Orgaan',
  DOSSIER: 'Dossier',
  DOCUMENT: 'Document',
  MEETING: 'Vergadering',
  DECISION: 'Besluit',
  COMMITMENT: 'Toezegging',
  REQUEST: 'Vraag of verzoek',
  POLICY: 'Beleid',
  AGREEMENT: 'Afspraak',
  TOPIC: 'Onderwerp',
};

export const STATUS: Record<CommitmentStatus, string> = {
  OPEN: 'Open',
  FULFILLED: 'Nagekomen',
  WITHDRAWN: 'Ingetrokken',
  OVERDUE: 'Te laat',
};

export const TIMELINE: Record<TimelineEventKind, string> = {
  MEETING: 'Vergadering',
  DECISION: 'Besluit',
  COMMITMENT_MADE: 'Toezegging gedaan',
  COMMITMENT_DUE: 'Toezegging verloopt',
  REQUEST: 'Vraag of verzoek',
  DOCUMENT: 'Document',
  DOSSIER_CREATED: 'Dossier aangemaakt',
  AGREEMENT_START: 'Afspraak begint',
  AGREEMENT_END: 'Afspraak eindigt',
  POLICY_ADOPTED: 'Beleid vastgesteld',
};

const RELATION: Record<string, string> = {
  IN_MUNICIPALITY: 'in gemeente',
  HOLDS_ROLE: 'heeft rol bij',
  MEMBER_OF: 'lid van',
  PORTFOLIO_HOLDER_OF: 'portefeuillehouder van',
  IN_DOSSIER: 'in dossier',
  DISCUSSED_IN: 'besproken in',
  OF_BODY: 'van orgaan',
  DECIDED_IN: 'besloten in',
  COMMITTED: 'zegde toe',
  MADE_IN: 'gedaan in',
  PROMISED_TO: 'toegezegd aan',
  CONCERNS: 'gaat over',
  RAISED: 'bracht in',
  REFERRED_TO: 'verwees naar',
  PARTY_TO: 'partij bij',
  FUNDS: 'financiert',
  IMPLEMENTS: 'voert uit',
  BUILDS_ON: 'bouwt voort op',
  FULFILLED_BY: 'nagekomen met',
  HAS_TOPIC: 'heeft onderwerp',
  CONTACT_FOR: 'contactpersoon voor',
  HANDLED_BY: 'behandeld door',
  SUPPORTED: 'steunde',
  OPPOSED: 'stemde tegen',
};

export function relation(type: string): string {
  return RELATION[type] ?? type.toLowerCase().replaceAll('_', ' ');
}

/** The route segment of an entity's page. */
export function entityHref(id: string): string {
  return `#/entiteit/${encodeURIComponent(id)}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${Number(d)}-${Number(m)}-${y}` : iso;
}
