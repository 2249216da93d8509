// Moving through the graph with the arrow keys: from the selected node to the drawn neighbour that
// lies most nearly in the arrow's direction on screen.

export type Direction = 'right' | 'down' | 'left' | 'up';

const directionAngles: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

export interface Neighbour {
  id: string;
  /** Angle from the selected node, in screen coordinates (y down). */
  angle: number;
  distance: number;
}

/**
 * The neighbour within 90° of the direction with the smallest turn (the nearer one when two turn
 * alike); null when no neighbour lies that way.
 */
export function neighbourInDirection(neighbours: readonly Neighbour[], direction: Direction): string | null {
  const target = directionAngles[direction];
  const turn = (angle: number) => Math.abs(Math.atan2(Math.sin(angle - target), Math.cos(angle - target)));
  const ahead = neighbours
    .filter((neighbour) => turn(neighbour.angle) < Math.PI / 2)
    .sort((a, b) => turn(a.angle) - turn(b.angle) || a.distance - b.distance);
  return ahead[0]?.id ?? null;
}
