import type { Span } from '../text.js';

/**
 * Numbered items inside running text: `(1) de bekendheid is laag, (2) ... en (5) ...`, also with
 * `1)` or `a)`. Returns the spans of the items without the numbering and the joining `, en`.
 */
export function inlineEnumeration(sh: string, start: number, end: number): Span[] {
  const text = sh.slice(start, end);
  const marks: { at: number; after: number }[] = [];
  const re = /(?:^|[\s,;:])\(?(\d{1,2}|[a-h])\)\s+/g;
  let m: RegExpExecArray | null;
  let expected = 1;
  while ((m = re.exec(text)) !== null) {
    const label = m[1] ?? '';
    const n = /^\d+$/.test(label) ? Number(label) : label.charCodeAt(0) - 96;
    if (n !== expected) continue;
    expected++;
    marks.push({ at: m.index + (m[0].length - m[0].trimStart().length), after: m.index + m[0].length });
  }
  if (marks.length < 2) return [];
  return marks.map((mark, i) => {
    const next = marks[i + 1];
    let itemEnd = next === undefined ? sentenceEnd(text, mark.after) : next.at;
    let itemText = text.slice(mark.after, itemEnd);
    const trimmed = itemText.replace(/[\s,;]*(?:\ben\b|\bof\b)?[\s,;]*$/, '').replace(/[.\s]+$/, '');
    itemEnd = mark.after + trimmed.length;
    itemText = trimmed;
    return { start: start + mark.after, end: start + itemEnd };
  });
}

function sentenceEnd(text: string, from: number): number {
  const m = /\.(?:\s|$)/.exec(text.slice(from));
  return m === null ? text.length : from + m.index;
}
