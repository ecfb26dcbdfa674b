import { request } from './api.js';
import { h, uniqueId } from './dom.js';
import type { NodeKind } from './gql/graphql.js';
import { KIND } from './labels.js';
import { EntityNamesDocument, SearchDocument } from './operations.js';

export interface Picked {
  id: string;
  name: string;
}

export interface Picker {
  element: HTMLElement;
  value(): Picked | null;
  set(value: Picked | null): void;
}

/**
 * An accessible combobox that finds an entity by name as you type (the search API) and keeps its id.
 * Arrow keys move through the suggestions, Enter picks one, Escape closes the list.
 */
export function entityPicker(label: string, name: string, types: NodeKind[] | null, initial: Picked | null): Picker {
  const inputId = uniqueId(`kies-${name}`);
  const listId = `${inputId}-lijst`;
  let chosen: Picked | null = initial;
  let options: Picked[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const input = h('input', {
    id: inputId,
    name,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    value: initial?.name ?? '',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'options', hidden: true, 'aria-label': `Suggesties voor ${label.toLowerCase()}` });

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (picked: Picked) => {
    chosen = picked;
    input.value = picked.name;
    close();
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index];
    if (current) input.setAttribute('aria-activedescendant', current.id);
  };
  const show = (found: Picked[]) => {
    options = found;
    list.replaceChildren(
      ...found.map((option, i) =>
        h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: Event) => { e.preventDefault(); choose(option); } }, option.name),
      ),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    chosen = null;
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return show([]);
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const data = await request(SearchDocument, { query: text, types, first: 8 }, controller.signal);
        show(data.search.edges.map(({ node }) => ({ id: node.entity.id, name: `${node.entity.name} (${KIND[node.entity.kind].toLowerCase()})` })));
      } catch {
        show([]);
      }
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length > 0) { e.preventDefault(); highlight(Math.min(active + 1, options.length - 1)); }
    else if (e.key === 'ArrowUp' && options.length > 0) { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); const o = options[active]; if (o) choose(o); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));

  const element = h('div', { class: 'field picker' }, h('label', { for: inputId }, label), input, list);
  return {
    element,
    value: () => (chosen !== null && input.value.trim() !== '' ? chosen : null),
    set: (value) => { chosen = value; input.value = value?.name ?? ''; },
  };
}

/** The display name of an entity whose id came from the address (so a shared link shows names). */
export async function nameOf(id: string, signal: AbortSignal): Promise<Picked> {
  const data = await request(EntityNamesDocument, { id }, signal).catch(() => null);
  const node = data?.neighbourhood?.nodes[0];
  return { id, name: node ? node.name : id };
}
