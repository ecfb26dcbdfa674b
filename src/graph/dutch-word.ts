/**
 * Dutch word forms for search, on the query side. The full-text indexes stem with Neo4j's
 * `dutch` analyzer (Snowball), which leaves some inflections apart: `subsidies` and `subsidie`
 * are two stems, and a prefix query (`subsidie*`) is not analysed at all. So each searched word
 * also matches as a prefix of its base form: the word lower-cased, accents folded, and one
 * plural or inflection ending taken off (-'s, -en, -s), as long as four letters are left.
 * `subsidies` and `subsidie` then both search `subsidie*` and find the same documents.
 */

/** Lower case without diacritics: `Financiën` -> `financien`, `Fryslân` -> `fryslan`. */
export function foldAccents(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const ENDINGS = ["'s", 'en', 's'] as const;
const MIN_BASE = 4;

/** The prefix a word's forms share: `subsidies` -> `subsidie`, `besluiten` -> `besluit`, `wijkteams` -> `wijkteam`. */
export function dutchBase(word: string): string {
  const folded = foldAccents(word);
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_BASE) return folded.slice(0, -ending.length);
  }
  return folded;
}
