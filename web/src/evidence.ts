import { h } from './dom.js';
import type { EvidenceFragment } from './gql/graphql.js';

/** The source view's address: `#/bron/<source id>?van=<start>&tot=<end>`, the passage [start, end) highlighted. */
export function sourceHref(sourceId: string, start: number, end: number): string {
  return `#/bron/${encodeURIComponent(sourceId)}?${new URLSearchParams({ van: String(start), tot: String(end) })}`;
}

/** A passage as the explorer shows it everywhere: the quote, its file, its character offsets and a link to the source text. */
export function passage(p: EvidenceFragment): HTMLElement {
  return h(
    'figure',
    { class: 'passage' },
    h('blockquote', {}, p.quote),
    h(
      'figcaption',
      {},
      h('span', { class: 'file' }, p.source.fileName),
      ` · tekens ${p.start}–${p.end} · `,
      h('a', { class: 'to-source', href: sourceHref(p.source.id, p.start, p.end), 'aria-label': `bron: ${p.source.fileName}, tekens ${p.start}–${p.end}` }, 'bron'),
    ),
  );
}

export function evidenceList(passages: readonly EvidenceFragment[], emptyText = 'Geen bronpassage.'): HTMLElement {
  if (passages.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h('ul', { class: 'evidence' }, passages.map((p) => h('li', {}, passage(p))));
}
