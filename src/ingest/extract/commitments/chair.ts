import type { DocContext } from '../context.js';
import type { BodyEntry } from '../gazetteer.js';
import { bodyNode } from '../mentions.js';

/**
 * The voorzitter of a council meeting is the burgemeester (Gemeentewet, art. 9), who is also one
 * of the municipality's three governing bodies beside the raad and the college. Minutes name the
 * chair by role alone (`De Voorzitter zegt toe ...`, `De VOORZITTER: Dan zullen wij ...`): what
 * the chair promises is the burgemeester's. In a committee the chair is a council member, not the
 * executive.
 */
export const MAYOR: BodyEntry = { key: 'burgemeester', name: 'Burgemeester', kind: 'executive' };

/** The actor `de voorzitter` means in a scope: the burgemeester, or null in a committee. */
export function chairActor(ctx: DocContext, bodyKind: string | null): string | null {
  return bodyKind === 'committee' ? null : bodyNode(ctx, MAYOR);
}

/** `De voorzitter` was the subject just before, and this unit goes on with `hij`, `spreker` or nobody named. */
export function chairContinues(previous: string, unit: string): boolean {
  return /^\s*(?:de|be)\s+voorz(?:itter|\.)/i.test(previous) && /^\s*(?:hij|spreker|deze|ook|verder|voorts|tevens|daarnaast)\b/i.test(unit);
}
