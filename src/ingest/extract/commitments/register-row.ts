import type { DocContext } from '../context.js';
import { unitFeatures } from './features.js';
import { confidence } from './model.js';

/**
 * The confidence of a commitment read from a toezeggingen register (a row of a table, a record's
 * `Toezegging:` field): the scorer's probability for its text as a unit of a commitment list.
 * Null without a model, like every commitment extracted with the rules alone.
 */
export function registerRowConfidence(ctx: DocContext, text: string): number | null {
  const model = ctx.scorer.model;
  if (model === null) return null;
  const features = unitFeatures({
    text, format: ctx.format, inCommitmentList: true, listItem: false, speaker: 'none', weIsCollege: ctx.weIsCollege,
    previous: '', actorFrom: 'rule',
    rule: { promise: true, soft: false, reported: false, expectation: false, motionInstruction: false, thirdParty: false, actorFound: true, says: true },
  });
  return Math.round(confidence(model, features) * 1000) / 1000;
}
