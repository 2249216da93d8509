// Where new neighbours go: around the node they were expanded from, on the side facing away from
// the rest of the drawing, in free spots, so nothing already drawn moves.

export interface Point {
  x: number;
  y: number;
}

/** Closest two node centres may be. */
export const clearance = 80;
const firstRadius = 150;
const ringStep = 90;
const slotArc = 90;

function free(point: Point, taken: readonly Point[]): boolean {
  return taken.every((other) => Math.hypot(other.x - point.x, other.y - point.y) >= clearance);
}

/**
 * Positions for `count` new nodes around `parent`: rings of growing radius, each spot on a ring
 * tried in order of its angle from the direction that points away from `centre` (the middle of
 * what is drawn), a spot taken only when no node is within `clearance`.
 */
export function placeAround(parent: Point, count: number, taken: readonly Point[], centre: Point): Point[] {
  const away =
    Math.hypot(parent.x - centre.x, parent.y - centre.y) < 1
      ? -Math.PI / 2
      : Math.atan2(parent.y - centre.y, parent.x - centre.x);
  const occupied = [...taken];
  const placed: Point[] = [];
  for (let ring = 0; placed.length < count && ring < 40; ring += 1) {
    const radius = firstRadius + ring * ringStep;
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / slotArc));
    const angles = Array.from({ length: slots }, (_, i) => away + (2 * Math.PI * i) / slots)
      .map((angle) => ({ angle, off: Math.abs(Math.atan2(Math.sin(angle - away), Math.cos(angle - away))) }))
      .sort((a, b) => a.off - b.off);
    for (const { angle } of angles) {
      if (placed.length === count) break;
      const spot = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
      if (!free(spot, occupied)) continue;
      placed.push(spot);
      occupied.push(spot);
    }
  }
  return placed;
}
