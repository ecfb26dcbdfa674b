import type { EntityRow } from '../node/node-row.js';
import type { SearchHitRow } from './graph-row.js';
import { displayName } from './display-name.js';
import { highlight, SNIPPET_LENGTH } from './snippet.js';

/** The indexed properties of entity_text (cypher/schema/indexes.cypher), in the order a match is looked for. */
const INDEXED = ['name', 'subject', 'title', 'text', 'summary', 'description'] as const;

/**
 * Where a hit matched and the highlighted fragment: the first indexed property that contains a
 * searched word, else the matched passage. The index's analyser and our word matching can
 * disagree at the edges (e.g. on compound splitting); then the snippet is the start of the
 * entity's name, without highlights, and `matchedIn` says where the engine found it.
 */
export function matchedFragment(node: EntityRow, quote: string | null, words: readonly string[]): { matchedIn: string; snippet: string } {
  for (const p of INDEXED) {
    const v = node[p];
    if (typeof v !== 'string') continue;
    const snippet = highlight(v, words);
    if (snippet !== null) return { matchedIn: p, snippet };
  }
  if (quote !== null) {
    const snippet = highlight(quote, words);
    if (snippet !== null) return { matchedIn: 'passage', snippet };
  }
  const name = displayName(node).replace(/\s+/g, ' ').trim();
  return { matchedIn: quote !== null ? 'passage' : 'name', snippet: name.length > SNIPPET_LENGTH ? `${name.slice(0, SNIPPET_LENGTH)}…` : name };
}

const fragments = new WeakMap<SearchHitRow, { matchedIn: string; snippet: string }>();

/** matchedFragment of a hit, cut once per hit however many of its fields ask. */
export function fragmentOf(hit: SearchHitRow): { matchedIn: string; snippet: string } {
  let fragment = fragments.get(hit);
  if (fragment === undefined) {
    fragment = matchedFragment(hit.node, hit.quote, hit.words);
    fragments.set(hit, fragment);
  }
  return fragment;
}
