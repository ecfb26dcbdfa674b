import { isActorRow, isBodyRow } from '../actor/actor-row.js';
import { isDossierRow } from '../dossier/dossier-row.js';
import { isMeetingRow } from '../meeting/meeting-row.js';
import { anyEntity, hop } from '../relations.js';

/** The relationship fields of a commitment: one hop each (src/relations.ts). */
export const COMMITMENT_HOPS = {
  madeBy: hop('in', ['COMMITTED'], ['Person', 'Fractie', 'Organisation', 'Body'], isActorRow),
  madeIn: hop('out', ['MADE_IN'], ['Meeting'], isMeetingRow),
  promisedTo: hop('out', ['PROMISED_TO'], ['Body'], isBodyRow),
  concerns: hop('out', ['CONCERNS'], [], anyEntity),
  dossier: hop('out', ['IN_DOSSIER'], ['Dossier'], isDossierRow),
  fulfilledBy: hop('out', ['FULFILLED_BY'], [], anyEntity),
};
