import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { fractieMentions, personMentions } from './mentions.js';

/**
 * A person leaving a fractie, as a document states it (`... dat de heer M.C. Buising ... geen deel
 * meer uitmaakt van de GBA-fractie, maar zelfstandig verder gaat ...`): the sentence with a
 * departure cue (data/fractie-departure-cues.txt), the first council member or untitled person
 * named in it, and the fractie named nearest the cue. The membership gets `ended: true` and the
 * sentence as evidence; settle-persons.ts gives it the document's date as `left`.
 */
const CUES: readonly RegExp[] = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'fractie-departure-cues.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => new RegExp(`(?<![\\p{L}])${l.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(?![\\p{L}])`, 'giu'));

/** Where the sentence around `at` starts and ends: at a line break or a bullet, or a full stop after a word, a bracket or a number (not after an initial). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const isEnd = (i: number): boolean => {
    const c = text[i];
    if (c === '\n' || c === '•') return true;
    if (c !== '.' && c !== '!' && c !== '?') return false;
    const before = text.slice(Math.max(0, i - 12), i);
    const word = /\p{L}+$/u.exec(before)?.[0] ?? '';
    return (word.length > 1 || /[)\d]$/.test(before)) && /^\s/.test(text[i + 1] ?? ' ');
  };
  let start = at;
  while (start > 0 && at - start < 400 && !isEnd(start - 1)) start--;
  while (start < at && /\s/.test(text[start] ?? '')) start++;
  let end = at;
  while (end < text.length && end - at < 400 && !isEnd(end)) end++;
  return { start, end };
}

/** Roles a person leaving a fractie can be named with. */
const MEMBER_ROLE = /^(?:raadslid|fractievoorzitter|commissielid|woordvoerder)$/;

export function extractDepartures(ctx: DocContext): void {
  const seen = new Set<number>();
  for (const cue of CUES) {
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(ctx.sh)) !== null) {
      const s = sentenceAround(ctx.sh, m.index);
      if (seen.has(s.start)) continue;
      const person = personMentions(ctx, s.start, s.end, []).find((p) => !p.id.endsWith('-onbepaald') && (p.role === null || MEMBER_ROLE.test(p.role)));
      const cueAt = m.index;
      const fractie = fractieMentions(ctx, s.start, s.end)
        .filter((f) => person === undefined || f.start >= person.end || f.end <= person.start)
        .sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
      if (person === undefined || fractie === undefined) continue;
      seen.add(s.start);
      ctx.facts.edge('MEMBER_OF', person.id, fractie.id, { ended: true }, ev(ctx, s.start, s.end));
    }
  }
}
