import type { DocContext } from './context.js';
import { personMentions, type Mention } from './mentions.js';

/**
 * Speaker turns in minutes: a line that opens with `De heer Jansen (VVD):`, `Wethouder De Boer:`
 * or `Mevrouw Pietersen:` starts a turn that runs to the next such line. Returns who speaks at
 * an offset, so `ik` and `wij` resolve to the speaker.
 */
export function speakerTurns(ctx: DocContext): (offset: number) => Mention | null {
  const turns: { at: number; speaker: Mention | null }[] = [];
  const re = /^[ \t]*((?:De heer|de heer|Mevrouw|mevrouw|Wethouder|wethouder|Burgemeester|burgemeester|Dhr\.|Mw\.|Raadslid)\s+[^:\n]{1,60}|De voorzitter|Voorzitter)\s*:/gm;
  const source = ctx.shLines;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const labelEnd = m.index + m[0].length - 1;
    const found = /voorzitter/i.test(m[1] ?? '') && !/\s[A-Z]/.test((m[1] ?? '').replace(/^De voorzitter|^Voorzitter/, '')) ? [] : personMentions(ctx, start, labelEnd, []);
    turns.push({ at: start, speaker: found[0] ?? null });
  }
  return (offset: number) => {
    let current: Mention | null = null;
    for (const t of turns) {
      if (t.at <= offset) current = t.speaker;
      else break;
    }
    return current;
  };
}
