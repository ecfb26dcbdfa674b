import { isBodyRow, isFractieRow, isPersonRow } from '../actor/actor-row.js';
import { isCommitmentRow } from '../commitment/commitment-row.js';
import { isDossierRow } from '../dossier/dossier-row.js';
import { anyEntity, hop } from '../relations.js';
import { isRequestRow } from '../request/request-row.js';
import { isDecisionRow, isMeetingRow } from './meeting-row.js';

/** The relationship fields of meetings and decisions: one hop each (src/relations.ts). */
export const MEETING_HOPS = {
  body: hop('out', ['OF_BODY'], ['Body'], isBodyRow),
  dossiers: hop('in', ['DISCUSSED_IN'], ['Dossier'], isDossierRow),
  decisions: hop('in', ['DECIDED_IN'], ['Decision'], isDecisionRow),
  commitments: hop('in', ['MADE_IN'], ['Commitment'], isCommitmentRow),
  requests: hop('in', ['MADE_IN'], ['Request'], isRequestRow),
  decisionMeeting: hop('out', ['DECIDED_IN'], ['Meeting'], isMeetingRow),
  decisionConcerns: hop('out', ['CONCERNS'], [], anyEntity),
  supportedBy: hop('in', ['SUPPORTED'], ['Fractie'], isFractieRow),
  opposedBy: hop('in', ['OPPOSED'], ['Fractie'], isFractieRow),
  membersFor: hop('in', ['SUPPORTED'], ['Person'], isPersonRow),
  membersAgainst: hop('in', ['OPPOSED'], ['Person'], isPersonRow),
};
