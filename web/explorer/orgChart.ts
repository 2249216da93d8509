import type { OrgChart } from './api.ts';

// The org charts the API answers (`reportingLines`: a chart per article and top role) turned into
// trees to draw: a node per role of each chart, keyed by its chart so that two articles' charts
// of the same roles stay two trees, side by side, each in a box of its own sized by its breadth
// and depth. Where the nodes go within a box is cytoscape's breadthfirst layout's job.

export interface TreeNode {
  /** The node's id in the drawing, plain enough for a selector: the chart's key and the role's place. */
  id: string;
  roleId: string;
  name: string;
  /** 0 for the top role. */
  depth: number;
}

/** A reporting line, drawn from the manager down to who reports to it. */
export interface TreeEdge {
  id: string;
  from: string;
  to: string;
}

export interface ChartTree {
  key: string;
  source: { slug: string; title: string };
  root: TreeNode;
  nodes: TreeNode[];
  edges: TreeEdge[];
  /** Lines of the chart left out of the drawing (past `nodesPerTree`). */
  cut: number;
}

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Most charts drawn at once; the rest are counted ("N more charts"). */
export const chartsDrawn = 8;
/** Most roles drawn of one chart: its top, as the lines come top down. */
export const nodesPerTree = 40;
export const columnWidth = 160;
export const rowHeight = 110;
/** Room between two trees: a column, so that their labels never meet. */
const gap = columnWidth;

/** One chart as a tree: its top role and the lines below it, top down, at most `nodesPerTree` roles. */
export function chartTree(chart: OrgChart, index: number): ChartTree {
  const key = `t${index}`;
  const root = { id: `${key}n0`, roleId: chart.root.id, name: chart.root.name, depth: 0 };
  const nodes = new Map([[root.roleId, root]]);
  const nodeId = (roleId: string) => nodes.get(roleId)?.id ?? '';
  const edges: TreeEdge[] = [];
  let cut = 0;
  for (const line of chart.lines) {
    const known = nodes.has(line.role.id);
    if (!nodes.has(line.manager.id) || (!known && nodes.size >= nodesPerTree)) {
      cut += 1;
      continue;
    }
    if (!known)
      nodes.set(line.role.id, {
        id: `${key}n${nodes.size}`,
        roleId: line.role.id,
        name: line.role.name,
        depth: line.depth,
      });
    edges.push({
      id: `${key}e${edges.length}`,
      from: nodeId(line.manager.id),
      to: nodeId(line.role.id),
    });
  }
  return { key, source: chart.source, root, nodes: [...nodes.values()], edges, cut };
}

/** The charts drawn (the first `chartsDrawn`, in the API's order: by article, then top role) and how many are not. */
export function chartTrees(charts: readonly OrgChart[]): { trees: ChartTree[]; more: number } {
  return {
    trees: charts.slice(0, chartsDrawn).map(chartTree),
    more: Math.max(0, charts.length - chartsDrawn),
  };
}

/** How many roles a tree has on its widest row, and how many rows. */
export function treeSize(tree: ChartTree): { breadth: number; rows: number } {
  const perRow = new Map<number, number>();
  for (const node of tree.nodes) perRow.set(node.depth, (perRow.get(node.depth) ?? 0) + 1);
  return { breadth: Math.max(...perRow.values()), rows: perRow.size };
}

/** A box per tree, left to right in order, each as wide as its widest row and as tall as its rows. */
export function treeBoxes(trees: readonly ChartTree[]): Box[] {
  let x = 0;
  return trees.map((tree) => {
    const { breadth, rows } = treeSize(tree);
    const box = { x1: x, y1: 0, w: breadth * columnWidth, h: rows * rowHeight };
    x += box.w + gap;
    return box;
  });
}
