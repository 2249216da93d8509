import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../web/explorer/keyboard.ts';
import { clearance, placeAround } from '../../web/explorer/placement.ts';

describe('placing new neighbours', () => {
  it('puts every new node clear of the drawn ones and of each other, facing away from the drawing', () => {
    const parent = { x: 500, y: 0 };
    const taken = [parent, { x: 0, y: 0 }, { x: 650, y: 0 }];
    const placed = placeAround(parent, 25, taken, { x: 250, y: 0 });
    expect(placed).toHaveLength(25);
    const all = [...taken, ...placed];
    for (const [i, a] of all.entries())
      for (const b of all.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(clearance - 1e-9);
    // The first spot lies on the far side of the parent from the drawing's centre.
    expect(placed[0]?.x).toBeGreaterThan(parent.x);
  });
});

describe('moving with the arrow keys', () => {
  const neighbours = [
    { id: 'right', angle: 0.1, distance: 100 },
    { id: 'far-right', angle: 0, distance: 300 },
    { id: 'below', angle: Math.PI / 2, distance: 50 },
    { id: 'left', angle: Math.PI - 0.2, distance: 80 },
  ];

  it('goes to the neighbour most nearly in the arrow’s direction', () => {
    expect(neighbourInDirection(neighbours, 'right')).toBe('far-right');
    expect(neighbourInDirection(neighbours, 'down')).toBe('below');
    expect(neighbourInDirection(neighbours, 'left')).toBe('left');
  });

  it('goes nowhere when no neighbour lies that way', () => {
    expect(neighbourInDirection(neighbours, 'up')).toBeNull();
    expect(neighbourInDirection([], 'right')).toBeNull();
  });
});
