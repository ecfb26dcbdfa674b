import { isPersonRow } from '../actor/actor-row.js';
import { isCommitmentRow } from '../commitment/commitment-row.js';
import { isDecisionRow, isMeetingRow } from '../meeting/meeting-row.js';
import { isPolicyRow } from '../policy/policy-row.js';
import { hop } from '../relations.js';
import { isRequestRow } from '../request/request-row.js';
import { isDocumentRow, isDossierRow, isTopicRow } from './dossier-row.js';

/** The relationship fields of `Dossier`: one hop each (src/relations.ts), named as the fields. */
export const DOSSIER_FIELD_HOPS = {
  portfolioHolder: hop('in', ['PORTFOLIO_HOLDER_OF'], ['Person'], isPersonRow),
  officials: hop('out', ['HANDLED_BY'], ['Person'], isPersonRow),
  documents: hop('in', ['IN_DOSSIER'], ['Document'], isDocumentRow),
  topics: hop('out', ['HAS_TOPIC'], ['Topic'], isTopicRow),
  meetings: hop('out', ['DISCUSSED_IN'], ['Meeting'], isMeetingRow),
  decisions: hop('in', ['CONCERNS'], ['Decision'], isDecisionRow),
  commitments: hop('in', ['IN_DOSSIER'], ['Commitment'], isCommitmentRow),
  requests: hop('in', ['IN_DOSSIER'], ['Request'], isRequestRow),
  policies: hop('out', ['IMPLEMENTS'], ['Policy'], isPolicyRow),
};

/** Every hop of the dossier domain: the dossier's fields, and a document's or topic's dossiers. */
export const DOSSIER_HOPS = {
  ...DOSSIER_FIELD_HOPS,
  documentDossier: hop('out', ['IN_DOSSIER'], ['Dossier'], isDossierRow),
  topicDossiers: hop('in', ['HAS_TOPIC'], ['Dossier'], isDossierRow),
};
