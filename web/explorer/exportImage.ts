import type { Core } from 'cytoscape';
import { lookOf } from './graphStyle.ts';

/** Saves a blob as a file through the browser's download, without leaving the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Corners of a regular polygon (a star alternates two radii), as SVG points.
function polygon(x: number, y: number, radius: number, corners: number, star = false): string {
  const count = star ? corners * 2 : corners;
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    const r = star && i % 2 === 1 ? radius * 0.45 : radius;
    return `${(x + r * Math.cos(angle)).toFixed(1)},${(y + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

function shapeSvg(shape: string, x: number, y: number, size: number, fill: string): string {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/>`;
    case 'rectangle':
    case 'round-rectangle':
    case 'barrel':
    case 'rhomboid':
    case 'round-tag':
      return `<rect x="${x - r}" y="${y - r}" width="${size}" height="${size}" rx="${shape === 'rectangle' ? 0 : r / 4}" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${polygon(x, y, r, 3)}" fill="${fill}"/>`;
    case 'diamond':
      return `<polygon points="${polygon(x, y, r, 4)}" fill="${fill}"/>`;
    case 'hexagon':
      return `<polygon points="${polygon(x, y, r, 6)}" fill="${fill}"/>`;
    case 'octagon':
      return `<polygon points="${polygon(x, y, r, 8)}" fill="${fill}"/>`;
    case 'star':
      return `<polygon points="${polygon(x, y, r, 5, true)}" fill="${fill}"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/>`;
  }
}

/**
 * The whole drawing as SVG, written from what cytoscape holds: each edge a line in its colour
 * (dashed for evidence and mentions, wide on a path), each node its shape, colour and caption.
 */
export function graphSvg(cy: Core): string {
  const margin = 60;
  const box = cy.elements().boundingBox({});
  const width = Math.ceil(box.w + 2 * margin);
  const height = Math.ceil(box.h + 2 * margin);
  const dx = margin - box.x1;
  const dy = margin - box.y1;
  const edges = cy.edges().map((edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    const color: unknown = edge.data('color');
    const dashed = edge.hasClass('evidence') ? ' stroke-dasharray="6 4"' : '';
    const widthPx = edge.hasClass('on-path') ? 6 : edge.hasClass('claim') ? 2.5 : 1.5;
    return `<line x1="${(a.x + dx).toFixed(1)}" y1="${(a.y + dy).toFixed(1)}" x2="${(b.x + dx).toFixed(1)}" y2="${(b.y + dy).toFixed(1)}" stroke="${typeof color === 'string' ? color : '#b0b0b0'}" stroke-width="${widthPx}"${dashed}><title>${escapeXml(String(edge.data('type')))}</title></line>`;
  });
  const nodes = cy.nodes().map((node) => {
    const { x, y } = node.position();
    const label: unknown = node.data('label');
    const caption: unknown = node.data('caption');
    const look = lookOf(typeof label === 'string' ? label : '');
    const size = node.width();
    return [
      shapeSvg(look.shape, x + dx, y + dy, size, look.color),
      `<text x="${(x + dx).toFixed(1)}" y="${(y + dy + size / 2 + 14).toFixed(1)}" text-anchor="middle" font-family="sans-serif" font-size="12" stroke="#ffffff" stroke-width="3" paint-order="stroke" fill="#1b1b1b">${escapeXml(typeof caption === 'string' ? caption : '')}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
