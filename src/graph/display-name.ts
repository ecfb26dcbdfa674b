import type { EntityRow } from '../node/node-row.js';

/** The properties that name an entity, in the order they are tried (see DESIGN.md §3). */
export const NAME_PROPERTIES = ['name', 'subject', 'title', 'text', 'description', 'summary'] as const;

/** An entity's display name: the first naming property it has, else its id. */
export function displayName(row: EntityRow): string {
  for (const p of NAME_PROPERTIES) {
    const v = row[p];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return row.id;
}
