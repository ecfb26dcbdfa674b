import { ApiError, request } from '../api.js';
import { h, highlighted } from '../dom.js';
import { entityHref, KIND } from '../labels.js';
import { SearchDocument } from '../operations.js';

/** `#/zoek?q=...`: search as you type; the address follows the words without adding history entries. */
export function searchView(main: HTMLElement, params: URLSearchParams, signal: AbortSignal): void {
  const initial = params.get('q') ?? '';
  const input = h('input', { id: 'zoekterm', type: 'search', name: 'q', value: initial, autocomplete: 'off', 'aria-describedby': 'zoek-uitleg' });
  const status = h('p', { id: 'zoek-status', class: 'muted', role: 'status' });
  const results = h('ol', { class: 'hits', 'aria-label': 'Zoekresultaten' });
  main.replaceChildren(
    h('h1', {}, 'Zoeken in de raadsgraaf'),
    h(
      'form',
      { role: 'search', onsubmit: (e: Event) => { e.preventDefault(); void run(); } },
      h('label', { for: 'zoekterm' }, 'Zoek een persoon, organisatie, dossier, toezegging …'),
      h('div', { class: 'row' }, input, h('button', { type: 'submit' }, 'Zoeken')),
      h('p', { id: 'zoek-uitleg', class: 'muted' }, 'Resultaten verschijnen terwijl u typt. Elk resultaat opent de pagina van dat feit.'),
    ),
    status,
    results,
  );

  let timer: number | undefined;
  let controller: AbortController | null = null;
  const run = async () => {
    const q = input.value.trim();
    const hash = q === '' ? '#/' : `#/zoek?${new URLSearchParams({ q })}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    controller?.abort();
    if (!/[\p{L}\p{N}]/u.test(q)) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    controller = new AbortController();
    signal.addEventListener('abort', () => controller?.abort(), { once: true });
    try {
      const data = await request(SearchDocument, { query: q, first: 25 }, controller.signal);
      status.textContent = data.search.totalCount === 0 ? `Niets gevonden voor “${q}”.` : `${data.search.totalCount} gevonden voor “${q}”.`;
      results.replaceChildren(
        ...data.search.edges.map(({ node }) =>
          h(
            'li',
            { class: 'hit' },
            h('a', { href: entityHref(node.entity.id) }, h('span', { class: `kind kind-${node.entity.kind.toLowerCase()}` }, KIND[node.entity.kind]), ' ', h('strong', {}, node.entity.name)),
            h('p', {}, highlighted(node.snippet)),
          ),
        ),
      );
    } catch (error) {
      if (error instanceof ApiError) status.textContent = error.message;
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  if (initial !== '') void run();
  queueMicrotask(() => input.focus());
}
