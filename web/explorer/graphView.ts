import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular } from 'cytoscape';
import { graphStyle, sourceColors, structuralColor } from './graphStyle.ts';
import type { ModelEdge, ModelNode, VisibleGraph } from './graphModel.ts';

declare global {
  interface Window {
    /** The cytoscape graph, for the browser console and for the browser tests that click on nodes. */
    explorerGraph?: Core;
  }
}

export interface GraphViewEvents {
  /** A node was clicked. */
  select: (id: string) => void;
  /** A node was double-clicked: expand or collapse it. */
  toggle: (id: string) => void;
}

export interface DrawOptions {
  /** Expanded nodes whose neighbourhood the API truncated. */
  truncated: ReadonlySet<string>;
  /** Source slugs in load order, for edge colours. */
  sources: readonly string[];
}

// cytoscape types an event's target as `any`; the 'node' selector promises a node, this checks it.
function isNodeSingular(value: unknown): value is NodeSingular {
  return (
    typeof value === 'object' && value !== null && 'isNode' in value && typeof value.isNode === 'function'
  );
}

function onNode(handler: (id: string) => void): (event: EventObject) => void {
  return (event) => {
    const target: unknown = event.target;
    if (isNodeSingular(target)) handler(target.id());
  };
}

function edgeColor(edge: ModelEdge, sources: readonly string[]): string {
  if (edge.source === null) return structuralColor;
  const index = sources.indexOf(edge.source);
  return sourceColors[index % sourceColors.length] ?? structuralColor;
}

/** Draws a `VisibleGraph` with cytoscape, adding and removing only what changed. */
export class GraphView {
  private readonly cy: Core;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style: graphStyle, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', onNode(events.select));
    this.cy.on('dbltap', 'node', onNode(events.toggle));
    window.explorerGraph = this.cy;
  }

  draw(graph: VisibleGraph, { truncated, sources }: DrawOptions): void {
    const wanted = new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]);
    const stale = this.cy.elements().filter((element) => !wanted.has(element.id()));
    const added: ElementDefinition[] = [];
    for (const node of graph.nodes) {
      if (this.cy.getElementById(node.id).empty()) added.push(this.nodeDefinition(node, graph));
    }
    for (const edge of graph.edges) {
      if (this.cy.getElementById(edge.id).empty()) {
        added.push({
          group: 'edges',
          data: {
            id: edge.id,
            source: edge.from,
            target: edge.to,
            type: edge.type,
            claimedBy: edge.source,
            color: edgeColor(edge, sources),
          },
          classes: edge.source === null ? 'structural' : 'claim',
        });
      }
    }
    this.cy.batch(() => {
      stale.remove();
      this.cy.add(added);
      this.cy.nodes().forEach((node) => {
        node.toggleClass('expanded', graph.expanded.has(node.id()));
        node.toggleClass('truncated', truncated.has(node.id()));
      });
    });
    if (added.length > 0 || stale.length > 0) this.layout();
  }

  /** Marks the nodes and edges of a found path; an empty list clears the marks. */
  markPath(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const onPath = new Set([...nodeIds, ...edgeIds]);
    this.cy.elements().forEach((element) => {
      element.toggleClass('on-path', onPath.has(element.id()));
    });
  }

  select(id: string): void {
    this.cy.elements(':selected').unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
      this.cy.animate({ center: { eles: node } }, { duration: 200 });
    }
  }

  // A new node starts next to a shown neighbour, so the layout moves it out from there.
  private nodeDefinition(node: ModelNode, graph: VisibleGraph): ElementDefinition {
    const neighbour = graph.edges
      .filter((edge) => edge.from === node.id || edge.to === node.id)
      .map((edge) => this.cy.getElementById(edge.from === node.id ? edge.to : edge.from))
      .find((element) => element.nonempty());
    const near = neighbour?.position();
    return {
      group: 'nodes',
      data: { id: node.id, label: node.label, name: node.name, slug: node.slug },
      ...(near
        ? { position: { x: near.x + Math.random() * 40 - 20, y: near.y + Math.random() * 40 - 20 } }
        : {}),
    };
  }

  private layout(): void {
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 90_000,
        idealEdgeLength: () => 90,
        nodeDimensionsIncludeLabels: true,
        // Fitting three tiers would blow them up to fill the screen; keep them at reading size.
        stop: () => {
          if (this.cy.zoom() > 1.2) {
            this.cy.zoom(1.2);
            this.cy.center();
          }
        },
      })
      .run();
  }
}
