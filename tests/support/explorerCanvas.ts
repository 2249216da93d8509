import type { Page } from 'playwright-core';

/** What a person sees of a drawn node: where it is on the page and how big its label is. */
export interface SeenNode {
  id: string;
  label: string;
  name: string;
  caption: string;
  /** Page coordinates of its centre. */
  x: number;
  y: number;
  /** Model coordinates (what a layout sets). */
  modelX: number;
  modelY: number;
  width: number;
  /** Label height on screen, in CSS pixels. */
  fontPx: number;
  selected: boolean;
  onPath: boolean;
}
export interface SeenEdge {
  type: string;
  from: string;
  to: string;
  claimedBy: string | null;
  color: string;
  lineStyle: string;
  onPath: boolean;
}
export interface Canvas {
  nodes: SeenNode[];
  edges: SeenEdge[];
  zoom: number;
  /** The graph's box on the page, and the box the cytoscape canvas believes it has. */
  box: { left: number; top: number; width: number; height: number };
  drawnSize: { width: number; height: number };
}

// Runs in the page (the tests' TypeScript has no DOM types, hence a string).
const canvasScript = `(() => {
  const cy = window.explorerGraph;
  if (!cy) return null;
  const rect = document.getElementById('graph').getBoundingClientRect();
  return {
    zoom: cy.zoom(),
    box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    drawnSize: { width: cy.width(), height: cy.height() },
    nodes: cy.nodes().map((n) => ({
      id: n.id(), label: n.data('label'), name: n.data('name'), caption: n.data('caption'),
      x: rect.left + n.renderedPosition().x, y: rect.top + n.renderedPosition().y,
      modelX: n.position().x, modelY: n.position().y,
      width: n.width(),
      fontPx: parseFloat(n.renderedStyle('font-size')),
      selected: n.selected(), onPath: n.hasClass('on-path'),
    })),
    edges: cy.edges().map((e) => ({
      type: e.data('type'), from: e.data('source'), to: e.data('target'), claimedBy: e.data('claimedBy') ?? null,
      color: e.style('line-color'), lineStyle: e.style('line-style'), onPath: e.hasClass('on-path'),
    })),
  };
})()`;

function isCanvas(value: unknown): value is Canvas {
  return (
    typeof value === 'object' && value !== null && 'nodes' in value && 'edges' in value && 'box' in value
  );
}

export async function canvas(page: Page): Promise<Canvas> {
  const seen: unknown = await page.evaluate(canvasScript);
  if (!isCanvas(seen)) throw new Error('the explorer has drawn no graph');
  return seen;
}

export function named(seen: Canvas, name: string): SeenNode {
  const node = seen.nodes.find((candidate) => candidate.name === name);
  if (!node) throw new Error(`no node named ${name} is drawn`);
  return node;
}

/** Nodes whose centre lies outside the graph's box on the page. */
export function offCanvas(seen: Canvas): string[] {
  const { left, top, width, height } = seen.box;
  return seen.nodes
    .filter((node) => node.x < left || node.x > left + width || node.y < top || node.y > top + height)
    .map((node) => node.name);
}

export async function boxOf(
  page: Page,
  selector: string,
): Promise<{ left: number; top: number; width: number; height: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}
