import type { Core } from 'cytoscape';
import { ApiError, request } from '../api.js';
import { append, h } from '../dom.js';
import { evidenceList, passage } from '../evidence.js';
import { drawNeighbourhood } from '../graph.js';
import type { ExplorerEntityQuery } from '../gql/graphql.js';
import { entityHref, formatDate, KIND, relation, STATUS, TIMELINE } from '../labels.js';
import { EntityPageDocument } from '../operations.js';

type Entity = NonNullable<ExplorerEntityQuery['node']>;
type Fact = [string, string | null | undefined];

function window_(w: { text: string | null; earliest: string | null; latest: string | null } | null): string | null {
  if (w === null) return null;
  const range = w.earliest || w.latest ? `${formatDate(w.earliest)} t/m ${formatDate(w.latest)}` : '';
  return [w.text, range && `(${range})`].filter(Boolean).join(' ');
}

/** The facts of an entity, by kind, as label/value pairs (empty values are left out). */
function facts(node: Entity): Fact[] {
  switch (node.__typename) {
    case 'Person': return [['Naam', node.name], ['Voornaam', node.givenName], ['Achternaam', node.surname], ['Voorletters', node.initials], ['Telefoon', node.phone], ['E-mail', node.email], ['Gemeente', node.municipality]];
    case 'Fractie': return [['Naam', node.name], ['Afkorting', node.abbreviation], ['Gemeente', node.municipality]];
    case 'Organisation': return [['Naam', node.name], ['Ook genoemd', node.aliases.join(', ')], ['Soort', node.orgKind], ['Gemeente', node.municipality]];
    case 'Body': return [['Naam', node.name], ['Soort', node.bodyKind], ['Gemeente', node.municipality]];
    case 'Municipality': return [['Naam', node.name], ['CBS-code', node.cbsCode]];
    case 'Dossier': return [['Nummer', node.number], ['Onderwerp', node.subject], ['Aangemaakt', formatDate(node.created)], ['Zaaktype', node.caseType], ['Zaaknummer', node.caseNumber], ['B&W-besluit', formatDate(node.bwDecisionDate)], ['Pijler', node.pillar], ['Programma', node.programme], ['Samenvatting', node.summary], ['Knelpunten', node.problems.join('; ')], ['Gemeente', node.municipality]];
    case 'Document': return [['Titel', node.title], ['Soort', node.docKind], ['Datum', formatDate(node.date)], ['Gemeente', node.municipality]];
    case 'Meeting': return [['Titel', node.meetingTitle], ['Datum', formatDate(node.date)], ['Aanvang', node.start?.slice(11, 16)], ['Gemeente', node.municipality]];
    case 'Decision': return [['Besluit', node.text], ['Uitkomst', node.outcome], ['Datum', formatDate(node.date)], ['Gemeente', node.municipality]];
    case 'Commitment': return [['Toezegging', node.text], ['Status', STATUS[node.status]], ['Termijn', window_(node.due)], ['Gedaan op', formatDate(node.date)], ['Stelligheid', { EXPLICIT: 'uitdrukkelijk', SOFT: 'zacht', REPORTED: 'door een ander gemeld' }[node.commitmentKind]], ['Gemeente', node.municipality]];
    case 'Request': return [['Tekst', node.text], ['Soort', node.requestKind.toLowerCase().replaceAll('_', ' ')], ['Datum', formatDate(node.date)], ['Gemeente', node.municipality]];
    case 'Policy': return [['Naam', node.name], ['Soort', node.policyKind], ['Vastgesteld', window_(node.adopted)], ['Doelen', node.aims.join('; ')], ['Gemeente', node.municipality]];
    case 'Agreement': return [['Omschrijving', node.description], ['Soort', node.agreementKind], ['Periode', node.period ? [node.period.text, node.period.from || node.period.to ? `(${formatDate(node.period.from)} t/m ${formatDate(node.period.to)})` : ''].filter(Boolean).join(' ') : null], ['Bedrag', node.amount ? `${node.amount.approximate ? 'ongeveer ' : ''}${node.amount.value.toLocaleString('nl-NL')} ${node.amount.currency}${node.amount.per ? ` per ${node.amount.per}` : ''}` : null], ['Gemeente', node.municipality]];
    case 'Topic': return [['Naam', node.name], ['Code', node.code], ['Soort', node.topicKind], ['Gemeente', node.municipality]];
  }
}

/**
 * `#/entiteit/<id>?diepte=1|2`: facts, evidence, relations grouped by type, the neighbourhood drawn,
 * and the timeline; all from one GraphQL request.
 */
export async function entityView(main: HTMLElement, id: string, params: URLSearchParams, signal: AbortSignal, navigate: (hash: string) => void): Promise<void> {
  const depth = params.get('diepte') === '2' ? 2 : 1;
  main.replaceChildren(h('p', { role: 'status', class: 'muted' }, 'Laden …'));
  let data: ExplorerEntityQuery;
  try {
    data = await request(EntityPageDocument, { id, depth }, signal);
  } catch (error) {
    if (error instanceof ApiError) main.replaceChildren(h('h1', {}, 'Fout'), h('p', { role: 'alert' }, error.message));
    return;
  }
  const hood = data.neighbourhood;
  const centre = hood?.nodes.find((n) => n.id === id);
  if (hood === null || centre === undefined) {
    main.replaceChildren(h('h1', {}, 'Niet gevonden'), h('p', {}, `Er is geen feit met id ${id}.`), h('p', {}, h('a', { href: '#/' }, 'Terug naar zoeken')));
    return;
  }
  const names = new Map(hood.nodes.map((n) => [n.id, n]));
  const node = data.node;

  const factRows = node ? facts(node).filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '') : [];
  const own = node && 'evidence' in node ? node.evidence : [];

  // Relations: the edges that touch this entity, grouped by type and direction.
  const groups = new Map<string, typeof hood.edges>();
  for (const e of hood.edges) {
    if (e.from !== id && e.to !== id) continue;
    const key = e.from === id ? relation(e.type) : `${relation(e.type)} (door)`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }

  const edgePanel = h('div', { id: 'rand-bewijs', class: 'edge-evidence', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Klik op een lijn in de tekening om het bewijs te zien; klik op een punt om die pagina te openen.'));
  const showEdge = (edgeId: string) => {
    const e = hood.edges.find((x) => x.id === edgeId);
    if (!e) return;
    edgePanel.dataset.edge = e.id;
    edgePanel.replaceChildren(
      h('h3', {}, h('a', { href: entityHref(e.from) }, names.get(e.from)?.name ?? e.from), ` ${relation(e.type)}${e.role ? ` (${e.role})` : ''} `, h('a', { href: entityHref(e.to) }, names.get(e.to)?.name ?? e.to)),
      evidenceList(e.evidence),
    );
  };

  const drawing = h('div', { id: 'tekening', class: 'drawing', role: 'img', 'aria-label': `Tekening van de omgeving van ${centre.name}: ${hood.nodes.length} feiten en ${hood.edges.length} verbanden. Dezelfde verbanden staan hieronder als lijst.` });
  const depthLinks = h(
    'p',
    { class: 'depth' },
    'Diepte: ',
    ...[1, 2].map((d) => (d === depth ? h('strong', { 'aria-current': 'true' }, `${d} ${d === 1 ? 'stap' : 'stappen'}`) : h('a', { href: `${entityHref(id)}?diepte=${d}` }, `${d} ${d === 1 ? 'stap' : 'stappen'}`))),
    ' ',
  );

  main.replaceChildren();
  append(main, [
    h('p', { class: 'kind-line' }, h('span', { class: `kind kind-${centre.kind.toLowerCase()}` }, KIND[centre.kind])),
    h('h1', {}, centre.name),
    h('p', { class: 'muted id' }, id),
    factRows.length > 0 ? h('section', { 'aria-labelledby': 'kop-feiten' }, h('h2', { id: 'kop-feiten' }, 'Feiten'), h('dl', { class: 'facts' }, factRows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))) : null,
    own.length > 0 ? h('section', { 'aria-labelledby': 'kop-bewijs' }, h('h2', { id: 'kop-bewijs' }, 'Bewijs'), evidenceList(own)) : null,
    h(
      'section',
      { 'aria-labelledby': 'kop-omgeving' },
      h('h2', { id: 'kop-omgeving' }, 'Omgeving'),
      depthLinks,
      hood.truncated ? h('p', { class: 'muted' }, 'Er is meer dan hier getekend.') : null,
      drawing,
      edgePanel,
    ),
    h(
      'section',
      { 'aria-labelledby': 'kop-relaties' },
      h('h2', { id: 'kop-relaties' }, 'Relaties'),
      groups.size === 0
        ? h('p', { class: 'muted' }, 'Geen relaties.')
        : [...groups].map(([label, edges]) =>
            h(
              'div',
              { class: 'group' },
              h('h3', {}, `${label} (${edges.length})`),
              h(
                'ul',
                { class: 'relations' },
                edges.map((e) => {
                  const other = names.get(e.from === id ? e.to : e.from);
                  return h(
                    'li',
                    {},
                    h('a', { href: entityHref(other?.id ?? '') }, other ? h('span', { class: 'kind' }, KIND[other.kind]) : null, ' ', other?.name ?? ''),
                    e.role ? h('span', { class: 'muted' }, ` — ${e.role}`) : null,
                    h('div', { class: 'quotes' }, e.evidence.map((p) => passage(p))),
                  );
                }),
              ),
            ),
          ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'kop-tijdlijn' },
      h('h2', { id: 'kop-tijdlijn' }, 'Tijdlijn'),
      data.timeline.totalCount === 0
        ? h('p', { class: 'muted' }, 'Geen gedateerde gebeurtenissen.')
        : h(
            'ol',
            { class: 'timeline' },
            data.timeline.edges.map(({ node: ev }) =>
              h('li', {}, h('time', { datetime: ev.date }, formatDate(ev.date)), ' ', h('span', { class: 'kind' }, TIMELINE[ev.kind]), ' ', ev.entity.id === id ? ev.title : h('a', { href: entityHref(ev.entity.id) }, ev.title)),
            ),
          ),
      data.timeline.totalCount > data.timeline.edges.length ? h('p', { class: 'muted' }, `De eerste ${data.timeline.edges.length} van ${data.timeline.totalCount}.`) : null,
    ),
  ]);
  document.title = `${centre.name} · raadsgraaf`;

  let cy: Core | null = drawNeighbourhood(drawing, id, hood.nodes, hood.edges, (nodeId) => navigate(entityHref(nodeId)), showEdge);
  signal.addEventListener('abort', () => { cy?.destroy(); cy = null; }, { once: true });
}
