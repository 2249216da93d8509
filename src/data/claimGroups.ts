import { scoredClaimPairs, type ClaimText } from './claimSimilarity.ts';

/**
 * Groups claims that mean the same (complete linkage): pairs are taken best first, and two
 * groups join only when every claim of one scores at least `threshold` with every claim of the
 * other, so a chain of look-alikes ("budgets" ~ "budgets and staff" ~ "staff rota") does not
 * collapse into one group. Pure, so it is tested without a database.
 */
export async function groupSameClaims(texts: readonly ClaimText[], threshold: number): Promise<string[][]> {
  const pairs = (await scoredClaimPairs(texts, threshold)).sort(
    (a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  const score = new Map(pairs.map((p) => [`${p.from}|${p.to}`, p.score]));
  const alike = (a: string, b: string) =>
    a === b || (score.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0) >= threshold;
  const groupOf = new Map<string, string[]>(texts.map((t) => [t.id, [t.id]]));
  for (const pair of pairs) {
    const a = groupOf.get(pair.from);
    const b = groupOf.get(pair.to);
    if (!a || !b || a === b) continue;
    if (!a.every((x) => b.every((y) => alike(x, y)))) continue;
    a.push(...b);
    for (const id of b) groupOf.set(id, a);
  }
  return [...new Set(groupOf.values())];
}
