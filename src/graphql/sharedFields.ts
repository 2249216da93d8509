import { coverage, perSourceStats } from '../data/analytics.ts';
import { findDisagreements } from '../data/disagreements.ts';
import { facetKeys, facets, type FacetKeyName } from '../data/facets.ts';
import { positionGap } from '../data/gap.ts';
import type { CypherExecutor } from '../db/cypher.ts';
import { argumentsKey, type SharedAnswers, type VersionedAnswer } from '../data/versionedAnswers.ts';
import { entityFilter } from './resolvers/arguments.ts';
import { gapPositions, overlapTiers } from './resolvers/gapArguments.ts';
import { softTierOverlap } from '../data/softOverlap.ts';

/**
 * The fields whose answers are the same for every request with the same arguments, computed once
 * per graph version (src/data/versionedAnswers.ts), by schema coordinate: where each answer is
 * kept, its key, and how it is computed from the field's arguments as GraphQL coerced them. The
 * resolvers compute through here, and so does the server before costing an operation, so an
 * answer is computed once whoever asks first. `inMemory`: everything an item shows is in the
 * answer, so handing it back reads nothing more.
 */
export interface SharedField {
  inMemory: boolean;
  has(answers: SharedAnswers, args: Readonly<Record<string, unknown>>): boolean;
  /**
   * The answer, computed if nobody has yet; undefined when the arguments are not valid (the
   * resolver says why), or when no more answers are kept on this version.
   */
  get(
    answers: SharedAnswers,
    cypher: CypherExecutor,
    args: Readonly<Record<string, unknown>>,
    similarityThreshold: number,
  ): Promise<unknown> | undefined;
}

function field<T>(
  pick: (answers: SharedAnswers) => VersionedAnswer<T>,
  key: (args: Readonly<Record<string, unknown>>) => string,
  compute: (
    cypher: CypherExecutor,
    args: Readonly<Record<string, unknown>>,
    similarityThreshold: number,
  ) => (() => Promise<T>) | undefined,
  inMemory: boolean,
): SharedField {
  return {
    inMemory,
    has: (answers, args) => pick(answers).has(key(args)),
    get: (answers, cypher, args, similarityThreshold) => {
      const answer = pick(answers);
      const run = answer.keeps(key(args)) ? compute(cypher, args, similarityThreshold) : undefined;
      return run ? answer.get(key(args), run) : undefined;
    },
  };
}

const isFacetKey = (value: unknown): value is FacetKeyName => facetKeys.some((key) => key === value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The facets a request asks, when its arguments are valid and its filter names at most a source. */
function facetsOf(args: Readonly<Record<string, unknown>>) {
  const by = Array.isArray(args['by']) ? args['by'].filter(isFacetKey) : [];
  const filter = args['filter'];
  const source =
    filter === null || filter === undefined
      ? null
      : typeof filter === 'object' && Object.keys(filter).every((k) => k === 'source')
        ? text(Reflect.get(filter, 'source'))
        : undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : 100;
  const valid =
    by.length >= 1 && by.length <= 4 && new Set(by).size === by.length && first >= 1 && first <= 500;
  return valid && source !== undefined ? { by, filter: entityFilter({ source }), first } : undefined;
}

const whole = () => '';

export const sharedFields: Readonly<Record<string, SharedField>> = {
  // Every disagreement; `about` and the page are applied per request, and the sides' evidence read.
  'Query.disagreements': field(
    (answers) => answers.disagreements,
    whole,
    (cypher) => () => findDisagreements(cypher, null),
    false,
  ),
  'Stats.perSource': field(
    (answers) => answers.perSource,
    whole,
    (cypher) => () => perSourceStats(cypher),
    true,
  ),
  'Stats.coverage': field(
    (answers) => answers.coverage,
    whole,
    (cypher) => () => coverage(cypher),
    true,
  ),
  'Query.facets': field(
    (answers) => answers.facets,
    argumentsKey,
    (cypher, args) => {
      const asked = facetsOf(args);
      return asked ? () => facets(cypher, asked.by, asked.filter, asked.first) : undefined;
    },
    true,
  ),
  // With its soft side whatever the selection asks: the answer serves every selection. Each
  // claim's evidence is read per request.
  'Stats.overlap': field(
    (answers) => answers.overlap,
    argumentsKey,
    (cypher, args, similarityThreshold) => {
      const asked = overlapTiers(args, similarityThreshold);
      return asked ? () => softTierOverlap(cypher, asked.tiers, asked.source, asked.minScore) : undefined;
    },
    false,
  ),
  // Each claim's evidence is read per request.
  'Query.gap': field(
    (answers) => answers.gap,
    argumentsKey,
    (cypher, args, similarityThreshold) => {
      const asked = gapPositions(args, similarityThreshold);
      return asked
        ? () => positionGap(cypher, asked.from, asked.to, asked.source, asked.minScore)
        : undefined;
    },
    false,
  ),
};
