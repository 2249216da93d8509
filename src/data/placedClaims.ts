import { checkedName, nodeLabels, relationshipTypes } from './model.ts';

/**
 * The claims a level is characterised by: those a source makes about a tier it places at the
 * level. Every reading of a level's claims (its consensus, the coverage matrix, the level view
 * of disagreements) matches them the same way, so the pattern is written once here. A hub tier
 * holds every source's claims: each placement's are looked up in the claims' source index rather
 * than by expanding all of them once per placement.
 */

/**
 * Cypher matching each claim of `type` from a tier placed at a level to a node of `label`, made by
 * the source that places the tier: binds `l` (the level), `p` (the placement), `t` (the tier),
 * `h` (the claim) and `n` (the node claimed). `level` is the pattern of the level node
 * (`(l:Level {id: $level})`), `where` a condition on `p` (or '').
 */
export function placedClaims(level: string, type: string, label: string, where = ''): string {
  const claim = checkedName(type, relationshipTypes);
  return `
  MATCH ${level}<-[p:AT_LEVEL]-(t:Tier)${where ? ` WHERE ${where}` : ''}
  WITH l, p, t, p.source AS s
  MATCH (t)-[h:${claim}]->(n:${checkedName(label, nodeLabels)}) USING INDEX h:${claim}(source)
  WHERE h.source = s`;
}

/**
 * `placedClaims` of characteristics, each with the canonical dimension its dimension is grouped
 * under (a group of its own when none): binds `d` (the dimension) and `canonical` too.
 */
export function placedCharacteristics(level: string, where = ''): string {
  return `${placedClaims(level, 'HAS_CHARACTERISTIC', 'Characteristic', where)}
  MATCH (d:Dimension {id: 'Dimension:' + n.dimension})
  OPTIONAL MATCH (g:CanonicalDimension {id: 'CanonicalDimension:' + coalesce(d.canonical, d.slug)})
  WITH l, p, t, h, n, d,
       coalesce(g {.id, .slug, .name}, {id: 'CanonicalDimension:' + d.slug, slug: d.slug, name: d.name}) AS canonical`;
}
