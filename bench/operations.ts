import type { CypherExecutor } from '../src/db/cypher.ts';
import { decodeId, encodeId } from '../src/data/ids.ts';
import { luceneQuery, searchTerms } from '../src/data/search.ts';
import { semanticLabels, type NodeLabel } from '../src/data/model.ts';
import {
  compareCypher,
  facetsCypher,
  gapCypher,
  neighborhoodCypher,
  roleDetailCypher,
  searchCypher,
  shortestPathsCypher,
  tierOverviewCypher,
} from './floorQueries.ts';
import { at, bool, field, list, num, optionalText, text, type Json } from './json.ts';

export type ContenderName = 'ours' | 'library' | 'floor';
export const contenderNames: readonly ContenderName[] = ['ours', 'library', 'floor'];

export interface GraphQLRequest {
  query: string;
  variables: Record<string, Json>;
}

export interface FloorRequest {
  /** Which hand-written query (floor server routes by it). */
  cypher: string;
  params: Record<string, Json>;
}

/**
 * One dashboard operation as each contender is asked it, and how each answer is reduced to one
 * comparable shape (the shapes differ where the APIs do: see `normalise`).
 */
export interface Operation {
  name: string;
  description: string;
  /** Nested traversal (the throughput target against @neo4j/graphql applies). */
  nested: boolean;
  /** Point traversal (the growth target applies: cost should follow the result, not the graph). */
  point: boolean;
  ours: GraphQLRequest;
  library: GraphQLRequest;
  floor: FloorRequest;
  normalise: Record<ContenderName, (data: unknown) => Json>;
}

/** The graph nodes each operation starts from, chosen from the loaded graph the same way at every size. */
export interface Targets {
  source: string;
  compareTiers: string[];
  role: string;
  roleSource: string;
  hubTier: string;
  quietSection: string;
  pathTo: string;
  /** A tier the role's source speaks of, preferably not one it places the role in. */
  gapTier: string;
  searchText: string;
}

async function one<T extends Record<string, unknown>>(
  cypher: CypherExecutor,
  name: string,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const [row] = await cypher.read<T>(name, query, params);
  if (!row) throw new Error(`the graph has nothing for ${name}`);
  return row;
}

export async function chooseTargets(cypher: CypherExecutor): Promise<Targets> {
  // The middle article: present at every size, neither first nor last.
  const { source } = await one<{ source: string }>(
    cypher,
    'targets.source',
    'MATCH (s:Source) WITH s.slug AS slug ORDER BY slug WITH collect(slug) AS slugs RETURN slugs[size(slugs) / 2] AS source',
  );
  const { tiers } = await one<{ tiers: string[] }>(
    cypher,
    'targets.tiers',
    'MATCH (t:Tier)-[:HAS_CHARACTERISTIC {source: $source}]->() WITH DISTINCT t.slug AS slug ORDER BY slug RETURN collect(slug) AS tiers',
    { source },
  );
  // A long-tail role: in exactly two memberships (the first such by slug).
  const { role, roleSource } = await one<{ role: string; roleSource: string }>(
    cypher,
    'targets.role',
    `MATCH (r:Role) WHERE COUNT { (r)-[:MEMBER_OF]->() } = 2
     WITH r ORDER BY r.slug LIMIT 1
     MATCH (r)-[m:MEMBER_OF]->() WITH r, m ORDER BY m.source LIMIT 1
     RETURN r.slug AS role, m.source AS roleSource`,
  );
  const { hubTier } = await one<{ hubTier: string }>(
    cypher,
    'targets.hub',
    'MATCH (t:Tier) RETURN t.id AS hubTier ORDER BY COUNT { (t)--() } DESC, t.id LIMIT 1',
  );
  // A section two hops from nothing but its own article: a non-hub neighbourhood.
  const { quietSection } = await one<{ quietSection: string }>(
    cypher,
    'targets.section',
    "MATCH (:Source {slug: $source})-[:HAS_SECTION]->(x:Section {name: 'Notes'}) RETURN x.id AS quietSection",
    { source },
  );
  const { pathTo } = await one<{ pathTo: string }>(
    cypher,
    'targets.path',
    `MATCH (:Role {slug: $role})-[m:MEMBER_OF {source: $roleSource}]->(:Tier)-[:HAS_RESPONSIBILITY {source: $roleSource}]->(x:Responsibility)
     RETURN x.id AS pathTo ORDER BY x.id LIMIT 1`,
    { role, roleSource },
  );
  const { gapTier } = await one<{ gapTier: string }>(
    cypher,
    'targets.gapTier',
    `MATCH (t:Tier)-[:HAS_RESPONSIBILITY {source: $roleSource}]->()
     WITH DISTINCT t
     RETURN t.slug AS gapTier
     ORDER BY EXISTS { MATCH (:Role {slug: $role})-[:MEMBER_OF {source: $roleSource}]->(t) }, t.slug LIMIT 1`,
    { role, roleSource },
  );
  return {
    source,
    compareTiers: tiers,
    role,
    roleSource,
    hubTier,
    quietSection,
    pathTo,
    gapTier,
    searchText: 'budget',
  };
}

const dbId = (id: unknown): string => {
  const decoded = decodeId(text(id));
  if (!decoded) throw new Error(`not an id of ours: ${String(id)}`);
  return decoded.dbId;
};
const sorted = (ids: string[]): string[] => [...ids].sort();
const labelOf = (id: string): NodeLabel => {
  const decoded = decodeId(encodeId(id));
  if (!decoded) throw new Error(`not a node key: ${id}`);
  return decoded.label;
};

interface DrawingShape {
  truncated: boolean;
  nodes: { id: string; name: string; distance: number }[];
  edges: { type: string; from: string; to: string; source: string | null }[];
}
/** A drawing as a set: nodes by distance then id, edges by their ends, type and source. */
function drawing(value: DrawingShape): Json {
  const nodes = [...value.nodes].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  const edges = [...value.edges].sort((a, b) =>
    `${a.from}|${a.type}|${a.to}|${a.source ?? ''}`.localeCompare(
      `${b.from}|${b.type}|${b.to}|${b.source ?? ''}`,
    ),
  );
  return { truncated: value.truncated, nodes, edges };
}
// Drawings as our API returns them (opaque ids) and as Cypher returns them (node keys).
function ourDrawing(value: unknown): Json {
  return drawing({
    truncated: bool(field(value, 'truncated')),
    nodes: list(field(value, 'nodes')).map((n) => ({
      id: dbId(field(n, 'id')),
      name: text(field(n, 'name')),
      distance: num(field(n, 'distance')),
    })),
    edges: list(field(value, 'edges')).map((e) => ({
      type: text(field(e, 'type')),
      from: dbId(field(e, 'from')),
      to: dbId(field(e, 'to')),
      source: optionalText(field(e, 'source')),
    })),
  });
}
function cypherDrawing(value: unknown): Json {
  return drawing({
    truncated: bool(field(value, 'truncated')),
    nodes: list(field(value, 'nodes')).map((n) => ({
      id: text(field(n, 'id')),
      name: text(field(n, 'name')),
      distance: num(field(n, 'distance')),
    })),
    edges: list(field(value, 'edges')).map((e) => ({
      type: text(field(e, 'type')),
      from: text(field(e, 'from')),
      to: text(field(e, 'to')),
      source: optionalText(field(e, 'source')),
    })),
  });
}

const drawingFields = 'truncated nodes { id name distance } edges { type from to source }';

/** The benchmark's operations with the same variables for every contender. */
export function operations(targets: Targets, limit = 50): Operation[] {
  const { source, compareTiers, role, roleSource, hubTier, quietSection, pathTo, gapTier, searchText } =
    targets;
  const lucene = luceneQuery(searchTerms(searchText));
  const roleId = `Role:${role}`;

  const neighborhood = (name: string, description: string, start: string, point: boolean): Operation => ({
    name,
    description,
    nested: false,
    point,
    ours: {
      query: `query ($id: ID!, $limit: Int!) { neighborhood(id: $id, depth: 2, limit: $limit) { ${drawingFields} } }`,
      variables: { id: encodeId(start), limit },
    },
    library: {
      query: `query ($dbId: String!, $limit: Int!) { neighborhood${labelOf(start)}(dbId: $dbId, limit: $limit) { ${drawingFields} } }`,
      variables: { dbId: start, limit },
    },
    floor: { cypher: `neighborhood${labelOf(start)}`, params: { dbId: start, limit } },
    normalise: {
      ours: (data) => ourDrawing(field(data, 'neighborhood')),
      library: (data) => cypherDrawing(field(data, `neighborhood${labelOf(start)}`)),
      floor: (data) => cypherDrawing(data),
    },
  });

  return [
    {
      name: 'tierOverview',
      description:
        "one source's tiers with their roles, each membership with its source and evidence (depth 3)",
      nested: true,
      point: false,
      ours: {
        query: `query ($source: String!) { tiers(filter: { source: $source }) { slug name
          roles(source: $source) { role { slug name } source { slug } evidence { id text } } } }`,
        variables: { source },
      },
      library: {
        query: `query ($source: String!) { tiers(where: { sources: { includes: $source } }, sort: [{ name: ASC }, { slug: ASC }]) { slug name
          membersConnection(where: { edge: { source: { eq: $source } } }, sort: [{ node: { name: ASC } }, { node: { slug: ASC } }]) {
            edges { properties { source evidence } node { slug name } } } } }`,
        variables: { source },
      },
      floor: { cypher: 'tierOverview', params: { source } },
      normalise: {
        ours: (data) =>
          list(field(data, 'tiers')).map((t) => ({
            slug: text(field(t, 'slug')),
            name: text(field(t, 'name')),
            roles: list(field(t, 'roles')).map((m) => ({
              slug: text(at(m, 'role.slug')),
              name: text(at(m, 'role.name')),
              source: text(at(m, 'source.slug')),
              evidence: sorted(list(field(m, 'evidence')).map((s) => dbId(field(s, 'id')))),
            })),
          })),
        library: (data) =>
          list(field(data, 'tiers')).map((t) => ({
            slug: text(field(t, 'slug')),
            name: text(field(t, 'name')),
            roles: list(at(t, 'membersConnection.edges')).map((e) => ({
              slug: text(at(e, 'node.slug')),
              name: text(at(e, 'node.name')),
              source: text(at(e, 'properties.source')),
              evidence: sorted(list(at(e, 'properties.evidence')).map(text)),
            })),
          })),
        floor: (data) =>
          list(data).map((t) => ({
            slug: text(field(t, 'slug')),
            name: text(field(t, 'name')),
            roles: list(field(t, 'roles')).map((m) => ({
              slug: text(field(m, 'slug')),
              name: text(field(m, 'name')),
              source: text(field(m, 'source')),
              evidence: sorted(list(field(m, 'evidence')).map((s) => text(field(s, 'id')))),
            })),
          })),
      },
    },
    {
      name: 'roleDetail',
      description:
        "a long-tail role's tiers by one source -> each tier's responsibilities by that source -> evidence -> its source (depth 4)",
      nested: true,
      point: true,
      ours: {
        query: `query ($role: String!, $source: String!) { role(slug: $role) { slug name
          tiers(source: $source) { tier { slug name
            responsibilities(source: $source) { responsibility { slug name } source { slug } evidence { id text source { slug } } } }
          source { slug } evidence { id } } } }`,
        variables: { role, source: roleSource },
      },
      library: {
        query: `query ($role: String!, $source: String!) { roles(where: { slug: { eq: $role } }) { slug name
          tiersConnection(where: { edge: { source: { eq: $source } } }, sort: [{ node: { name: ASC } }, { node: { slug: ASC } }]) { edges {
            properties { source evidence }
            node { slug name responsibilitiesConnection(where: { edge: { source: { eq: $source } } }, sort: [{ node: { name: ASC } }, { node: { slug: ASC } }]) {
              edges { properties { source evidence } node { slug name } } } } } } } }`,
        variables: { role, source: roleSource },
      },
      floor: { cypher: 'roleDetail', params: { role, source: roleSource } },
      normalise: {
        ours: (data) => {
          const r = field(data, 'role');
          return {
            slug: text(field(r, 'slug')),
            name: text(field(r, 'name')),
            tiers: list(field(r, 'tiers')).map((m) => ({
              tier: text(at(m, 'tier.slug')),
              name: text(at(m, 'tier.name')),
              source: text(at(m, 'source.slug')),
              evidence: sorted(list(field(m, 'evidence')).map((s) => dbId(field(s, 'id')))),
              responsibilities: list(at(m, 'tier.responsibilities')).map((c) => ({
                slug: text(at(c, 'responsibility.slug')),
                name: text(at(c, 'responsibility.name')),
                source: text(at(c, 'source.slug')),
                evidence: sorted(list(field(c, 'evidence')).map((s) => dbId(field(s, 'id')))),
              })),
            })),
          };
        },
        library: (data) => {
          const [r] = list(field(data, 'roles'));
          return {
            slug: text(field(r, 'slug')),
            name: text(field(r, 'name')),
            tiers: list(at(r, 'tiersConnection.edges')).map((e) => ({
              tier: text(at(e, 'node.slug')),
              name: text(at(e, 'node.name')),
              source: text(at(e, 'properties.source')),
              evidence: sorted(list(at(e, 'properties.evidence')).map(text)),
              responsibilities: list(at(e, 'node.responsibilitiesConnection.edges')).map((c) => ({
                slug: text(at(c, 'node.slug')),
                name: text(at(c, 'node.name')),
                source: text(at(c, 'properties.source')),
                evidence: sorted(list(at(c, 'properties.evidence')).map(text)),
              })),
            })),
          };
        },
        floor: (data) => {
          const [r] = list(data);
          return {
            slug: text(field(r, 'slug')),
            name: text(field(r, 'name')),
            tiers: list(field(r, 'tiers')).map((m) => ({
              tier: text(field(m, 'tier')),
              name: text(field(m, 'name')),
              source: text(field(m, 'source')),
              evidence: sorted(list(field(m, 'evidence')).map(text)),
              responsibilities: list(field(m, 'responsibilities')).map((c) => ({
                slug: text(field(c, 'slug')),
                name: text(field(c, 'name')),
                source: text(field(c, 'source')),
                evidence: sorted(list(field(c, 'evidence')).map((s) => text(field(s, 'id')))),
              })),
            })),
          };
        },
      },
    },
    {
      name: 'compareTiers',
      description: 'two tiers side by side on every dimension one source compares them on, with evidence',
      nested: true,
      point: true,
      ours: {
        query: `query ($tiers: [String!]!, $source: String!) { compare(tiers: $tiers, source: $source) { tiers { slug }
          rows { dimension { slug name } cells { tier { slug } characteristics { slug summary source { slug } evidence { id } } } } } }`,
        variables: { tiers: compareTiers, source },
      },
      library: {
        query: `query ($tiers: [String!]!, $source: String!) { tiers(where: { slug: { in: $tiers } }, sort: [{ slug: ASC }]) { slug
          characteristicsConnection(where: { edge: { source: { eq: $source } } }) { edges { node { slug summary source
            onDimension { slug name } evidence(where: { source: { eq: $source } }) { id } } } } } }`,
        variables: { tiers: compareTiers, source },
      },
      floor: { cypher: 'compareTiers', params: { tiers: compareTiers, source } },
      normalise: {
        ours: (data) =>
          comparisonCells(
            list(at(data, 'compare.rows')).flatMap((row) =>
              list(field(row, 'cells')).flatMap((cell) =>
                list(field(cell, 'characteristics')).map((c) => ({
                  dimension: text(at(row, 'dimension.slug')),
                  dimensionName: text(at(row, 'dimension.name')),
                  tier: text(at(cell, 'tier.slug')),
                  slug: text(field(c, 'slug')),
                  summary: text(field(c, 'summary')),
                  source: text(at(c, 'source.slug')),
                  evidence: sorted(list(field(c, 'evidence')).map((s) => dbId(field(s, 'id')))),
                })),
              ),
            ),
          ),
        library: (data) =>
          comparisonCells(
            list(field(data, 'tiers')).flatMap((t) =>
              list(at(t, 'characteristicsConnection.edges')).flatMap((e) =>
                list(at(e, 'node.onDimension')).map((d) => ({
                  dimension: text(field(d, 'slug')),
                  dimensionName: text(field(d, 'name')),
                  tier: text(field(t, 'slug')),
                  slug: text(at(e, 'node.slug')),
                  summary: text(at(e, 'node.summary')),
                  source: text(at(e, 'node.source')),
                  evidence: sorted(list(at(e, 'node.evidence')).map((s) => text(field(s, 'id')))),
                })),
              ),
            ),
          ),
        floor: (data) =>
          comparisonCells(
            list(data).map((c) => ({
              dimension: text(field(c, 'dimension')),
              dimensionName: text(field(c, 'dimensionName')),
              tier: text(field(c, 'tier')),
              slug: text(field(c, 'slug')),
              summary: text(field(c, 'summary')),
              source: text(field(c, 'source')),
              evidence: sorted(list(field(c, 'evidence')).map(text)),
            })),
          ),
      },
    },
    {
      name: 'search',
      description: `full-text search for "${searchText}", first 10 hits (id and score)`,
      nested: false,
      point: false,
      ours: {
        query: 'query ($text: String!) { search(text: $text, first: 10) { score node { id } } }',
        variables: { text: searchText },
      },
      library: {
        query: 'query ($query: String!) { search(query: $query, first: 10) { id score } }',
        variables: { query: lucene },
      },
      floor: { cypher: 'search', params: { query: lucene, first: 10 } },
      normalise: {
        ours: (data) =>
          list(field(data, 'search')).map((h) => ({
            id: dbId(at(h, 'node.id')),
            score: num(field(h, 'score')),
          })),
        library: (data) =>
          list(field(data, 'search')).map((h) => ({
            id: text(field(h, 'id')),
            score: num(field(h, 'score')),
          })),
        floor: (data) => list(data).map((h) => ({ id: text(field(h, 'id')), score: num(field(h, 'score')) })),
      },
    },
    neighborhood(
      'neighborhoodHub',
      'drawing of the most connected tier, depth 2, at most 50 nodes',
      hubTier,
      false,
    ),
    neighborhood(
      'neighborhoodPoint',
      'drawing of a section of one article, depth 2, at most 50 nodes (a non-hub)',
      quietSection,
      true,
    ),
    {
      name: 'shortestPath',
      description:
        'all shortest paths (up to 10, at most 4 hops) from the long-tail role to a responsibility of its tier',
      nested: false,
      point: true,
      ours: {
        query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxDepth: 4) { ${drawingFields} } }`,
        variables: { from: encodeId(roleId), to: encodeId(pathTo) },
      },
      library: {
        query: `query ($from: String!, $to: String!) { shortestPaths(from: $from, to: $to) { ${drawingFields} } }`,
        variables: { from: roleId, to: pathTo },
      },
      floor: { cypher: 'shortestPath', params: { from: roleId, to: pathTo } },
      normalise: {
        ours: (data) => ourDrawing(field(data, 'path')),
        library: (data) => cypherDrawing(field(data, 'shortestPaths')),
        floor: (data) => cypherDrawing(data),
      },
    },
    {
      name: 'gap',
      description:
        "what a tier holds that the long-tail role's tiers do not and the reverse, by the role's source, similar claims shared",
      nested: true,
      point: true,
      ours: {
        query: `query ($from: TierOrRoleRef!, $to: TierOrRoleRef!, $source: String!, $minScore: Float!) {
          gap(from: $from, to: $to, source: $source, minScore: $minScore) { bySource { fromTiers { slug } toTiers { slug }
            responsibilities { ${claimGapFields} } skills { ${claimGapFields} } } } }`,
        variables: { from: { role }, to: { tier: gapTier }, source: roleSource, minScore: gapMinScore },
      },
      library: {
        query: `query ($from: String!, $to: String!, $source: String!, $minScore: Float!) {
          gapSides(from: $from, to: $to, source: $source, minScore: $minScore) { ${gapSidesFields} } }`,
        variables: { from: roleId, to: `Tier:${gapTier}`, source: roleSource, minScore: gapMinScore },
      },
      floor: {
        cypher: 'gap',
        params: { from: roleId, to: `Tier:${gapTier}`, source: roleSource, minScore: gapMinScore },
      },
      normalise: {
        ours: (data) => {
          const [bySource] = list(at(data, 'gap.bySource'));
          const tiers = (key: string) =>
            sorted(list(field(bySource, key)).map((t) => text(field(t, 'slug'))));
          return {
            fromTiers: tiers('fromTiers'),
            toTiers: tiers('toTiers'),
            responsibilities: ourClaimGap(field(bySource, 'responsibilities')),
            skills: ourClaimGap(field(bySource, 'skills')),
          };
        },
        library: (data) => cypherGap(field(data, 'gapSides')),
        floor: (data) => cypherGap(data),
      },
    },
    {
      name: 'facets',
      description:
        'entities counted per (label, tier) of the claims about them over the whole graph, first 100',
      nested: false,
      point: false,
      ours: {
        query: 'query { facets(by: [LABEL, TIER], first: 100) { values { value } count } }',
        variables: {},
      },
      library: {
        query: 'query ($labels: [String!]!) { facets(labels: $labels, first: 100) { key count } }',
        variables: { labels: [...semanticLabels] },
      },
      floor: { cypher: 'facets', params: { labels: [...semanticLabels], first: 100 } },
      normalise: {
        ours: (data) =>
          list(field(data, 'facets')).map((row) => ({
            key: list(field(row, 'values')).map((v) => text(field(v, 'value'))),
            count: num(field(row, 'count')),
          })),
        library: (data) => cypherFacets(field(data, 'facets')),
        floor: (data) => cypherFacets(data),
      },
    },
  ];
}

/** The gap's threshold in the benchmark: the server's default. */
const gapMinScore = 0.15;
const claimGapFields = `toOnly { item { id } tier { slug } evidence { id text } }
  fromOnly { item { id } tier { slug } evidence { id text } } shared { score from { item { id } } to { item { id } } }`;
const gapSidesFields = `fromTiers toTiers similarResponsibilities { a b score } similarSkills { a b score }
  ${['fromResponsibilities', 'toResponsibilities', 'fromSkills', 'toSkills'].map((side) => `${side} { item tier evidence { id text } }`).join(' ')}`;

// A claim on one side of a gap: its item, tier and evidence (ids, sorted).
type GapClaim = { item: string; tier: string; evidence: string[] };
type ClaimGapShape = {
  toOnly: GapClaim[];
  fromOnly: GapClaim[];
  shared: { from: string; to: string; score: number }[];
};
const byClaim = (a: GapClaim, b: GapClaim) => `${a.item}|${a.tier}`.localeCompare(`${b.item}|${b.tier}`);
function claimGap(value: ClaimGapShape): Json {
  return {
    toOnly: [...value.toOnly].sort(byClaim),
    fromOnly: [...value.fromOnly].sort(byClaim),
    shared: [...value.shared].sort((a, b) => `${a.from}|${a.to}`.localeCompare(`${b.from}|${b.to}`)),
  };
}
function ourClaimGap(value: unknown): Json {
  const claim = (c: unknown): GapClaim => ({
    item: dbId(at(c, 'item.id')),
    tier: text(at(c, 'tier.slug')),
    evidence: sorted(list(field(c, 'evidence')).map((s) => dbId(field(s, 'id')))),
  });
  return claimGap({
    toOnly: list(field(value, 'toOnly')).map(claim),
    fromOnly: list(field(value, 'fromOnly')).map(claim),
    shared: list(field(value, 'shared')).map((m) => ({
      from: dbId(at(m, 'from.item.id')),
      to: dbId(at(m, 'to.item.id')),
      score: num(field(m, 'score')),
    })),
  });
}

/**
 * The gap from the sides the hand-written Cypher returns: items matched one to one, the best
 * score first (the same item scores 1), then by ids; a matched item's claims leave both "only"
 * lists. Written apart from the API's matching so that the comparison checks it.
 */
function matchSides(
  from: GapClaim[],
  to: GapClaim[],
  pairs: { a: string; b: string; score: number }[],
): Json {
  const fromItems = new Set(from.map((c) => c.item));
  const toItems = new Set(to.map((c) => c.item));
  const candidates = [
    ...[...fromItems].filter((item) => toItems.has(item)).map((item) => ({ a: item, b: item, score: 1 })),
    ...pairs.flatMap((p) => [p, { a: p.b, b: p.a, score: p.score }]),
  ].filter((p) => fromItems.has(p.a) && toItems.has(p.b));
  candidates.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const shared = [];
  for (const { a, b, score } of candidates) {
    if (usedFrom.has(a) || usedTo.has(b)) continue;
    usedFrom.add(a);
    usedTo.add(b);
    shared.push({ from: a, to: b, score });
  }
  return claimGap({
    toOnly: to.filter((c) => !usedTo.has(c.item)),
    fromOnly: from.filter((c) => !usedFrom.has(c.item)),
    shared,
  });
}
function cypherGap(value: unknown): Json {
  const claims = (key: string): GapClaim[] =>
    list(field(value, key)).map((c) => ({
      item: text(field(c, 'item')),
      tier: text(field(c, 'tier')),
      evidence: sorted(list(field(c, 'evidence')).map((s) => text(field(s, 'id')))),
    }));
  const pairs = (key: string) =>
    list(field(value, key)).map((p) => ({
      a: text(field(p, 'a')),
      b: text(field(p, 'b')),
      score: num(field(p, 'score')),
    }));
  return {
    fromTiers: sorted(list(field(value, 'fromTiers')).map(text)),
    toTiers: sorted(list(field(value, 'toTiers')).map(text)),
    responsibilities: matchSides(
      claims('fromResponsibilities'),
      claims('toResponsibilities'),
      pairs('similarResponsibilities'),
    ),
    skills: matchSides(claims('fromSkills'), claims('toSkills'), pairs('similarSkills')),
  };
}

function cypherFacets(value: unknown): Json {
  return list(value).map((row) => ({
    key: list(field(row, 'key')).map(text),
    count: num(field(row, 'count')),
  }));
}

// A type alias, not an interface, so it is assignable to the JSON type.
type Cell = {
  dimension: string;
  dimensionName: string;
  tier: string;
  slug: string;
  summary: string;
  source: string;
  evidence: string[];
};
function comparisonCells(cells: Cell[]): Json {
  return [...cells].sort(
    (a, b) =>
      a.dimensionName.localeCompare(b.dimensionName) ||
      a.dimension.localeCompare(b.dimension) ||
      a.tier.localeCompare(b.tier) ||
      a.slug.localeCompare(b.slug),
  );
}

/**
 * The floor's Cypher by name, and where its answer is: the rows themselves, one column of the only
 * row, or one column of each row (the column an @cypher field of the library reads too).
 */
export type FloorAnswer = { rows: true } | { column: string; of: 'onlyRow' | 'eachRow' };
export const floorQueries: Record<string, { cypher: string; answer: FloorAnswer }> = {
  tierOverview: { cypher: tierOverviewCypher, answer: { rows: true } },
  roleDetail: { cypher: roleDetailCypher, answer: { rows: true } },
  compareTiers: { cypher: compareCypher, answer: { rows: true } },
  search: { cypher: searchCypher, answer: { column: 'hit', of: 'eachRow' } },
  neighborhoodTier: { cypher: neighborhoodCypher('Tier'), answer: { column: 'drawing', of: 'onlyRow' } },
  neighborhoodSection: {
    cypher: neighborhoodCypher('Section'),
    answer: { column: 'drawing', of: 'onlyRow' },
  },
  shortestPath: {
    cypher: shortestPathsCypher('Role', 'Responsibility'),
    answer: { column: 'drawing', of: 'onlyRow' },
  },
  gap: { cypher: gapCypher, answer: { column: 'gap', of: 'onlyRow' } },
  facets: { cypher: facetsCypher, answer: { column: 'row', of: 'eachRow' } },
};
