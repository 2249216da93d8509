import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { graphSvg } from './exportImage.ts';
import { edgeKind, graphStyle } from './graphStyle.ts';
import type { ModelEdge, VisibleGraph } from './graphModel.ts';
import { placeAround, type Point } from './placement.ts';
import type { LayoutName } from './urlState.ts';

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
  /** The layout used when everything is laid out again. */
  layout: LayoutName;
}

// cytoscape types an event's target as `any`; the 'node' selector promises a node, this checks it.
export function isNodeSingular(value: unknown): value is NodeSingular {
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

/** The elements whose size can move `element` on the page: those before it, at every level. */
function elementsBefore(element: Element): Element[] {
  const before: Element[] = [];
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
      before.push(sibling);
  }
  return before;
}

// Tiers in the middle, then roles, then what tiers hold, then the rest: the order the rings layout
// and the hierarchy follow.
const labelRank: Record<string, number> = {
  Level: 0,
  Tier: 0,
  Role: 1,
  CollaborationBenefit: 1,
  Responsibility: 2,
  Skill: 2,
  Attribute: 2,
  Characteristic: 2,
  Dimension: 3,
  Statement: 4,
  Section: 5,
  Source: 6,
};
function rankOf(node: NodeSingular): number {
  const label: unknown = node.data('label');
  return typeof label === 'string' ? (labelRank[label] ?? 4) : 4;
}

const padding = 40;
/** Longest time between the two taps of a double tap, as browsers' double-click default. */
const doubleTapMs = 500;
/** Most a fit zooms in: a few nodes stay at reading size instead of filling the screen. */
const maxFitZoom = 1.2;

/** Draws a `VisibleGraph` with cytoscape, adding and removing only what changed. */
export class GraphView {
  private readonly cy: Core;
  private styledZoom = 1;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style: graphStyle(1), minZoom: 0.1, maxZoom: 4 });
    this.cy.on('tap', 'node', onNode(events.select));
    // Two taps on the same node within `doubleTapMs` expand it. The time between them is read from
    // the input events' own time stamps, not from when they are handled, so a busy page still
    // sees a double click as one; two quick taps on different nodes are two selections.
    let lastTap: { id: string | null; at: number } = { id: null, at: -Infinity };
    this.cy.on('tap', (event) => {
      const target: unknown = event.target;
      const id = isNodeSingular(target) && target.isNode() ? target.id() : null;
      const original: unknown = event.originalEvent;
      const at = original instanceof Event ? original.timeStamp : performance.now();
      const double = id !== null && id === lastTap.id && at - lastTap.at < doubleTapMs;
      lastTap = double ? { id: null, at: -Infinity } : { id, at };
      if (double) events.toggle(id);
    });
    // Label sizes follow the zoom (see labelFontSize), restyled once the zoom settles.
    let pending = 0;
    this.cy.on('zoom', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.restyle());
    });
    // The canvas follows its box when the page around it changes (notices, panel, phone rotation).
    // cytoscape also keeps where its box is on the page, and forgets it only on a scroll or a
    // resize: when something above the graph grows (a path's answer in the header on a phone) the
    // graph moves down without either, and a click would be taken for a point above the one
    // clicked. So a change of size of anything laid out before the graph is a resize too.
    const resize = new ResizeObserver(() => this.cy.resize());
    for (const element of [container, ...elementsBefore(container)]) resize.observe(element);
    window.explorerGraph = this.cy;
  }

  get zoom(): number {
    return this.cy.zoom();
  }

  private restyle(): void {
    const zoom = this.cy.zoom();
    if (Math.abs(zoom - this.styledZoom) < 0.01) return;
    this.styledZoom = zoom;
    this.cy.style(graphStyle(zoom));
  }

  draw(graph: VisibleGraph, { truncated, layout }: DrawOptions, relayout = false): void {
    const wanted = new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]);
    const stale = this.cy.elements().filter((element) => !wanted.has(element.id()));
    const firstDrawing = this.cy.nodes().empty();
    const newNodes = graph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    const newEdges = graph.edges.filter((edge) => this.cy.getElementById(edge.id).empty());
    const degree = new Map<string, number>();
    for (const edge of graph.edges) {
      degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
      degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
    }
    const positions = firstDrawing || relayout ? new Map<string, Point>() : this.placements(newNodes, graph);
    const added: ElementDefinition[] = [
      ...newNodes.map((node): ElementDefinition => {
        const position = positions.get(node.id);
        return {
          group: 'nodes',
          data: {
            id: node.id,
            label: node.label,
            name: node.name,
            caption: node.caption ?? node.name,
            slug: node.slug,
          },
          ...(position ? { position } : {}),
        };
      }),
      ...newEdges.map((edge: ModelEdge): ElementDefinition => ({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          type: edge.type,
          claimedBy: edge.source,
          color: edge.style.color,
        },
        classes: edgeKind(edge.style),
      })),
    ];
    this.cy.batch(() => {
      stale.remove();
      this.cy.add(added);
      this.cy.nodes().forEach((node) => {
        node.data('degree', degree.get(node.id()) ?? 0);
        node.toggleClass('expanded', graph.expanded.has(node.id()));
        node.toggleClass('truncated', truncated.has(node.id()));
      });
    });
    if (firstDrawing || relayout) this.layout(layout);
    else if (newNodes.length > 0) this.keepAllInView();
  }

  // New nodes around the drawn node they are linked to (the one expanded, when there is one);
  // a node linked to nothing drawn (a search hit) goes in free space near the middle of the view.
  private placements(newNodes: VisibleGraph['nodes'], graph: VisibleGraph): Map<string, Point> {
    const groups = new Map<string, string[]>();
    const loose: string[] = [];
    for (const node of newNodes) {
      const anchors = graph.edges
        .filter((edge) => edge.from === node.id || edge.to === node.id)
        .map((edge) => (edge.from === node.id ? edge.to : edge.from))
        .filter((id) => this.cy.getElementById(id).nonempty());
      const anchor = anchors.find((id) => graph.expanded.has(id)) ?? anchors[0];
      if (anchor === undefined) loose.push(node.id);
      else groups.set(anchor, [...(groups.get(anchor) ?? []), node.id]);
    }
    const taken: Point[] = this.cy.nodes().map((node) => ({ ...node.position() }));
    const bounds = this.cy.nodes().boundingBox({});
    const centre = { x: (bounds.x1 + bounds.x2) / 2, y: (bounds.y1 + bounds.y2) / 2 };
    const positions = new Map<string, Point>();
    const place = (around: Point, ids: readonly string[]) => {
      placeAround(around, ids.length, taken, centre).forEach((point, index) => {
        const id = ids[index];
        if (id === undefined) return;
        positions.set(id, point);
        taken.push(point);
      });
    };
    for (const [anchor, ids] of groups) place({ ...this.cy.getElementById(anchor).position() }, ids);
    const extent = this.cy.extent();
    if (loose.length > 0) place({ x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }, loose);
    return positions;
  }

  /** Zooms out (never in, never moving a node) until every node is on the canvas. */
  private keepAllInView(): void {
    const box = this.cy.nodes().boundingBox({});
    const extent = this.cy.extent();
    if (box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2) return;
    const zoom = this.cy.zoom();
    this.cy.fit(undefined, padding);
    if (this.cy.zoom() > zoom) this.cy.zoom({ level: zoom, renderedPosition: this.centreOfCanvas() });
  }

  private centreOfCanvas(): Point {
    return { x: this.cy.width() / 2, y: this.cy.height() / 2 };
  }

  /** Lays everything out again with the named layout and fits it. */
  layout(name: LayoutName): void {
    const fitted = () => {
      this.cy.fit(undefined, padding);
      if (this.cy.zoom() > maxFitZoom) {
        this.cy.zoom(maxFitZoom);
        this.cy.center();
      }
    };
    const options: LayoutOptions = this.cy.edges().empty() ? this.gridOptions() : this.layoutOptions(name);
    this.cy.layout({ ...options, stop: fitted }).run();
  }

  /**
   * Unlinked nodes (the overview's tiers) in a grid the size of the canvas, a column about every
   * 190 px, so that fitting it keeps the labels at reading size: a dozen nodes never need zooming out.
   */
  private gridOptions(): LayoutOptions {
    const count = this.cy.nodes().length;
    const width = Math.max(this.cy.width(), 200);
    // The ladder of levels stands as a ladder: one column, the top level on top.
    const ladder = this.cy.nodes().every((node) => node.data('label') === 'Level');
    const cols = ladder ? 1 : Math.max(1, Math.min(count, Math.floor(width / 190)));
    const rows = Math.ceil(count / cols);
    return {
      name: 'grid',
      cols,
      rows,
      animate: false,
      fit: false,
      avoidOverlap: true,
      boundingBox: { x1: 0, y1: 0, w: cols * 190, h: Math.max(rows * 90, 1) },
    };
  }

  private layoutOptions(name: LayoutName): LayoutOptions {
    switch (name) {
      case 'hierarchy':
        // Tiers on top, what links to them below, and so on down.
        return {
          name: 'breadthfirst',
          // Ids, not selectors: cytoscape reads a list of roots as element ids.
          roots: this.cy.nodes('[label = "Tier"]').map((node) => node.id()),
          directed: false,
          spacingFactor: 1.1,
          avoidOverlap: true,
          nodeDimensionsIncludeLabels: true,
          animate: false,
          fit: false,
        };
      case 'rings':
        return {
          name: 'concentric',
          concentric: (node: NodeSingular) => 10 - rankOf(node),
          levelWidth: () => 1,
          minNodeSpacing: 30,
          avoidOverlap: true,
          animate: false,
          fit: false,
        };
      case 'force':
        return {
          name: 'cose',
          animate: false,
          randomize: false,
          fit: false,
          nodeRepulsion: () => 120_000,
          idealEdgeLength: () => 110,
          nodeDimensionsIncludeLabels: true,
        };
    }
  }

  zoomBy(factor: number): void {
    const level = Math.min(Math.max(this.cy.zoom() * factor, this.cy.minZoom()), this.cy.maxZoom());
    this.cy.zoom({ level, renderedPosition: this.centreOfCanvas() });
  }

  fit(): void {
    this.cy.fit(undefined, padding);
  }

  /** Marks the nodes and edges of a found path; an empty list clears the marks. */
  markPath(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const onPath = new Set([...nodeIds, ...edgeIds]);
    this.cy.elements().forEach((element) => {
      element.toggleClass('on-path', onPath.has(element.id()));
    });
  }

  /** Selects a node without moving the view: what was under the pointer stays there. */
  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (id !== null) this.cy.getElementById(id).select();
  }

  /** Pans just enough to bring a node on screen, for keyboard moves to a node out of view. */
  reveal(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const point = node.renderedPosition();
    const margin = 40;
    const dx = Math.min(0, this.cy.width() - margin - point.x) + Math.max(0, margin - point.x);
    const dy = Math.min(0, this.cy.height() - margin - point.y) + Math.max(0, margin - point.y);
    if (dx !== 0 || dy !== 0) this.cy.panBy({ x: dx, y: dy });
  }

  /** The drawn neighbours of a node, each with the angle at which it lies on screen. */
  neighbours(id: string): { id: string; angle: number; distance: number }[] {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return [];
    const from = node.position();
    return node
      .neighborhood()
      .nodes()
      .map((other) => {
        const to = other.position();
        return {
          id: other.id(),
          angle: Math.atan2(to.y - from.y, to.x - from.x),
          distance: Math.hypot(to.x - from.x, to.y - from.y),
        };
      });
  }

  /** The node nearest the middle of the view, where keyboard navigation starts. */
  central(): string | null {
    const extent = this.cy.extent();
    const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const ranked = this.cy
      .nodes()
      .map((node) => {
        const { x, y } = node.position();
        return { id: node.id(), distance: Math.hypot(x - middle.x, y - middle.y) };
      })
      .sort((a, b) => a.distance - b.distance);
    return ranked[0]?.id ?? null;
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
  }

  svg(): string {
    return graphSvg(this.cy);
  }
}
