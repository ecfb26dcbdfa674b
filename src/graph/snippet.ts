import { foldAccents } from './dutch-word.js';

/**
 * A fragment of `text` around the first word that starts with one of `words`, every such word
 * in the fragment between « and », `…` where the fragment cuts the text. Whitespace runs become
 * one space. Matching ignores case, like the full-text index does.
 */
export const SNIPPET_LENGTH = 160;

export function highlight(text: string, words: readonly string[], length = SNIPPET_LENGTH): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hits = wordHits(flat, words);
  const first = hits[0];
  if (first === undefined) return null;
  let start = Math.max(0, first.start - Math.floor((length - (first.end - first.start)) / 3));
  let end = Math.min(flat.length, start + length);
  start = Math.max(0, end - length);
  // Never cut a word in two.
  if (start > 0) start = wordStartAtOrAfter(flat, start);
  if (end < flat.length) end = wordEndAtOrBefore(flat, end, first.end);
  let out = '';
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    out += `${flat.slice(at, hit.start)}«${flat.slice(hit.start, hit.end)}»`;
    at = hit.end;
  }
  out += flat.slice(at, end);
  return `${start > 0 ? '…' : ''}${out.trim()}${end < flat.length ? '…' : ''}`;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whole words of `text` that begin with one of `words` (case and accents aside: financiën ~ financien), in text order. */
function wordHits(text: string, words: readonly string[]): Span[] {
  const hits: Span[] = [];
  const folded = words.map(foldAccents);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = foldAccents(m[0]);
    if (folded.some((w) => word.startsWith(w))) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function wordStartAtOrAfter(text: string, i: number): number {
  if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return i;
  const m = /[^\p{L}\p{N}]/u.exec(text.slice(i));
  return m === null ? i : i + m.index + 1;
}

function wordEndAtOrBefore(text: string, i: number, minimum: number): number {
  if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) return i;
  let j = i;
  while (j > minimum && /[\p{L}\p{N}]/u.test(text[j - 1] ?? '')) j--;
  return j > minimum ? j : i;
}
