import type { BodyEntry } from '../gazetteer.js';

/**
 * `De wethouder` whom the text never names (a party blog, a news report: `Na het debat heeft de
 * wethouder toegezegd ...`): one member of the college, not the college as a whole. What such a
 * wethouder promises is kept on this role, so that a reader sees a wethouder's undertaking and not
 * a decision of the college; the wethouder the text does name (earlier in the block, as portfolio
 * holder) is always preferred.
 */
export const UNNAMED_WETHOUDER: BodyEntry = { key: 'wethouder', name: 'Wethouder', kind: 'executive' };
