/**
 * Stable ids. The same entity gets the same id in every document and every run, which is what
 * makes loading idempotent (MERGE on id) and lets facts from different documents meet.
 *
 * Shape: `<kind>:<municipality>:<key>` with lower-case ASCII slugs, e.g.
 * `person:gm0505:karin-lambrechts`, `dossier:gm0505:1873661`.
 */

/** Lower-case ASCII words joined by '-': accents dropped, punctuation removed. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(kind: string, municipality: string, key: string): string {
  const keySlug = slug(key);
  if (keySlug === '') {
    throw new Error(`cannot make a ${kind} id from an empty key`);
  }
  return `${kind}:${municipality.toLowerCase()}:${keySlug}`;
}

export const municipalityId = (cbsCode: string): string => `municipality:${cbsCode.toLowerCase()}`;

/** Sources are identified by municipality and file name, so that a changed file replaces its own facts. */
export const sourceId = (municipality: string, fileName: string): string =>
  `source:${municipality.toLowerCase()}:${slug(fileName)}`;

export const passageId = (sourceKey: string, start: number, end: number): string =>
  `passage:${sourceKey.slice('source:'.length)}:${start}-${end}`;
