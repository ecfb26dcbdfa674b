import { h } from './dom.js';
import type { EvidenceFragment } from './gql/graphql.js';

/** A passage as the explorer shows it everywhere: the quote, its file and its character offsets. */
export function passage(p: EvidenceFragment): HTMLElement {
  return h(
    'figure',
    { class: 'passage' },
    h('blockquote', {}, p.quote),
    h('figcaption', {}, h('span', { class: 'file' }, p.source.fileName), ` · tekens ${p.start}–${p.end}`),
  );
}

export function evidenceList(passages: readonly EvidenceFragment[], emptyText = 'Geen bronpassage.'): HTMLElement {
  if (passages.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h('ul', { class: 'evidence' }, passages.map((p) => h('li', {}, passage(p))));
}
