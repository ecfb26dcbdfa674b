import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceLineUrl } from '../source-meta.js';

/**
 * A gate before extraction. A council document is never refused: a full set of minutes, a news
 * report on a council debate, OCR'd archive pages and a single register row all pass. What is
 * refused, with an error that says why (the CLI shows it and nothing is written): text too short
 * to state anything, placeholder text, source code or markup, and text that names no council
 * actor or too few of the concepts council records deal with (a recipe, a page of a novel).
 * Empty and binary files are refused before this, when the file is read.
 *
 * A page of verbatim minutes can go on about parking for a page without a council word; when the
 * document's source URL (given, or the text's `SOURCE:` line) names a council publication (`COUNCIL_SOURCE`: a raadsnotulen archive, a
 * city's printed proceedings (`verslagen`, `handelingen`), a gemeente's site, Notubiz, iBabs), the publisher has said what it is, and the vocabulary checks
 * are not made (the length, placeholder and code checks still are).
 */

/** Below this a text must carry strong signals (an act and an actor of a council) to pass. */
const MIN_LENGTH = 200;
/** Below this, even a text with strong council signals is too short to state a fact. */
const MIN_SIGNALLED_LENGTH = 25;
const MIN_SIGNALLED_WORDS = 4;
/** Longer texts have room to use more of the council vocabulary; a novel page naming a mayor once does not pass. */
const LONG_TEXT = 3000;
/**
 * From this length on, council words must not be rare: at least this many per 1,000 characters.
 * The sparsest real text in tests/corpus (a regional news report) has 2.6.
 */
const DENSE_FROM = 1000;
const MIN_PER_1000 = 2;
/** A host or path that names a council publication: where council records are published. */
const COUNCIL_SOURCE = /raad|ried|gemeente|notulen|verslagen|handelingen|notubiz|ibabs|besluit|griffie|bestuurlijkeinformatie|officielebekendmakingen|gemeenteblad/i;

/** The document's source URL names a council publication (its host or path; not its query). */
export function isCouncilSource(url: string | null): boolean {
  if (url === null) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the path as written
  }
  return COUNCIL_SOURCE.test(parsed.hostname) || COUNCIL_SOURCE.test(path);
}

interface Concept {
  readonly kind: 'actor' | 'act';
  /** The first form, as the concept's name in messages. */
  readonly name: string;
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `data/council-words.txt`: one concept per line, `actor|act form form* ...`. */
const CONCEPTS: readonly Concept[] = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../data/council-words.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((line) => {
    const [kind = '', ...forms] = line.trim().split(/\s+/);
    if (kind !== 'actor' && kind !== 'act') throw new Error(`council-words.txt: unknown kind '${kind}' in '${line}'`);
    const folded = forms.map(fold);
    return {
      kind,
      name: (folded[0] ?? '').replace(/\*$/, ''),
      exact: new Set(folded.filter((f) => !f.endsWith('*'))),
      prefixes: folded.filter((f) => f.endsWith('*')).map((f) => f.slice(0, -1)),
    };
  });

function uses(c: Concept, word: string): boolean {
  return c.exact.has(word) || c.prefixes.some((p) => word.startsWith(p));
}

/** The council concepts a text uses (each once, in the order of the vocabulary file), and how many of its words are council words. */
export function councilVocabulary(text: string): { concepts: Concept[]; occurrences: number } {
  const words = (text.match(/[\p{L}\p{N}&]+/gu) ?? []).map(fold);
  const distinct = [...new Set(words)];
  const concepts = CONCEPTS.filter((c) => distinct.some((w) => uses(c, w)));
  const occurrences = words.filter((w) => concepts.some((c) => uses(c, w))).length;
  return { concepts, occurrences };
}

/**
 * A short text is still a council document when it carries strong signals: an act of a council
 * (a toezegging, a besluit, a motie) and an actor of one (wethouder, college, raad, commissie).
 * A single toezegging record or a one-line college decision is that short.
 */
export function hasStrongCouncilSignals(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}&]+/gu) ?? [];
  if (text.length < MIN_SIGNALLED_LENGTH || words.length < MIN_SIGNALLED_WORDS) return false;
  const { concepts } = councilVocabulary(text);
  return concepts.some((c) => c.kind === 'actor') && concepts.some((c) => c.kind === 'act');
}

/** `sourceUrl`: where the document was published (`--source-url`, a sidecar, or the text's `SOURCE:` line, the default). */
export function assertCouncilDocument(text: string, sourceUrl: string | null = sourceLineUrl(text)): void {
  const trimmed = text.trim();
  const short = trimmed.length < MIN_LENGTH;
  if (short && !hasStrongCouncilSignals(trimmed)) {
    throw new Error(`not a council document: the text is too short (${trimmed.length} characters; at least ${MIN_LENGTH} expected, or a toezegging, besluit or motie of a wethouder, college, raad or commissie)`);
  }
  if (/\blorem\s+ipsum\b/i.test(trimmed)) {
    throw new Error('not a council document: the text is placeholder text (lorem ipsum)');
  }
  // The cell breaks of a `;`-separated register (a CSV export) are no code.
  const cellsless = trimmed.split('\n').map((l) => ((l.match(/;/g) ?? []).length >= 3 ? l.replace(/;/g, ' ') : l)).join('\n');
  const codeChars = (cellsless.match(/[{};=<>()[\]]/g) ?? []).length;
  const codeLines = trimmed.split('\n').filter((l) => /^\s*(?:import|export|const|let|var|function|def|class|return|public|private|#include|if\s*\(|for\s*\(|<\/?\w+[^>]*>)/.test(l)).length;
  if (codeChars / trimmed.length > (short ? 0.08 : 0.04) || codeLines >= 3) {
    throw new Error('not a council document: the text looks like source code or markup');
  }
  if (isCouncilSource(sourceUrl)) return;
  const { concepts, occurrences } = councilVocabulary(trimmed);
  const needed = short ? 2 : trimmed.length > LONG_TEXT ? 3 : 2;
  if (!concepts.some((c) => c.kind === 'actor') || concepts.length < needed) {
    const used = concepts.map((c) => c.name);
    throw new Error(
      `not a council document: it uses ${used.length === 0 ? 'none' : `only ${used.length} (${used.join(', ')})`} of the words council documents use (gemeente, raad, wethouder, besluit, motie, ...) and ${concepts.some((c) => c.kind === 'actor') ? `${needed} are needed` : 'names no council, college, wethouder or burgemeester'}`,
    );
  }
  if (trimmed.length >= DENSE_FROM && (occurrences * 1000) / trimmed.length < MIN_PER_1000) {
    throw new Error(`not a council document: council words are too rare in it (${occurrences} in ${trimmed.length} characters; at least ${MIN_PER_1000} per 1,000 expected)`);
  }
}
