import { ApiError, request } from '../api.js';
import { h } from '../dom.js';
import { evidenceList } from '../evidence.js';
import type { ExplorerPathsQuery } from '../gql/graphql.js';
import { entityHref, KIND, relation } from '../labels.js';
import { PathsDocument } from '../operations.js';
import { entityPicker, nameOf } from '../picker.js';

/** `#/pad?van=<id>&naar=<id>&stappen=4`: the shortest ways two entities are connected, each hop with its quotes. */
export async function pathsView(main: HTMLElement, params: URLSearchParams, signal: AbortSignal, navigate: (hash: string) => void): Promise<void> {
  const from = params.get('van');
  const to = params.get('naar');
  const hops = Math.min(6, Math.max(1, Number(params.get('stappen') ?? '4') || 4));
  const [fromPicked, toPicked] = await Promise.all([from ? nameOf(from, signal) : null, to ? nameOf(to, signal) : null]);
  if (signal.aborted) return;
  const fromPicker = entityPicker('Van', 'van', null, fromPicked);
  const toPicker = entityPicker('Naar', 'naar', null, toPicked);
  const hopsSelect = h('select', { id: 'stappen', name: 'stappen' }, [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === hops }, String(n))));
  const message = h('p', { role: 'status', class: 'muted' });
  const results = h('div', { class: 'paths' });
  main.replaceChildren(
    h('h1', {}, 'Hoe zijn ze verbonden?'),
    h(
      'form',
      {
        class: 'filters',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const a = fromPicker.value();
          const b = toPicker.value();
          if (!a || !b) { message.textContent = 'Kies twee feiten uit de suggesties.'; return; }
          navigate(`#/pad?${new URLSearchParams({ van: a.id, naar: b.id, stappen: hopsSelect.value })}`);
        },
      },
      fromPicker.element,
      toPicker.element,
      h('div', { class: 'field' }, h('label', { for: 'stappen' }, 'Hoogstens stappen'), hopsSelect),
      h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Zoek verbindingen')),
    ),
    message,
    results,
  );
  if (!from || !to) return;
  message.textContent = 'Zoeken …';
  let paths: ExplorerPathsQuery['paths'];
  try {
    paths = (await request(PathsDocument, { from, to, maxHops: hops }, signal)).paths;
  } catch (error) {
    if (error instanceof ApiError) message.textContent = error.message;
    return;
  }
  message.textContent = paths.length === 0 ? `Geen verbinding gevonden binnen ${hops} stappen.` : `${paths.length} ${paths.length === 1 ? 'verbinding' : 'verbindingen'} gevonden, kortste eerst.`;
  results.replaceChildren(
    ...paths.map((path, index) => {
      const steps: HTMLElement[] = [];
      path.nodes.forEach((n, i) => {
        steps.push(h('li', { class: 'step-node' }, h('span', { class: 'kind' }, KIND[n.kind]), ' ', h('a', { href: entityHref(n.id) }, n.name)));
        const next = path.nodes[i + 1];
        if (!next) return;
        const hopEdges = path.edges.filter((e) => (e.from === n.id && e.to === next.id) || (e.from === next.id && e.to === n.id));
        for (const e of hopEdges) {
          const arrow = e.from === n.id ? '↓' : '↑';
          steps.push(h('li', { class: 'step-edge', 'data-edge': e.id }, h('p', { class: 'rel' }, `${arrow} ${relation(e.type)}${e.role ? ` (${e.role})` : ''}`), evidenceList(e.evidence)));
        }
      });
      return h('section', { class: 'path', 'aria-labelledby': `pad-${index}` }, h('h2', { id: `pad-${index}` }, `Verbinding ${index + 1}: ${path.length} ${path.length === 1 ? 'stap' : 'stappen'}`), h('ol', { class: 'steps' }, steps));
    }),
  );
}
