import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode } from '../lib/graph-model.js';

cytoscape.use(fcose);

/** Colours per entity type and relation type (also used by the legend in CSS). */
export const TYPE_COLOURS: Record<string, string> = {
  Person: '#1d4ed8',
  Organisation: '#b45309',
  Place: '#15803d',
  Initiative: '#a21caf',
};
export const RELATION_COLOURS: Record<string, string> = {
  MENTIONED_WITH: '#94a3b8',
  VISITED: '#dc2626',
  HOLDS_ROLE: '#2563eb',
  PART_OF: '#7c3aed',
  LOCATED_IN: '#059669',
};

/** What the view tells the page. */
export interface ViewEvents {
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

/** A network drawing: kept in step with the page's visible graph. */
export interface GraphView {
  update(
    nodes: GraphNode[],
    edges: GraphEdge[],
    options: { focus: string | null; highlight: ReadonlySet<string>; grow: string | null },
  ): void;
  select(id: string | null): void;
  fit(): void;
  relayout(): void;
  destroy(): void;
  /** For tests: where a node is drawn, in page pixels relative to the container. */
  renderedPosition(id: string): { x: number; y: number } | null;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function layoutOptions(randomize: boolean, count: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: false,
    fit: true,
    padding: 30,
    nodeSeparation: 80,
    // Longer edges in small networks leave room for labels; big ones stay compact and show hub labels only.
    idealEdgeLength: () => (count < 60 ? 140 : count < 150 ? 100 : 70),
    nodeRepulsion: () => (count < 60 ? 20000 : 9000),
    gravity: 0.2,
    numIter: 2500,
    packComponents: true,
  } as unknown as LayoutOptions;
}

/** Draws the network into `container` with Cytoscape.js (canvas) and the fCoSE force layout. */
export function createGraphView(container: HTMLElement, events: ViewEvents): GraphView {
  const cy: Core = cytoscape({
    container,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (node: cytoscape.NodeSingular) => TYPE_COLOURS[node.data('type') as string] ?? '#475569',
          label: 'data(name)',
          'font-family': FONT,
          // Leaves get smaller labels, which hide first when zoomed out (min-zoomed-font-size).
          'font-size': 'mapData(degree, 1, 8, 9, 13)',
          color: '#0f172a',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '160px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
          // Labels disappear when zoomed out far enough to be unreadable anyway.
          'min-zoomed-font-size': 8,
          width: 'mapData(degree, 1, 20, 14, 34)',
          height: 'mapData(degree, 1, 20, 14, 34)',
          'border-width': 1.5,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node[?expanded]', style: { 'border-color': '#0f172a', 'border-width': 2.5 } },
      { selector: 'node.focus', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
      {
        selector: 'node:selected',
        style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
      },
      {
        selector: 'edge',
        style: {
          width: 'mapData(weight, 1, 6, 1.2, 5)',
          'line-color': (edge: cytoscape.EdgeSingular) => RELATION_COLOURS[edge.data('type') as string] ?? '#94a3b8',
          'target-arrow-color': (edge: cytoscape.EdgeSingular) =>
            RELATION_COLOURS[edge.data('type') as string] ?? '#94a3b8',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          opacity: 0.85,
        },
      },
      {
        selector: 'edge[type = "MENTIONED_WITH"]',
        style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', opacity: 0.6 },
      },
      { selector: '.dim', style: { opacity: 0.15 } },
      { selector: 'node.path', style: { 'border-color': '#f59e0b', 'border-width': 4, 'z-index': 10 } },
      {
        selector: 'edge.path',
        style: {
          'line-color': '#f59e0b',
          'target-arrow-color': '#f59e0b',
          width: 6,
          opacity: 1,
          'z-index': 10,
          'line-style': 'solid',
        },
      },
    ],
  });
  cy.on('tap', 'node', (event) => events.onSelect(event.target.id() as string));
  cy.on('dbltap', 'node', (event) => events.onOpen(event.target.id() as string));

  let layout: cytoscape.Layouts | null = null;
  const runLayout = (randomize: boolean) => {
    layout?.stop();
    layout = cy.layout(layoutOptions(randomize, cy.nodes().length));
    layout.run();
  };

  return {
    update(nodes, edges, { focus, highlight, grow }) {
      const wanted = new Set<string>([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
      const degree = new Map<string, number>();
      for (const edge of edges) {
        degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
        degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
      }
      const added: ElementDefinition[] = [];
      cy.batch(() => {
        cy.elements().forEach((element) => {
          if (!wanted.has(element.id())) element.remove();
        });
        // New nodes start next to the node that brought them, so the incremental layout moves little.
        const origin = grow ? cy.getElementById(grow) : null;
        const base = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
        for (const node of nodes) {
          const data = {
            id: node.id,
            name: node.name,
            type: node.type,
            expanded: node.expanded,
            degree: degree.get(node.id) ?? 0,
          };
          const existing = cy.getElementById(node.id);
          if (existing.nonempty()) existing.data(data);
          else
            added.push({
              group: 'nodes',
              data,
              position: { x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 },
            });
        }
        cy.add(added);
        const newEdges: ElementDefinition[] = [];
        for (const edge of edges) {
          const data = { id: edge.id, source: edge.source, target: edge.target, type: edge.type, weight: edge.weight };
          const existing = cy.getElementById(edge.id);
          if (existing.nonempty()) existing.data(data);
          else newEdges.push({ group: 'edges', data });
        }
        cy.add(newEdges);
        cy.nodes().removeClass('focus path');
        cy.edges().removeClass('path');
        if (focus) cy.getElementById(focus).addClass('focus');
        for (const id of highlight) cy.getElementById(id).addClass('path');
      });
      if (added.length) runLayout(cy.nodes().length === added.length);
    },
    select(id) {
      cy.nodes().unselect();
      if (id) cy.getElementById(id).select();
    },
    fit: () => cy.fit(undefined, 30),
    relayout: () => runLayout(true),
    destroy: () => {
      layout?.stop();
      cy.destroy();
    },
    renderedPosition(id) {
      const node = cy.getElementById(id);
      return node.nonempty() ? node.renderedPosition() : null;
    },
  };
}
