import type { Css, NodeSingular, StylesheetJson } from 'cytoscape';
import type { EdgeLook } from './graphModel.ts';

interface LabelLook {
  color: string;
  shape: Css.NodeShape;
  size: number;
}

/** Colour, shape and size per node label; the legend in the page is drawn from the same table. */
export const labelLooks: Record<string, LabelLook> = {
  Level: { color: '#0b6e99', shape: 'round-pentagon', size: 50 },
  Tier: { color: '#1f4e79', shape: 'round-rectangle', size: 54 },
  Role: { color: '#d9822b', shape: 'ellipse', size: 40 },
  Responsibility: { color: '#2e8b57', shape: 'round-tag', size: 30 },
  Skill: { color: '#7b4fa0', shape: 'diamond', size: 32 },
  Characteristic: { color: '#c0392b', shape: 'hexagon', size: 30 },
  Attribute: { color: '#16a085', shape: 'triangle', size: 28 },
  CollaborationBenefit: { color: '#b8860b', shape: 'star', size: 32 },
  Dimension: { color: '#34495e', shape: 'octagon', size: 30 },
  Statement: { color: '#8a8a8a', shape: 'rectangle', size: 16 },
  Section: { color: '#5d6d7e', shape: 'rhomboid', size: 22 },
  Source: { color: '#222222', shape: 'barrel', size: 34 },
};

const unknownLook: LabelLook = { color: '#607d8b', shape: 'ellipse', size: 24 };

export function lookOf(label: string): LabelLook {
  return labelLooks[label] ?? unknownLook;
}

function nodeLook(node: NodeSingular): LabelLook {
  const label: unknown = node.data('label');
  return lookOf(typeof label === 'string' ? label : '');
}

/** How an edge is drawn: a claim solid and thick, evidence and mentions dashed and thin, structure grey. */
export type EdgeKind = 'claim' | 'evidence' | 'structural';
export function edgeKind(style: EdgeLook): EdgeKind {
  if (style.claim) return 'claim';
  return style.kind === 'evidence' ? 'evidence' : 'structural';
}

/**
 * Labels keep about `readablePx` on screen whatever the zoom (down to a third), so a zoomed-out
 * canvas stays legible; long names are cut with an ellipsis, the full name is in the panel.
 */
export const readablePx = 12;
export function labelFontSize(zoom: number): number {
  return Math.min(Math.max(readablePx / zoom, readablePx), readablePx * 3);
}

// Bigger for better-connected nodes, so the hubs stand out.
function nodeSize(node: NodeSingular): number {
  const degree: unknown = node.data('degree');
  const scale = typeof degree === 'number' ? 0.8 + 0.12 * Math.sqrt(degree) : 1;
  return Math.round(nodeLook(node).size * Math.min(scale, 1.8));
}

export function graphStyle(zoom: number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'background-color': (node: NodeSingular) => nodeLook(node).color,
        shape: (node: NodeSingular) => nodeLook(node).shape,
        width: nodeSize,
        height: nodeSize,
        'font-size': labelFontSize(zoom),
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': `${Math.round(170 / Math.max(zoom, 0.5))}px`,
        color: '#1b1b1b',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 0,
      },
    },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#111111' } },
    {
      selector: 'node.truncated',
      style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#c62828' },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#ffeb3b', 'overlay-opacity': 0.45, 'overlay-padding': 6 },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#00bcd4' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(type)',
        'font-size': 8,
        // Relationship names only when zoomed in enough to read them.
        'min-zoomed-font-size': 8,
        color: '#444444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.claim', style: { width: 2.5 } },
    { selector: 'edge.evidence', style: { width: 1, 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    // A path keeps each edge's article colour, so which article says each hop stays visible.
    {
      selector: 'edge.on-path',
      style: { width: 6, 'z-index': 10, 'font-size': 10, 'min-zoomed-font-size': 0 },
    },
  ];
}
