import type { DocContext } from './context.js';
import { chairActor } from './commitments/chair.js';
import { personMentions, type Mention } from './mentions.js';

/**
 * Speaker turns in minutes: a label `De heer Jansen (VVD):`, `Wethouder De Boer:`, `Mevrouw
 * Pietersen:` or `De VOORZITTER:` at the start of a line, or after the end of a sentence in
 * minutes that OCR ran into one line, starts a turn that runs to the next label. Returns who
 * speaks at an offset, so `ik` and `wij` resolve to the speaker; the chair of a council meeting
 * is the burgemeester (see commitments/chair.ts). Null when the text holds fewer than `minTurns`
 * labels: a quoted `Wethouder X:` in a news report is not a turn of minutes.
 */
export function speakerTurns(ctx: DocContext, minTurns = 0): ((offset: number) => Mention | null) | null {
  const turns: { at: number; speaker: Mention | null }[] = [];
  const re = /(?:^|(?<=[.?!»"”]\s{1,3}))[ \t]*((?:De heer|de heer|Mevrouw|mevrouw|Wethouder|wethouder|Burgemeester|burgemeester|Dhr\.|Mw\.|Raadslid)\s+[^:\n.?!]{1,60}|(?:De|de)\s+(?:voorzitter|Voorzitter|VOORZITTER)|Voorzitter|VOORZITTER)\s*:/gm;
  const source = ctx.shLines;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const labelEnd = m.index + m[0].length - 1;
    const label = m[1] ?? '';
    const chair = /^(?:de\s+)?voorzitter$/i.test(label.trim());
    if (chair) {
      const id = chairActor(ctx, null);
      turns.push({ at: start, speaker: id === null ? null : { kind: 'body', id, start, end: labelEnd, role: 'burgemeester' } });
      continue;
    }
    const found = /voorzitter/i.test(label) && !/\s[A-Z]/.test(label.replace(/^De voorzitter|^Voorzitter/i, '')) ? [] : personMentions(ctx, start, labelEnd, []);
    turns.push({ at: start, speaker: found[0] ?? null });
  }
  // OCR'd minutes of the 1920s-1950s print a turn's label without a colon: `VOORZ. Ik zal informeren.
  // dhr. VOGELAAR. In verband met ...`, `De heer BOER Ik zal het afronden.`. `De VOORZ. zal het nazien` is the chair as a subject, no label.
  const ocr = /(?<!\b(?:De|de|He|he|Be|be)\s{1,3})\bVOORZ(?:ITTER)?\.(?=\s+["'(]?\p{Lu})|\b(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]ej)\.\s+(?:(?:van|de|der|den|ten|ter|VAN|DE|DER|DEN|TEN|TER)\s+){0,3}\p{Lu}{3,}(?:['\s-]\p{Lu}{2,})*\s*[.:-](?=\s)|\b(?:De\s+heer|Mevrouw|Wethouder)\s+(?:(?:VAN|DE|DER|DEN|TEN|TER)\s+){0,3}\p{Lu}{3,}(?:[-']\p{Lu}{2,})*(?=\s+\p{Lu}\p{Ll})/gu;
  while ((m = ocr.exec(source)) !== null) {
    const start = m.index;
    const labelEnd = m.index + m[0].length - 1;
    if (/^VOORZ/.test(m[0])) {
      const id = chairActor(ctx, null);
      turns.push({ at: start, speaker: id === null ? null : { kind: 'body', id, start, end: labelEnd, role: 'burgemeester' } });
      continue;
    }
    // The name without the label's closing stop or dash: `dhr. VOGELAAR.` names Vogelaar.
    const nameEnd = m.index + m[0].replace(/\s*[.:-]$/, '').length;
    turns.push({ at: start, speaker: personMentions(ctx, start, nameEnd, [])[0] ?? null });
  }
  turns.sort((a, b) => a.at - b.at);
  if (turns.length < minTurns) return null;
  return (offset: number) => {
    let current: Mention | null = null;
    for (const t of turns) {
      if (t.at <= offset) current = t.speaker;
      else break;
    }
    return current;
  };
}
