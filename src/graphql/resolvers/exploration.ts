import { edgeStyles } from '../../data/edgeStyles.ts';
import { maxNeighborhoodDepth, maxPathDepth, neighborhood, shortestPaths } from '../../data/graph.ts';
import { searchGraph, searchTerms } from '../../data/search.ts';
import { badUserInput, notFound } from '../errors.ts';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { currentSelection, selections } from '../../planner/selection.ts';
import { selectedProperties } from '../selectedProperties.ts';
import { boundedInt, labelsArgument, nodeIdArgument, textArgument } from './arguments.ts';

export const explorationQueries: Pick<QueryResolvers, 'search' | 'neighborhood' | 'path' | 'edgeStyles'> = {
  edgeStyles: () => [...edgeStyles],
  search: async (_root, { text, first }, context, info) => {
    const query = textArgument(text, 'text');
    const terms = query === null ? [] : searchTerms(query);
    if (terms.length === 0) throw badUserInput('text must contain at least one word to search for', 'text');
    // Planned: read of each hit what the operation shows, and make snippets only when asked.
    const reading = context.planOperations
      ? {
          selection: selectedProperties(info),
          snippet: selections(currentSelection(info), 'SearchHit', 'snippet').length > 0,
        }
      : { selection: null, snippet: true };
    return searchGraph(context.cypher, terms, boundedInt(first, 10, 1, 50, 'first'), reading);
  },
  neighborhood: async (_root, { id, depth, limit, source, labels }, { cypher }) => {
    const start = nodeIdArgument(id, 'id');
    const graph = await neighborhood(
      cypher,
      start,
      boundedInt(depth, 1, 1, maxNeighborhoodDepth, 'depth'),
      boundedInt(limit, 50, 1, 200, 'limit'),
      textArgument(source, 'source'),
      labelsArgument(labels),
    );
    if (!graph) throw notFound(`no node has the id ${id}`);
    return graph;
  },
  path: async (_root, { from, to, maxDepth, source, claimsOnly }, { cypher }) => {
    const graph = await shortestPaths(
      cypher,
      nodeIdArgument(from, 'from'),
      nodeIdArgument(to, 'to'),
      boundedInt(maxDepth, 4, 1, maxPathDepth, 'maxDepth'),
      textArgument(source, 'source'),
      claimsOnly ?? false,
    );
    if (!graph) throw notFound('no node has one of the ids given as from and to');
    return graph;
  },
};
