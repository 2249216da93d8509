/** What a side of a disagreement needs for grouping: its claim and its source. */
export interface ClaimingSide {
  claim: string;
  source: { slug: string };
}

/** One position taken in a disagreement: a claim in words and every side that makes it. */
export interface Position<S extends ClaimingSide> {
  claim: string;
  sides: S[];
}

/**
 * The sides of a disagreement grouped by what they claim, so a subject argued by hundreds of
 * sources reads as a few positions: the picked source's position first, then the positions most
 * sources take (ties in the order the API gave the sides).
 */
export function positionsOf<S extends ClaimingSide>(
  sides: readonly S[],
  picked: string | null = null,
): Position<S>[] {
  const byClaim = new Map<string, S[]>();
  for (const side of sides) {
    const same = byClaim.get(side.claim);
    if (same) same.push(side);
    else byClaim.set(side.claim, [side]);
  }
  const takenBy = (position: Position<S>) => position.sides.some((side) => side.source.slug === picked);
  return [...byClaim.entries()]
    .map(([claim, claiming]) => ({ claim, sides: claiming }))
    .sort((a, b) => Number(takenBy(b)) - Number(takenBy(a)) || b.sides.length - a.sides.length);
}

/** How many distinct sources take part in a disagreement. */
export function sourcesOf(sides: readonly ClaimingSide[]): number {
  return new Set(sides.map((side) => side.source.slug)).size;
}
