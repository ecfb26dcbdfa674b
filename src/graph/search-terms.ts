import { badUserInput } from '../errors.js';
import { dutchBase } from './dutch-word.js';

/**
 * User text -> a Lucene query for the full-text indexes, with nothing the user typed read as
 * Lucene syntax. Each whitespace-separated word becomes a quoted phrase (inside quotes only `"`
 * and `\` are special, and both are escaped; the index's `dutch` analyzer stems it) OR-ed with a
 * prefix query on its Dutch base form (dutch-word.ts: `subsidies` -> `subsidie*`, `financiën` ->
 * `financi*`, `huisarts*` finds `huisartsen`). Words are OR-ed: Lucene's scoring ranks hits with
 * more of them higher.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

export interface SearchTerms {
  /** The words, lower case, and their base forms: snippets highlight the words that begin with one (accents aside). */
  readonly words: readonly string[];
  readonly lucene: string;
}

export function searchTerms(query: string): SearchTerms {
  if (query.length > MAX_QUERY_LENGTH) throw badUserInput('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
  const tokens = query.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).slice(0, MAX_TERMS);
  if (tokens.length === 0) throw badUserInput('query', 'must contain a letter or a digit');
  const clauses = tokens.map((token) => {
    const phrase = `"${token.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    const parts = token.toLowerCase().match(WORD) ?? [];
    // A token of one word also matches as a prefix; "wijk-team" is left to the phrase.
    return parts.length === 1 ? `(${phrase} OR ${dutchBase(parts[0] ?? '')}*)` : phrase;
  });
  const words = [...new Set(tokens.flatMap((t) => (t.toLowerCase().match(WORD) ?? []).flatMap((w) => [w, dutchBase(w)])))];
  return { words, lucene: clauses.join(' ') };
}
