import { graphqlRequest } from '../shared/graphqlRequest.ts';
import type {
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

export function fetchStart(): Promise<ExplorerStartQuery> {
  return graphqlRequest<ExplorerStartQuery, ExplorerStartQueryVariables>(operations, 'ExplorerStart', {});
}

export async function fetchNeighborhood(
  id: string,
  limit: number,
  source: string | null,
): Promise<DrawnGraph> {
  const data = await graphqlRequest<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>(
    operations,
    'ExplorerNeighborhood',
    {
      id,
      limit,
      source,
    },
  );
  return data.neighborhood;
}

export async function fetchPath(from: string, to: string): Promise<ExplorerPathQuery['path']> {
  const data = await graphqlRequest<ExplorerPathQuery, ExplorerPathQueryVariables>(
    operations,
    'ExplorerPath',
    { from, to },
  );
  return data.path;
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
