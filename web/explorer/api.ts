import { graphqlRequest } from '../shared/graphqlRequest.ts';
import type {
  ExplorerCompareQuery,
  ExplorerCompareQueryVariables,
  ExplorerDisagreementsQuery,
  ExplorerDisagreementsQueryVariables,
  ExplorerNeighborhoodQuery,
  ExplorerNeighborhoodQueryVariables,
  ExplorerNodeDetailsQuery,
  ExplorerNodeDetailsQueryVariables,
  ExplorerOrgChartQuery,
  ExplorerOrgChartQueryVariables,
  ExplorerPathQuery,
  ExplorerPathQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
  ExplorerStartQuery,
  ExplorerStartQueryVariables,
  NamedNodeFragment,
} from './__generated__/operations.ts';
import namedNode from './namedNode.graphql?raw';
import operations from './operations.graphql?raw';

/**
 * The explorer's whole contract with the API: the operations in operations.graphql, and the
 * NamedNode fragment asked for several nodes at once. Every call takes the AbortSignal of its
 * request slot.
 */

export type StartData = ExplorerStartQuery;
export type DrawnGraph = ExplorerNeighborhoodQuery['neighborhood'];
export type DrawnNode = DrawnGraph['nodes'][number];
export type DrawnEdge = DrawnGraph['edges'][number];
export type NodeDetails = NonNullable<ExplorerNodeDetailsQuery['node']>;
export type SearchHit = ExplorerSearchQuery['search'][number];
export type SourceInfo = ExplorerStartQuery['sources'][number];
export type FoundPath = ExplorerPathQuery['path'];
export type Comparison = ExplorerCompareQuery['compare'];
export type Disagreement = ExplorerDisagreementsQuery['disagreements'][number];
export type NamedNode = NamedNodeFragment;
export type OrgChart = ExplorerOrgChartQuery['reportingLines'][number];

/** How many tiers the overview shows: a dozen at reading size, whatever the size of the graph. */
export const overviewSize = 12;

export function fetchStart(signal: AbortSignal): Promise<StartData> {
  return graphqlRequest<ExplorerStartQuery, ExplorerStartQueryVariables>(
    operations,
    'ExplorerStart',
    { overview: overviewSize },
    signal,
  );
}

export async function fetchNeighborhood(
  id: string,
  limit: number,
  source: string | null,
  labels: readonly string[] | null,
  signal: AbortSignal,
): Promise<DrawnGraph> {
  const data = await graphqlRequest<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>(
    operations,
    'ExplorerNeighborhood',
    { id, limit, source, labels: labels === null ? null : [...labels] },
    signal,
  );
  return data.neighborhood;
}

/** Shortest paths; under a source only through its claims, and through the labels shown. */
export async function fetchPath(
  ends: { from: string; to: string },
  source: string | null,
  claimsOnly: boolean,
  signal: AbortSignal,
): Promise<FoundPath> {
  const data = await graphqlRequest<ExplorerPathQuery, ExplorerPathQueryVariables>(
    operations,
    'ExplorerPath',
    { ...ends, source, claimsOnly },
    signal,
  );
  return data.path;
}

export async function fetchCompare(
  tiers: readonly string[],
  source: string | null,
  signal: AbortSignal,
): Promise<Comparison> {
  const data = await graphqlRequest<ExplorerCompareQuery, ExplorerCompareQueryVariables>(
    operations,
    'ExplorerCompare',
    { tiers: [...tiers], source },
    signal,
  );
  return data.compare;
}

export async function fetchDisagreements(signal: AbortSignal): Promise<Disagreement[]> {
  const data = await graphqlRequest<ExplorerDisagreementsQuery, ExplorerDisagreementsQueryVariables>(
    operations,
    'ExplorerDisagreements',
    {},
    signal,
  );
  return data.disagreements;
}

/** The org charts of one article (or of every article): one tree per article and top role. */
export async function fetchOrgCharts(source: string | null, signal: AbortSignal): Promise<OrgChart[]> {
  const data = await graphqlRequest<ExplorerOrgChartQuery, ExplorerOrgChartQueryVariables>(
    operations,
    'ExplorerOrgChart',
    { source },
    signal,
  );
  return data.reportingLines;
}

export async function fetchSearch(text: string, signal: AbortSignal): Promise<SearchHit[]> {
  const data = await graphqlRequest<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
    operations,
    'ExplorerSearch',
    { text },
    signal,
  );
  return data.search;
}

/** A level's placements the panel lists: the API's first page, by tier name then source. */
export const levelPlacementsShown = 50;

export async function fetchNodeDetails(
  id: string,
  source: string | null,
  signal: AbortSignal,
): Promise<NodeDetails | null> {
  const data = await graphqlRequest<ExplorerNodeDetailsQuery, ExplorerNodeDetailsQueryVariables>(
    operations,
    'ExplorerNodeDetails',
    { id, source, placements: levelPlacementsShown },
    signal,
  );
  return data.node ?? null;
}

/** Fewer aliases per request than the server's default limit (MAX_ALIASES, 15). */
export const namesPerRequest = 12;

/** `query ExplorerNames($id0: ID!, ...) { n0: node(id: $id0) { ...NamedNode } ... }` for `count` ids. */
export function namesDocument(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const variables = indexes.map((index) => `$id${index}: ID!`).join(', ');
  const fields = indexes.map((index) => `  n${index}: node(id: $id${index}) { ...NamedNode }`).join('\n');
  return `query ExplorerNames(${variables}) {\n${fields}\n}\n${namedNode}`;
}

/**
 * Names of nodes known only by id, the ids asked together as aliases of `node` (one request for
 * up to `namesPerRequest` of them); ids no longer in the graph are left out.
 */
export async function fetchNames(ids: readonly string[], signal: AbortSignal): Promise<NamedNode[]> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += namesPerRequest)
    chunks.push(ids.slice(start, start + namesPerRequest));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      graphqlRequest<Record<string, NamedNode | null>, Record<string, string>>(
        namesDocument(chunk.length),
        'ExplorerNames',
        Object.fromEntries(chunk.map((id, index) => [`id${index}`, id])),
        signal,
      ),
    ),
  );
  return answers.flatMap((answer, index) =>
    (chunks[index] ?? []).flatMap((_, position) => answer[`n${position}`] ?? []),
  );
}
