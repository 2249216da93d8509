import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, getNamedType, isListType, isNonNullType, type GraphQLOutputType, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import type { Config } from '../config.ts';
import { errorCodes } from '../graphql/errors.ts';


/** How many items a list field without a size argument is assumed to return. */
const assumedListSize = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

const numberArg = (args: Record<string, unknown>, name: string, fallback: number): number => {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : fallback;
};

/**
 * The cost of a field approximates what it can make the database read: list fields multiply their
 * children by the page size asked for (`first`, `limit`) or an assumed size; the graph
 * traversals grow with their fan-out and depth.
 */
export const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // Introspection reads the in-memory schema, not the database; its depth is bounded separately.
  if (field.name.startsWith('__')) return 0;
  switch (field.name) {
    case 'neighborhood':
      // Each ring reads the relationships of up to `limit` nodes (assume ten each).
      return numberArg(args, 'limit', 50) * numberArg(args, 'depth', 1) * 10 + childComplexity;
    case 'path':
      return 10 * 2 ** numberArg(args, 'maxDepth', 4) + childComplexity;
    case 'search':
      return numberArg(args, 'first', 10) * (1 + childComplexity);
    default:
      break;
  }
  if ('first' in args || getNamedType(field.type).name.endsWith('Connection')) {
    return numberArg(args, 'first', 20) * (1 + childComplexity);
  }
  if (isList(field.type)) return assumedListSize * (1 + childComplexity);
  return undefined;
};

/** Refuses, before execution, operations whose estimated cost exceeds `maxCost`. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  // Dashboards send the same operations with the same variables all day: each distinct
  // (document, operation, variables) is costed once.
  const costs = new LRUCache<string, number>({ max: 2_000 });
  const costOf = ({ request, document, schema, queryHash }: Pick<GraphQLRequestContextDidResolveOperation<BaseContext>, 'request' | 'document' | 'schema' | 'queryHash'>) => {
    const key = `${queryHash}|${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        variables: request.variables ?? {},
        ...(request.operationName ? { operationName: request.operationName } : {}),
        estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
      costs.set(key, cost);
    }
    return cost;
  };
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (requestContext) => {
          let cost: number;
          try {
            cost = costOf(requestContext);
          } catch {
            // Variables that do not fit their types: execution refuses them next, with a
            // BAD_USER_INPUT saying which; nothing runs, so there is no cost to bound.
            return Promise.resolve();
          }
          if (cost > maxCost) {
            return Promise.reject(
              new GraphQLError(
                `Query cost ${cost} exceeds the limit of ${maxCost} (MAX_COST): ask for fewer items (first, limit, depth) or fewer nested lists.`,
                { extensions: { code: errorCodes.tooComplex, cost, maxCost, http: { status: 400 } } },
              ),
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Validation rules that bound an operation's shape before it runs: depth (introspection
 * included, so a deep `__schema` query or a fragment named `__schema` cannot slip through),
 * aliases and directives. Tokens are bounded by the parser (`parseOptions.maxTokens`).
 */
export function shapeRules(config: Config): ValidationRule[] {
  // Report as validation errors (400, GRAPHQL_VALIDATION_FAILED) rather than throwing, which
  // Apollo would turn into a 500.
  const report: GraphQLArmorCallbackConfiguration = {
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: config.limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...report }),
    maxAliasesRule({ n: config.limits.maxAliases, ...report }),
    maxDirectivesRule({ n: config.limits.maxDirectives, ...report }),
  ];
}
