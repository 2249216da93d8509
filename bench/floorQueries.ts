import { claimTypes, nodeLabels, semanticLabels, type NodeLabel } from '../src/data/model.ts';

/**
 * The floor: for each benchmark operation, the one hand-written Cypher query that returns its
 * data. The @neo4j/graphql contender reuses the drawing and search queries in its @cypher fields.
 */

const checkedLabel = (label: NodeLabel): string => {
  if (!nodeLabels.includes(label)) throw new Error(`not a graph label: ${label}`);
  return label;
};

// The source's tiers in name order, each with the roles that source places in it.
export const tierOverviewCypher = `
  MATCH (t:Tier) WHERE $source IN t.sources
  WITH t ORDER BY t.name, t.slug
  RETURN t.slug AS slug, t.name AS name, COLLECT {
    MATCH (t)<-[m:MEMBER_OF {source: $source}]-(r:Role)
    WITH m, r ORDER BY r.name, r.slug
    RETURN {slug: r.slug, name: r.name, source: m.source,
            evidence: COLLECT { MATCH (s:Statement) WHERE s.id IN m.evidence RETURN s {.id, .text} }}
  } AS roles`;

// A role's tiers according to one source, each tier's responsibilities by that source, with evidence.
export const roleDetailCypher = `
  MATCH (r:Role {slug: $role})
  RETURN r.slug AS slug, r.name AS name, COLLECT {
    MATCH (r)-[m:MEMBER_OF {source: $source}]->(t:Tier)
    WITH m, t ORDER BY t.name, t.slug
    RETURN {tier: t.slug, name: t.name, source: m.source, evidence: m.evidence, responsibilities: COLLECT {
      MATCH (t)-[h:HAS_RESPONSIBILITY {source: $source}]->(x:Responsibility)
      WITH h, x ORDER BY x.name, x.slug
      RETURN {slug: x.slug, name: x.name, source: h.source,
              evidence: COLLECT { MATCH (s:Statement) WHERE s.id IN h.evidence RETURN s {.id, .text, .source} }}
    }}
  } AS tiers`;

// Every characteristic one source gives the tiers, with its dimension and evidence.
export const compareCypher = `
  MATCH (t:Tier) WHERE t.slug IN $tiers
  MATCH (t)-[:HAS_CHARACTERISTIC {source: $source}]->(c:Characteristic)-[:ON_DIMENSION]->(d:Dimension)
  RETURN t.slug AS tier, d.slug AS dimension, d.name AS dimensionName, c.slug AS slug, c.summary AS summary, c.source AS source,
         COLLECT { MATCH (c)-[e:EVIDENCED_BY]->(s:Statement) WHERE e.source = c.source RETURN s.id } AS evidence
  ORDER BY d.name, t.slug`;

export const searchCypher = `
  CALL db.index.fulltext.queryNodes('knowledge_text', $query, {limit: $first}) YIELD node, score
  WITH node, score ORDER BY score DESC, node.id
  RETURN {id: node.id, score: score} AS hit`;

/**
 * Breadth-first drawing, depth 2, at most $limit nodes besides the start, each ring in id order:
 * the same rules as the API's neighbourhood, in one statement.
 */
export function neighborhoodCypher(label: NodeLabel): string {
  return `
  MATCH (start:${checkedLabel(label)} {id: $dbId})
  WITH start, COLLECT { MATCH (start)--(b) WHERE b <> start WITH DISTINCT b ORDER BY b.id LIMIT $limit + 1 RETURN b } AS ring1
  WITH start, ring1[..$limit] AS r1, size(ring1) > $limit AS t1
  WITH start, r1, t1, $limit - size(r1) AS room,
       CASE WHEN t1 THEN [] ELSE COLLECT {
         UNWIND r1 AS a MATCH (a)--(b) WHERE b <> start AND NOT b IN r1
         WITH DISTINCT b ORDER BY b.id LIMIT $limit + 1 RETURN b
       } END AS ring2
  WITH start, r1, ring2[..room] AS r2, t1 OR size(ring2) > room AS truncated
  WITH [start] + r1 + r2 AS drawn, truncated,
       [{n: start, d: 0}] + [n IN r1 | {n: n, d: 1}] + [n IN r2 | {n: n, d: 2}] AS placed
  RETURN {truncated: truncated,
          nodes: [p IN placed | {id: p.n.id, name: p.n.name, distance: p.d}],
          edges: COLLECT {
            UNWIND drawn AS a MATCH (a)-[r]->(b) WHERE b IN drawn
            WITH a, r, b ORDER BY a.id, type(r), b.id, r.source
            RETURN {type: type(r), from: a.id, to: b.id, source: r.source}
          }} AS drawing`;
}

/** Up to 10 shortest paths (in node-id order), merged into one drawing. */
export function shortestPathsCypher(from: NodeLabel, to: NodeLabel): string {
  return `
  MATCH (a:${checkedLabel(from)} {id: $from}), (b:${checkedLabel(to)} {id: $to})
  MATCH p = allShortestPaths((a)-[*..4]-(b))
  WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 10
  WITH collect(p) AS paths
  RETURN {truncated: false,
          nodes: COLLECT { UNWIND paths AS p UNWIND range(0, length(p)) AS i WITH DISTINCT nodes(p)[i] AS n, i RETURN {id: n.id, name: n.name, distance: i} },
          edges: COLLECT { UNWIND paths AS p UNWIND relationships(p) AS r WITH DISTINCT r
                           RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, source: r.source} }} AS drawing`;
}

// A tier's claims of one relationship type by one source, each with its evidence statements: one
// article's claims are few, so they are found through the relationship's source index.
const tierClaims = (tier: string, type: string, label: string) => `COLLECT {
      MATCH (${tier})-[h:${type}]->(x:${label}) USING INDEX h:${type}(source) WHERE h.source = $source
      RETURN {item: x.id, tier: ${tier}.slug, evidence: COLLECT { MATCH (s:Statement) WHERE s.id IN h.evidence RETURN s {.id, .text} }}
    }`;

// Similar pairs (from $minScore) between two lists of claims' items.
const similarPairs = (label: string, a: string, b: string) => `COLLECT {
      UNWIND ${a} AS c
      MATCH (x:${label} {id: c.item})-[p:SIMILAR_TO]-(y:${label})
      WHERE y.id IN [d IN ${b} | d.item] AND p.score >= $minScore
      RETURN {a: x.id, b: y.id, score: p.score}
    }`;

/**
 * What a role's tiers hold and a tier holds, by one source: both sides' responsibilities and skills
 * with evidence, and the similar pairs between them. Matching the sides is left to the reader.
 */
export const gapCypher = `
  MATCH (r:Role {id: $from})-[:MEMBER_OF {source: $source}]->(ft:Tier)
  WITH collect(DISTINCT ft) AS fromTiers
  MATCH (g:Tier {id: $to})
  UNWIND fromTiers AS f
  WITH fromTiers, g, collect(${tierClaims('f', 'HAS_RESPONSIBILITY', 'Responsibility')}) AS fr,
       collect(${tierClaims('f', 'REQUIRES_SKILL', 'Skill')}) AS fs
  WITH fromTiers, g, reduce(all = [], c IN fr | all + c) AS fromResponsibilities, reduce(all = [], c IN fs | all + c) AS fromSkills,
       ${tierClaims('g', 'HAS_RESPONSIBILITY', 'Responsibility')} AS toResponsibilities,
       ${tierClaims('g', 'REQUIRES_SKILL', 'Skill')} AS toSkills
  RETURN {fromTiers: [t IN fromTiers | t.slug], toTiers: [g.slug],
          fromResponsibilities: fromResponsibilities, toResponsibilities: toResponsibilities,
          fromSkills: fromSkills, toSkills: toSkills,
          similarResponsibilities: ${similarPairs('Responsibility', 'fromResponsibilities', 'toResponsibilities')},
          similarSkills: ${similarPairs('Skill', 'fromSkills', 'toSkills')}} AS gap`;

/** Entities per (label, tier) of the claims about them, largest first: a dashboard's grouped counts. */
export const facetsCypher = `
  MATCH (n:${semanticLabels.join('|')})-[:${claimTypes.join('|')}]-(o)
  WITH n, CASE WHEN n:Tier THEN n WHEN o:Tier THEN o END AS t
  WHERE t IS NOT NULL
  WITH [head([l IN labels(n) WHERE l IN $labels]), t.slug] AS key, count(DISTINCT n) AS count
  ORDER BY count DESC, key LIMIT $first
  RETURN {key: key, count: count} AS row`;
