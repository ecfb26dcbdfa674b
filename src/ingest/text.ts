import type { Passage } from './facts.js';

/** The passage `text[start, end)`, trimmed of surrounding white space so quotes read cleanly. */
export function passage(text: string, start: number, end: number): Passage {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/** One line of a text with its offsets; `end` excludes the line break. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function lines(text: string): Line[] {
  const result: Line[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const full = match[0];
    if (full === '') break;
    const lineText = full.replace(/[\r\n]+$/, '');
    result.push({ text: lineText, start: match.index, end: match.index + lineText.length });
  }
  return result;
}
