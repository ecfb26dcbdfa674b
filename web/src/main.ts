import { h } from './dom.js';
import { commitmentsView } from './views/commitments.js';
import { entityView } from './views/entity.js';
import { pathsView } from './views/paths.js';
import { searchView } from './views/search.js';
import { sourceView } from './views/source.js';

/**
 * Hash routing: every view has an address (`#/zoek?q=`, `#/entiteit/<id>`, `#/pad?van=&naar=`,
 * `#/toezeggingen?...`, `#/bron/<id>?van=&tot=`), so a link can be shared and back/forward work. A new address aborts the
 * previous view's requests.
 */
const main = document.getElementById('inhoud') as HTMLElement;
let controller: AbortController | null = null;
let first = true;

function navigate(hash: string): void {
  if (location.hash === hash) void render();
  else location.hash = hash;
}

async function render(): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const [section = '', ...rest] = path.split('/');
  document.title = 'raadsgraaf verkenner';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    const current = link.dataset.nav === (section === '' || section === 'entiteit' ? 'zoek' : section);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!first) main.focus({ preventScroll: false });
  first = false;
  window.scrollTo(0, 0);
  switch (section) {
    case '':
    case 'zoek':
      return searchView(main, params, signal);
    case 'entiteit':
      return entityView(main, decodeURIComponent(rest.join('/')), params, signal, navigate);
    case 'pad':
      return pathsView(main, params, signal, navigate);
    case 'bron':
      return sourceView(main, decodeURIComponent(rest.join('/')), params, signal);
    case 'toezeggingen':
      return commitmentsView(main, params, signal, navigate);
    default:
      main.replaceChildren(h('h1', {}, 'Pagina niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar zoeken')));
  }
}

document.querySelector('[data-skip]')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void render().catch(report));
void render().catch(report);

function report(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  main.replaceChildren(h('h1', {}, 'Er ging iets mis'), h('p', { role: 'alert' }, error instanceof Error ? error.message : String(error)));
}
