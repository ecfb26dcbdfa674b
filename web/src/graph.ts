import cytoscape, { type Core } from 'cytoscape';
import type { NodeKind } from './gql/graphql.js';
import { KIND, relation } from './labels.js';

export interface DrawNode { id: string; kind: NodeKind; name: string }
export interface DrawEdge { id: string; type: string; from: string; to: string }

declare global {
  interface Window {
    /** The drawing on screen, for the browser tests to find an edge's position on the canvas. */
    raadsgraafGraph?: Core;
  }
}

const COLOUR: Record<NodeKind, string> = {
  MUNICIPALITY: '#5b5b5b',
  PERSON: '#1f5fa8',
  FRACTIE: '#7a3e9d',
  ORGANISATION: '#0f7a5c',
  BODY: '#8a5a00',
  DOSSIER: '#b03a2e',
  DOCUMENT: '#6b6b3a',
  MEETING: '#a0522d',
  DECISION: '#2e6b8a',
  COMMITMENT: '#c0392b',
  REQUEST: '#5d6d7e',
  POLICY: '#1e8449',
  AGREEMENT: '#9c640c',
  TOPIC: '#7d3c98',
};

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 38)}…` : text;
}

/**
 * Draws a neighbourhood with Cytoscape.js: the centre in the middle, each ring one hop further.
 * Clicking (or tapping) a node calls `onNode`, an edge `onEdge`.
 */
export function drawNeighbourhood(
  container: HTMLElement,
  centre: string,
  nodes: readonly DrawNode[],
  edges: readonly DrawEdge[],
  onNode: (id: string) => void,
  onEdge: (id: string) => void,
): Core {
  const hops = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of edges) {
        const other = e.from === id ? e.to : e.to === id ? e.from : null;
        if (other !== null && !hops.has(other)) { hops.set(other, (hops.get(id) ?? 0) + 1); next.push(other); }
      }
    }
    frontier = next;
  }
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: short(n.name), kind: n.kind, colour: COLOUR[n.kind], title: `${KIND[n.kind]}: ${n.name}`, level: 10 - (hops.get(n.id) ?? 9) } })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.from, target: e.to, label: relation(e.type) } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, color: '#1a1a1a', 'text-wrap': 'wrap', 'text-max-width': '110px', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 } },
      { selector: `node[id = "${centre.replaceAll('"', '\\"')}"]`, style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 3, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#444', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge:selected', style: { 'line-color': '#d35400', 'target-arrow-color': '#d35400', width: 5 } },
    ],
    layout: { name: 'concentric', concentric: (n) => Number(n.data('level')), levelWidth: () => 1, minNodeSpacing: 70, animate: false },
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });
  cy.on('tap', 'node', (event) => onNode(String(event.target.id())));
  cy.on('tap', 'edge', (event) => {
    cy.edges().unselect();
    event.target.select();
    onEdge(String(event.target.id()));
  });
  window.raadsgraafGraph = cy;
  return cy;
}
