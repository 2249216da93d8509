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
  ExplorerPathQuery,
  ExplorerPathQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
  ExplorerStartQuery,
  ExplorerStartQueryVariables,
} from './__generated__/operations.ts';
import operations from './operations.graphql?raw';

/** The explorer's whole contract with the API: the operations in operations.graphql. */

export type DrawnGraph = ExplorerNeighborhoodQuery['neighborhood'];
export type DrawnNode = DrawnGraph['nodes'][number];
export type DrawnEdge = DrawnGraph['edges'][number];
export type NodeDetails = NonNullable<ExplorerNodeDetailsQuery['node']>;
export type SearchHit = ExplorerSearchQuery['search'][number];
export type SourceInfo = ExplorerStartQuery['sources'][number];
export type FoundPath = ExplorerPathQuery['path'];
export type Comparison = ExplorerCompareQuery['compare'];
export type Disagreement = ExplorerDisagreementsQuery['disagreements'][number];

export function fetchStart(): Promise<ExplorerStartQuery> {
  return graphqlRequest<ExplorerStartQuery, ExplorerStartQueryVariables>(operations, 'ExplorerStart', {});
}

export async function fetchNeighborhood(
  id: string,
  limit: number,
  source: string | null,
  labels: readonly string[] | null = null,
): Promise<DrawnGraph> {
  const data = await graphqlRequest<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>(
    operations,
    'ExplorerNeighborhood',
    {
      id,
      limit,
      source,
      labels: labels === null ? null : [...labels],
    },
  );
  return data.neighborhood;
}

/** Shortest paths; under a source only through its claims, and through the labels shown. */
export async function fetchPath(
  from: string,
  to: string,
  source: string | null,
  claimsOnly: boolean,
): Promise<FoundPath> {
  const data = await graphqlRequest<ExplorerPathQuery, ExplorerPathQueryVariables>(
    operations,
    'ExplorerPath',
    { from, to, source, claimsOnly },
  );
  return data.path;
}

export async function fetchCompare(tiers: readonly string[], source: string | null): Promise<Comparison> {
  const data = await graphqlRequest<ExplorerCompareQuery, ExplorerCompareQueryVariables>(
    operations,
    'ExplorerCompare',
    { tiers: [...tiers], source },
  );
  return data.compare;
}

export async function fetchDisagreements(): Promise<Disagreement[]> {
  const data = await graphqlRequest<ExplorerDisagreementsQuery, ExplorerDisagreementsQueryVariables>(
    operations,
    'ExplorerDisagreements',
    {},
  );
  return data.disagreements;
}

export async function fetchSearch(text: string): Promise<SearchHit[]> {
  const data = await graphqlRequest<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
    operations,
    'ExplorerSearch',
    { text },
  );
  return data.search;
}

export async function fetchNodeDetails(id: string, source: string | null): Promise<NodeDetails | null> {
  const data = await graphqlRequest<ExplorerNodeDetailsQuery, ExplorerNodeDetailsQueryVariables>(
    operations,
    'ExplorerNodeDetails',
    {
      id,
      source,
    },
  );
  return data.node ?? null;
}
