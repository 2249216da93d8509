import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import type { Config } from '../config.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { errorCodes } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import type { GraphSize, GraphSnapshot } from './graphSize.ts';
import { sha256 } from './operationManifest.ts';
import type { SharedAnswers } from '../data/versionedAnswers.ts';
import { warmSharedAnswers, type Warmup } from './sharedWarmup.ts';
import { estimateCost, maxExpandedFields, needsGraphCounts, sharedState } from './operationCost.ts';

/** Most bytes the cost cache holds: its keys are hashes, so about 2,000 entries. */
export const costCacheMaxBytes = 256 * 1024;

export interface CostLimitPlugin extends ApolloServerPlugin {
  /** Bytes the cost cache holds now (its bound is `costCacheMaxBytes`). */
  cachedBytes(): number;
}

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, {
    extensions: { code: errorCodes.tooComplex, ...extensions, http: { status: 400 } },
  });

async function snapshotOf(graphSize: GraphSize): Promise<GraphSnapshot> {
  try {
    return await graphSize.current();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The database is unavailable right now; retry shortly.', {
      extensions: { code: errorCodes.unavailable, http: { status: 503 } },
    });
  }
}

/**
 * Refuses, before execution, operations whose estimated cost exceeds `maxCost`, and operations
 * whose cost cannot be computed: an operation runs only once it is known to be within the limit.
 * (A little over 60 lines: the plugin's hooks share its cache and counts.)
 */
// eslint-disable-next-line max-lines-per-function -- the plugin's hooks share its cache and counts
export function costLimitPlugin({
  maxCost,
  graphSize,
  log,
  answers = null,
  warmup = null,
}: {
  maxCost: number;
  graphSize: GraphSize;
  log: Logger;
  /** Answers computed once per graph version: those already there cost what they hand back. */
  answers?: SharedAnswers | null;
  /** How shared answers are computed before costing (see sharedWarmup.ts). */
  warmup?: Warmup | null;
}): CostLimitPlugin {
  // Dashboards send the same operations with the same variables all day: each distinct
  // (graph counts, document, operation, variables) is costed once. Keys are hashes, so no
  // request's variables are kept, however large.
  const costs = new LRUCache<string, number>({
    max: 2_000,
    maxSize: costCacheMaxBytes,
    sizeCalculation: (_cost, key) => key.length + 8,
  });
  return {
    cachedBytes: () => costs.calculatedSize,
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ request, document, schema, queryHash, operation }) => {
          // No operation by that name: execution refuses the request, and nothing runs.
          if (!operation) return;
          const snapshot = needsGraphCounts(document) ? await snapshotOf(graphSize) : null;
          const variables = request.variables ?? {};
          if (snapshot && answers && warmup)
            await warmSharedAnswers(schema, document, operation, variables, answers, warmup);
          const key = sha256(
            JSON.stringify([
              snapshot?.version ?? null,
              snapshot ? sharedState(answers) : null,
              queryHash,
              request.operationName ?? null,
              variables,
            ]),
          );
          let cost = costs.get(key);
          if (cost === undefined) {
            const estimate = estimateCost({
              schema,
              document,
              operation,
              variables,
              counts: snapshot?.counts ?? null,
              answers,
            });
            // Execution refuses such variables next, with a BAD_USER_INPUT saying which; nothing runs.
            if (estimate.kind === 'invalid-variables') return;
            if (estimate.kind === 'uncostable') {
              log.warn(
                {
                  operationName: request.operationName,
                  reason: estimate.error instanceof Error ? estimate.error.message : String(estimate.error),
                },
                'refused an operation whose cost could not be computed',
              );
              throw refusal(
                `The cost of this operation could not be computed, so it does not run: an operation may expand to at most ${maxExpandedFields} fields, each fragment counted at every place it is spread, and cost at most ${maxCost} (MAX_COST).`,
                { maxCost, maxFields: maxExpandedFields },
              );
            }
            cost = estimate.cost;
            costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw refusal(
              `Query cost ${cost} exceeds the limit of ${maxCost} (MAX_COST): ask for fewer items (first, limit, depth), fewer nested lists or fewer whole-graph statistics.`,
              { cost, maxCost },
            );
          }
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
    maxDepthRule({
      n: config.limits.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      ...report,
    }),
    maxAliasesRule({ n: config.limits.maxAliases, ...report }),
    maxDirectivesRule({ n: config.limits.maxDirectives, ...report }),
  ];
}
