import { readFileSync } from 'node:fs';

/**
 * The cue lexicons of commitment extraction, kept as data (lexicon/<name>.txt: one cue per line,
 * `#` comments). A cue is one or more words, lowercase and accent-folded; a trailing `*` lets its
 * last word take any ending. Code only says how cues combine; which words count is in the files.
 */
export const LEXICONS = ['promise', 'future', 'hedge', 'reporting', 'executive', 'addressee', 'not-promise', 'third-party', 'past', 'time', 'speech-verb', 'non-executive-role'] as const;
export type LexiconName = (typeof LEXICONS)[number];

/** Lowercase, accents removed, every run of non-letters one space: the form cues and units are compared in. */
export function foldWords(s: string): string {
  return ` ${s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9&]+/g, ' ').trim()} `;
}

function compile(lines: readonly string[]): RegExp {
  const alternatives = lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((cue) => foldWords(cue.replace(/\*$/, '')).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (cue.endsWith('*') ? '[a-z]*' : ''));
  return new RegExp(` (?:${alternatives.join('|')}) `, 'g');
}

const compiled = new Map<LexiconName, RegExp>(
  LEXICONS.map((name) => [name, compile(readFileSync(new URL(`./lexicon/${name}.txt`, import.meta.url), 'utf8').split('\n'))]),
);

/** The cues of one lexicon found in a folded text (see foldWords), as their matched words. */
export function cuesIn(name: LexiconName, folded: string): string[] {
  const re = compiled.get(name);
  if (re === undefined) return [];
  const out: string[] = [];
  // Cues share their bounding spaces: step back one so that adjacent cues are both found.
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    out.push(m[0].trim());
    re.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}
