/** A text filter as the queries take it: trimmed, and null when blank (a blank filter matches everything). */
export const textFilter = (text: string | null | undefined): string | null =>
  text === null || text === undefined || text.trim() === '' ? null : text.trim();
