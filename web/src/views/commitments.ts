import { ApiError, request } from '../api.js';
import { toCsv } from '../csv.js';
import { h } from '../dom.js';
import { sourceHref } from '../evidence.js';
import type { CommitmentFilter, CommitmentOrder, CommitmentStatus, ExplorerCommitmentsQuery } from '../gql/graphql.js';
import { entityHref, formatDate, STATUS } from '../labels.js';
import { CommitmentsDocument } from '../operations.js';
import { entityPicker, nameOf, type Picked } from '../picker.js';

type Row = ExplorerCommitmentsQuery['commitments']['edges'][number]['node'];

const PAGE = 50;
const STATUSES: CommitmentStatus[] = ['OPEN', 'OVERDUE', 'FULFILLED', 'WITHDRAWN'];
const ORDERS: [CommitmentOrder, string][] = [['DUE_ASC', 'Termijn, eerst verlopend eerst'], ['DUE_DESC', 'Termijn, laatst verlopend eerst'], ['DATE_DESC', 'Nieuwste toezegging eerst']];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The CSV columns: the table's, with dates in ISO form. */
export const CSV_HEADER = ['id', 'toezegging', 'status', 'termijn', 'termijn_vanaf', 'termijn_tot', 'gedaan_door', 'vergadering', 'datum', 'dossier', 'gemeente'] as const;

function csvRow(r: Row): string[] {
  return [r.id, r.text, r.status, r.due?.text ?? '', r.due?.earliest ?? '', r.due?.latest ?? '', r.madeBy?.name ?? '', r.madeIn?.title ?? '', r.date ?? '', r.dossier?.number ?? '', r.municipality];
}

function filterFrom(params: URLSearchParams): CommitmentFilter {
  const filter: CommitmentFilter = {};
  const get = (k: string) => params.get(k)?.trim() || null;
  const by = get('door'); if (by) filter.madeBy = by;
  const status = get('status'); if (status && (STATUSES as string[]).includes(status)) filter.status = status as CommitmentStatus;
  const after = get('vanaf'); if (after && DATE.test(after)) filter.dueAfter = after;
  const before = get('tot'); if (before && DATE.test(before)) filter.dueBefore = before;
  const dossier = get('dossier'); if (dossier) filter.dossier = dossier;
  const policy = get('beleid'); if (policy) filter.policy = policy;
  const municipality = get('gemeente'); if (municipality) filter.municipality = municipality.toUpperCase();
  const text = get('tekst'); if (text) filter.text = text;
  return filter;
}

/**
 * `#/toezeggingen?door=&status=&vanaf=&tot=&dossier=&beleid=&gemeente=&tekst=&volgorde=`: the commitments
 * table for analysts. The filter lives in the address; "Meer laden" pages on; the CSV holds the rows shown.
 */
export async function commitmentsView(main: HTMLElement, params: URLSearchParams, signal: AbortSignal, navigate: (hash: string) => void): Promise<void> {
  const filter = filterFrom(params);
  const order = (ORDERS.find(([o]) => o === params.get('volgorde'))?.[0] ?? 'DUE_ASC');
  const named = async (id: string | number | undefined | null): Promise<Picked | null> => (id ? nameOf(String(id), signal) : null);

  const status = h('p', { role: 'status', class: 'muted' }, 'Laden …');
  const body = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, 'Meer laden');
  const exportButton = h('button', { type: 'button', disabled: true }, 'Exporteer als CSV');
  const rows: Row[] = [];
  let cursor: string | null = null;
  let total = 0;

  const load = async () => {
    more.disabled = true;
    try {
      const data = await request(CommitmentsDocument, { filter, orderBy: order, first: PAGE, after: cursor }, signal);
      const page = data.commitments;
      total = page.totalCount;
      cursor = page.pageInfo.endCursor ?? null;
      rows.push(...page.edges.map((e) => e.node));
      body.append(...page.edges.map(({ node: r }) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: entityHref(r.id) }, r.text)),
          h('td', {}, h('span', { class: `status status-${r.status.toLowerCase()}` }, STATUS[r.status])),
          h('td', {}, r.due?.text ?? ''),
          h('td', {}, formatDate(r.due?.latest)),
          h('td', {}, r.madeBy ? h('a', { href: entityHref(r.madeBy.id) }, r.madeBy.name) : ''),
          h('td', {}, r.madeIn ? h('a', { href: entityHref(r.madeIn.id) }, r.madeIn.title) : ''),
          h('td', {}, r.dossier ? h('a', { href: entityHref(r.dossier.id) }, r.dossier.number) : ''),
          h('td', { class: 'src' }, r.evidence.map((p) => h('a', { href: sourceHref(p.source.id, p.start, p.end), title: p.quote }, `${p.source.fileName} (${p.start}–${p.end})`))),
        ),
      ));
      status.textContent = `${rows.length} van ${total} toezeggingen getoond.`;
      more.hidden = !page.pageInfo.hasNextPage;
      more.disabled = false;
      exportButton.disabled = rows.length === 0;
    } catch (error) {
      if (error instanceof ApiError) status.textContent = error.message;
    }
  };
  more.addEventListener('click', () => void load());
  exportButton.addEventListener('click', () => {
    const blob = new Blob([toCsv(CSV_HEADER, rows.map(csvRow))], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: 'toezeggingen.csv', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  const firstPage = load();
  const [by, dossier, policy] = await Promise.all([named(filter.madeBy), named(filter.dossier), named(filter.policy)]);
  if (signal.aborted) return;
  const byPicker = entityPicker('Gedaan door', 'door', ['PERSON', 'FRACTIE', 'ORGANISATION', 'BODY'], by);
  const dossierPicker = entityPicker('Dossier', 'dossier', ['DOSSIER'], dossier);
  const policyPicker = entityPicker('Beleid', 'beleid', ['POLICY'], policy);
  const field = (label: string, control: HTMLElement & { id: string }) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  const statusSelect = h('select', { id: 'f-status', name: 'status' }, h('option', { value: '' }, 'Alle'), STATUSES.map((s) => h('option', { value: s, selected: filter.status === s }, STATUS[s])));
  const after = h('input', { id: 'f-vanaf', name: 'vanaf', type: 'date', value: filter.dueAfter ?? '' });
  const before = h('input', { id: 'f-tot', name: 'tot', type: 'date', value: filter.dueBefore ?? '' });
  const municipality = h('input', { id: 'f-gemeente', name: 'gemeente', type: 'text', placeholder: 'bijv. GM0505', value: filter.municipality ?? '' });
  const text = h('input', { id: 'f-tekst', name: 'tekst', type: 'search', value: filter.text ?? '' });
  const orderSelect = h('select', { id: 'f-volgorde', name: 'volgorde' }, ORDERS.map(([o, label]) => h('option', { value: o, selected: o === order }, label)));

  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter de toezeggingen',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const next = new URLSearchParams();
        const put = (k: string, v: string | null | undefined) => { if (v) next.set(k, v); };
        put('door', byPicker.value()?.id);
        put('status', statusSelect.value);
        put('vanaf', after.value);
        put('tot', before.value);
        put('dossier', dossierPicker.value()?.id);
        put('beleid', policyPicker.value()?.id);
        put('gemeente', municipality.value.trim());
        put('tekst', text.value.trim());
        if (orderSelect.value !== 'DUE_ASC') put('volgorde', orderSelect.value);
        const query = next.toString();
        navigate(`#/toezeggingen${query ? `?${query}` : ''}`);
      },
    },
    byPicker.element,
    field('Status', statusSelect),
    field('Termijn vanaf', after),
    field('Termijn tot en met', before),
    dossierPicker.element,
    policyPicker.element,
    field('Gemeente (CBS-code)', municipality),
    field('Tekst bevat', text),
    field('Sorteren', orderSelect),
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Toepassen'), h('a', { href: '#/toezeggingen' }, 'Wis filters')),
  );

  main.replaceChildren(
    h('h1', {}, 'Toezeggingen'),
    form,
    status,
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Tabel met toezeggingen' },
      h(
        'table',
        { class: 'commitments' },
        h('thead', {}, h('tr', {}, ['Toezegging', 'Status', 'Termijn', 'Uiterlijk', 'Gedaan door', 'Vergadering', 'Dossier', 'Bron'].map((c) => h('th', { scope: 'col' }, c)))),
        body,
      ),
    ),
    h('p', { class: 'row' }, more, exportButton),
  );
  await firstPage;
}
