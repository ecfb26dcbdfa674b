import { ApiError, request } from '../api.js';
import { append, h } from '../dom.js';
import type { ExplorerSourceQuery } from '../gql/graphql.js';
import { formatDate } from '../labels.js';
import { SourceDocument } from '../operations.js';

/** A `van`/`tot` offset from the address: a whole number from 0 on, or null. */
function offset(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/**
 * `#/bron/<source id>?van=<start>&tot=<end>`: one source from one GraphQL request: its title, publication
 * day, a link to the original and its full text, with the passage [start, end) as a <mark> scrolled into
 * view and focused. Offsets are UTF-16 code units into `Source.text`, as every Passage gives them.
 */
export async function sourceView(main: HTMLElement, id: string, params: URLSearchParams, signal: AbortSignal): Promise<void> {
  main.replaceChildren(h('p', { role: 'status', class: 'muted' }, 'Laden …'));
  let data: ExplorerSourceQuery;
  try {
    data = await request(SourceDocument, { id }, signal);
  } catch (error) {
    if (error instanceof ApiError) main.replaceChildren(h('h1', {}, 'Fout'), h('p', { role: 'alert' }, error.message));
    return;
  }
  const source = data.source;
  if (source === null) {
    main.replaceChildren(h('h1', {}, 'Bron niet gevonden'), h('p', {}, `Er is geen bron met id ${id}.`), h('p', {}, h('a', { href: '#/' }, 'Terug naar zoeken')));
    return;
  }
  document.title = `${source.title ?? source.fileName} · bron · raadsgraaf verkenner`;
  const start = offset(params.get('van'));
  const end = offset(params.get('tot'));
  const text = source.text;
  const valid = text !== null && start !== null && end !== null && start < end && end <= text.length;

  const facts: [string, Node | string][] = [['Bestand', h('span', { class: 'id' }, source.fileName)]];
  if (source.publishedAt) facts.push(['Gepubliceerd', h('time', { datetime: source.publishedAt }, formatDate(source.publishedAt))]);
  if (source.url) facts.push(['Origineel', h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.url)]);
  facts.push(['Gemeente', source.municipality], ['Lengte', `${source.textLength.toLocaleString('nl-NL')} tekens`]);
  if (valid) facts.push(['Passage', `tekens ${start}–${end}`]);

  let mark: HTMLElement | null = null;
  let body: HTMLElement;
  if (text === null) {
    body = h('p', { class: 'muted' }, 'De tekst van deze bron is niet bewaard; lees het bestand opnieuw in om hem te tonen.');
  } else if (valid) {
    mark = h('mark', { id: 'passage', tabindex: -1, 'aria-label': `gemarkeerde passage, tekens ${start}–${end}` }, text.slice(start, end));
    body = h('div', { class: 'source-text', lang: 'nl' }, text.slice(0, start), mark, text.slice(end));
  } else {
    body = h('div', { class: 'source-text', lang: 'nl' }, text);
  }

  main.replaceChildren();
  append(main, [
    h('p', { class: 'kind' }, 'Bron'),
    h('h1', {}, source.title ?? source.fileName),
    h('dl', { class: 'facts' }, facts.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    start !== null || end !== null
      ? valid
        ? h('p', {}, h('a', { href: '#passage', onclick: (e: Event) => { e.preventDefault(); show(mark); } }, 'Naar de gemarkeerde passage'))
        : h('p', { role: 'alert' }, `De passage (tekens ${params.get('van') ?? '?'}–${params.get('tot') ?? '?'}) valt niet binnen deze tekst; de tekst staat hieronder zonder markering.`)
      : null,
    h('section', { 'aria-labelledby': 'kop-tekst' }, h('h2', { id: 'kop-tekst' }, 'Volledige tekst'), body),
  ]);
  show(mark);
}

function show(mark: HTMLElement | null): void {
  if (mark === null) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}
