import { scoredClaimPairs, type ClaimPair, type ClaimText } from './claimSimilarity.ts';

/**
 * Groups claims that mean the same (complete linkage): pairs are taken best first, and two
 * groups join only when every claim of one scores at least `threshold` with every claim of the
 * other, so a chain of look-alikes ("budgets" ~ "budgets and staff" ~ "staff rota") does not
 * collapse into one group. Pure, so it is tested without a database.
 */
export function groupByPairs(
  ids: readonly string[],
  pairs: readonly ClaimPair[],
  threshold: number,
): string[][] {
  const kept = pairs
    .filter((p) => p.score >= threshold)
    .sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const score = new Map(
    kept.map((p) => [p.from < p.to ? `${p.from}|${p.to}` : `${p.to}|${p.from}`, p.score]),
  );
  const alike = (a: string, b: string) =>
    a === b || (score.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0) >= threshold;
  const groupOf = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  for (const pair of kept) {
    const a = groupOf.get(pair.from);
    const b = groupOf.get(pair.to);
    if (!a || !b || a === b) continue;
    if (!a.every((x) => b.every((y) => alike(x, y)))) continue;
    a.push(...b);
    for (const id of b) groupOf.set(id, a);
  }
  return [...new Set(groupOf.values())];
}

/** Groups texts by the pairs the claim similarity scores among them. */
export function groupSameClaims(texts: readonly ClaimText[], threshold: number): string[][] {
  return groupByPairs(
    texts.map((t) => t.id),
    scoredClaimPairs(texts, threshold),
    threshold,
  );
}
