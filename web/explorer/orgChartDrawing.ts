import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import { lookOf } from './graphStyle.ts';
import { isNodeSingular } from './graphView.ts';
import { treeBoxes, type ChartTree } from './orgChart.ts';

declare global {
  interface Window {
    /** The org chart's cytoscape graph, for the browser tests that read where its roles are drawn. */
    explorerOrgChart?: Core;
  }
}

const padding = 40;
const maxFitZoom = 1.2;

/**
 * The org charts drawn with cytoscape: each tree laid out top down by cytoscape's breadthfirst
 * layout from its top role, in a box of its own, the boxes side by side. A click on a role opens it.
 */
export class OrgChartDrawing {
  private cy: Core | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly open: (roleId: string) => void,
  ) {}

  private graph(lineColor: string): Core {
    if (this.cy) return this.cy;
    const role = lookOf('Role');
    const cy = cytoscape({
      container: this.container,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': role.color,
            shape: 'round-rectangle',
            width: 28,
            height: 28,
            label: 'data(name)',
            'font-size': 13,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '130px',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': lineColor,
            'target-arrow-color': lineColor,
            'target-arrow-shape': 'triangle',
            'curve-style': 'taxi',
            'taxi-direction': 'downward',
          },
        },
      ],
    });
    cy.on('tap', 'node', (event: EventObject) => {
      const target: unknown = event.target;
      const roleId: unknown = isNodeSingular(target) ? target.data('roleId') : null;
      if (typeof roleId === 'string') this.open(roleId);
    });
    window.explorerOrgChart = cy;
    this.cy = cy;
    return cy;
  }

  /** Draws `trees` in place of what was drawn; `lineColor` is the reporting line's colour as the API serves it. */
  draw(trees: readonly ChartTree[], lineColor: string): void {
    const cy = this.graph(lineColor);
    const elements: ElementDefinition[] = trees.flatMap((tree) => [
      ...tree.nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, roleId: node.roleId, name: node.name, tree: tree.key },
      })),
      ...tree.edges.map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.id, source: edge.from, target: edge.to, tree: tree.key },
      })),
    ]);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.resize();
    const boxes = treeBoxes(trees);
    trees.forEach((tree, index) => {
      const nodes = cy.nodes().filter((node) => node.data('tree') === tree.key);
      nodes
        .union(nodes.edgesWith(nodes))
        .layout({
          name: 'breadthfirst',
          directed: true,
          // Ids, not selectors: cytoscape reads a list of roots as element ids.
          roots: [tree.root.id],
          ...(boxes[index] ? { boundingBox: boxes[index] } : {}),
          avoidOverlap: true,
          animate: false,
          fit: false,
        })
        .run();
    });
    this.refit();
  }

  /** Fits the charts to the canvas again, for when it was drawn hidden or the page changed size. */
  refit(): void {
    const cy = this.cy;
    if (!cy) return;
    cy.resize();
    cy.fit(undefined, padding);
    // A small chart stays at reading size rather than filling the canvas.
    if (cy.zoom() > maxFitZoom) {
      cy.zoom(maxFitZoom);
      cy.center();
    }
  }
}
