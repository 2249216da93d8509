/** Named sizes of the synthetic graph, in nodes (approximate: whole articles are generated). */
export const namedScales = { S: 10_000, M: 100_000, L: 1_000_000 } as const;
export type ScaleName = keyof typeof namedScales;

/** Nodes one synthetic article adds on average (text, plus the entities it introduces). */
export const nodesPerArticle = 100;

export interface Scale {
  /** S, M, L, or the node count asked for. */
  name: string;
  targetNodes: number;
  articles: number;
}

function isScaleName(value: string): value is ScaleName {
  return Object.hasOwn(namedScales, value);
}

/** `S`, `M`, `L` or a node count such as `250000` or `250k`. */
export function parseScale(value: string): Scale {
  const upper = value.trim().toUpperCase();
  let targetNodes: number;
  if (isScaleName(upper)) targetNodes = namedScales[upper];
  else {
    const match = /^(\d+)(K|M)?$/.exec(upper);
    if (!match?.[1])
      throw new Error(`scale must be S, M, L or a node count (such as 250000 or 250k), not "${value}"`);
    targetNodes = Number(match[1]) * (match[2] === 'K' ? 1_000 : match[2] === 'M' ? 1_000_000 : 1);
  }
  if (targetNodes < 1_000 || targetNodes > 20_000_000)
    throw new Error('scale must be between 1000 and 20 million nodes');
  return {
    name: isScaleName(upper) ? upper : String(targetNodes),
    targetNodes,
    articles: Math.max(3, Math.round(targetNodes / nodesPerArticle)),
  };
}
