import { lines, type Line } from '../text.js';

/**
 * A council dossier page as exported by the Dordrecht-style raadsinformatiesystemen: a header of
 * `Key<TAB>Value` fields, then sections whose titles are upper case (DOCUMENTEN,
 * BEHANDELADVIEZEN EN BESLUITEN). Offsets are kept for every key and value so that each fact can
 * quote its evidence.
 */

export interface Field {
  readonly key: string;
  readonly value: string;
  /** Offsets of the value in the whole text. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The whole line, key included: the natural evidence for the field. */
  readonly line: Line;
}

export interface Section {
  /** `HEADER` for what precedes the first titled section. */
  readonly title: string;
  readonly lines: readonly Line[];
  readonly fields: readonly Field[];
}

export interface DossierPage {
  readonly sections: readonly Section[];
}

const SECTION_TITLE = /^[A-Z][A-Z &/-]{4,}$/;

/** True when the text looks like a dossier page: it starts with a `DOSSIER NUMMER` field. */
export function isDossierPage(text: string): boolean {
  return /^\s*DOSSIER\s*NUMMER\s*\t\s*\S/m.test(text.slice(0, 2000));
}

function field(line: Line): Field | null {
  const tab = line.text.indexOf('\t');
  if (tab <= 0) return null;
  const key = line.text.slice(0, tab).trim();
  const raw = line.text.slice(tab + 1);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const valueStart = line.start + tab + 1 + lead;
  return { key, value, valueStart, valueEnd: valueStart + value.length, line };
}

export function parseDossierPage(text: string): DossierPage {
  const sections: { title: string; lines: Line[]; fields: Field[] }[] = [];
  let current = { title: 'HEADER', lines: [] as Line[], fields: [] as Field[] };
  sections.push(current);
  for (const line of lines(text)) {
    const trimmed = line.text.trim();
    if (SECTION_TITLE.test(trimmed) && !line.text.includes('\t') && !/^DOSSIER\s*NUMMER/.test(trimmed)) {
      current = { title: trimmed, lines: [], fields: [] };
      sections.push(current);
      continue;
    }
    current.lines.push(line);
    const f = field(line);
    if (f !== null) current.fields.push(f);
  }
  return { sections };
}

/** The first field with this key (compared without case and spaces) in any section. */
export function findField(page: DossierPage, ...keys: string[]): Field | undefined {
  const wanted = new Set(keys.map(normaliseKey));
  for (const section of page.sections) {
    const hit = section.fields.find((f) => wanted.has(normaliseKey(f.key)));
    if (hit) return hit;
  }
  return undefined;
}

export function findSection(page: DossierPage, title: string): Section | undefined {
  return page.sections.find((s) => s.title === title);
}

export const normaliseKey = (key: string): string => key.toLowerCase().replace(/[^a-z&]/g, '');
