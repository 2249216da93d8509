import type { Page } from 'playwright-core';

/** A drawn node as the explorer's cytoscape graph holds it. */
export interface DrawnNode {
  id: string;
  label: string;
  name: string;
}
export interface DrawnEdge {
  type: string;
  from: string;
  to: string;
  claimedBy: string | null;
}

// These run inside the page, where the explorer exposes its graph as window.explorerGraph; they are
// strings because the tests' TypeScript has no DOM types.
const drawnGraphScript = `(() => {
  const cy = window.explorerGraph;
  if (!cy) return null;
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), name: n.data('name') })),
    edges: cy.edges().map((e) => ({ type: e.data('type'), from: e.data('source'), to: e.data('target'), claimedBy: e.data('claimedBy') ?? null })),
  };
})()`;

function nodePointScript(name: string): string {
  return `(() => {
    const node = window.explorerGraph?.nodes().filter((n) => n.data('name') === ${JSON.stringify(name)}).first();
    if (!node || node.empty()) return null;
    const point = node.renderedPosition();
    const box = document.getElementById('graph').getBoundingClientRect();
    const x = box.left + point.x;
    const y = box.top + point.y;
    const under = document.elementFromPoint(x, y);
    return { x, y, onGraph: under !== null && under.closest('#graph') !== null };
  })()`;
}

function isDrawnGraph(value: unknown): value is { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'nodes' in value &&
    Array.isArray(value.nodes) &&
    'edges' in value &&
    Array.isArray(value.edges)
  );
}

export async function drawnGraph(page: Page): Promise<{ nodes: DrawnNode[]; edges: DrawnEdge[] }> {
  const graph: unknown = await page.evaluate(drawnGraphScript);
  return isDrawnGraph(graph) ? graph : { nodes: [], edges: [] };
}

/** Names of the roles drawn with a MEMBER_OF edge to the tier called `tierName`. */
export async function memberNames(page: Page, tierName: string): Promise<string[]> {
  const { nodes, edges } = await drawnGraph(page);
  const tier = nodes.find((node) => node.name === tierName);
  if (!tier) return [];
  const members = new Set(
    edges.filter((edge) => edge.type === 'MEMBER_OF' && edge.to === tier.id).map((edge) => edge.from),
  );
  return nodes
    .filter((node) => members.has(node.id))
    .map((node) => node.name)
    .sort();
}

/** Waits until no request of the explorer is in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(`document.getElementById('graph').getAttribute('aria-busy') === null`);
}

async function nodePoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  const point: unknown = await page.evaluate(nodePointScript(name));
  if (
    typeof point !== 'object' ||
    point === null ||
    !('x' in point) ||
    !('y' in point) ||
    typeof point.x !== 'number' ||
    typeof point.y !== 'number'
  ) {
    throw new Error(`no node named ${name} is drawn`);
  }
  // A click there would land on whatever covers the node, or off the screen.
  if (!('onGraph' in point) || point.onGraph !== true)
    throw new Error(`the node named ${name} is off the screen or under another element`);
  return { x: point.x, y: point.y };
}

function selectedNamesScript(): string {
  return `window.explorerGraph?.nodes(':selected').map((n) => n.data('name')) ?? []`;
}

/**
 * Clicks a node where cytoscape drew it, with the real mouse, and checks the click selected it:
 * a click the graph takes for another point (its idea of where it is on the page out of date)
 * fails here, saying so, rather than as a panel that never shows what the test waits for.
 */
export async function clickNode(page: Page, name: string): Promise<void> {
  const { x, y } = await nodePoint(page, name);
  await page.mouse.click(x, y);
  const selected: unknown = await page.evaluate(selectedNamesScript());
  if (!Array.isArray(selected) || selected.length !== 1 || selected[0] !== name) {
    throw new Error(
      `a click at (${x}, ${y}) on the node named ${name} selected ${JSON.stringify(selected)} instead`,
    );
  }
  await settled(page);
}

export async function doubleClickNode(page: Page, name: string): Promise<void> {
  const { x, y } = await nodePoint(page, name);
  await page.mouse.dblclick(x, y);
  await settled(page);
}
