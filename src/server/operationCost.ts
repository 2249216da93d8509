import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  coverageReads,
  labelCountsReads,
  mostConnectedReads,
  overlapReads,
  perSourceReads,
  typeCountsReads,
} from '../data/analytics.ts';
import { levelCoverageReads } from '../data/consensus.ts';
import { levelPlacementsReads } from '../data/levelPlacements.ts';
import { disagreementsReads } from '../data/disagreements.ts';
import { facetsReads } from '../data/facets.ts';
import { gapReads } from '../data/gap.ts';
import { softOverlapReads } from '../data/softOverlap.ts';
import type { GraphCounts, Reads } from '../data/graphCounts.ts';
import { nodeCountsReads } from '../data/system.ts';
import type { SharedAnswers } from '../data/versionedAnswers.ts';
import { sharedFields } from '../graphql/sharedFields.ts';
import { dataSizedCoordinates, dataSizedListSize } from './fanOut.ts';

/**
 * Database hits one unit of cost stands for: the dashboard examples that list and nest
 * (RolesByTier, RoleDetail, Disagreements) make Neo4j do 8.8 to 10.4 hits per unit of their
 * estimate at size S, so a whole-graph read is costed at the same rate.
 */
export const dbHitsPerCostUnit = 10;

/**
 * Most fields an operation may expand to, each fragment counted at every place it is spread.
 * Costing walks that expansion, so it is bounded too; the longest operation the token limit
 * allows without fragments has about 1,500 fields.
 */
export const maxExpandedFields = 10_000;

/** How many items a list field without a size argument is assumed to return. */
const assumedListSize = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

const numberArg = (args: Record<string, unknown>, name: string, fallback: number): number => {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : fallback;
};

const textArg = (args: Record<string, unknown>, name: string): string | null => {
  const value = args[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/** Whether a field's selection may select `name`: directly, in an inline fragment, or (errs towards yes) in a named one. */
function maySelect(node: FieldNode | undefined, names: readonly string[]): boolean {
  let found = false;
  if (node?.selectionSet)
    visit(node.selectionSet, {
      Field(field) {
        if (names.includes(field.name.value)) found = true;
      },
      FragmentSpread() {
        found = true;
      },
    });
  return found;
}

/** The soft fields of a tier overlap: selecting any makes the overlap read similar claims too. */
const softOverlapFields = [
  'softResponsibilitiesJaccard',
  'softSharedResponsibilities',
  'softSkillsJaccard',
  'softSharedSkills',
  'similarityThreshold',
];

/**
 * Fields that read the whole graph, or a share of it that grows with it, by schema coordinate:
 * what each makes Neo4j read, estimated from the graph's counts by the data layer beside its
 * query. `node` is the field as the operation selects it, when what it reads depends on that.
 */
const wholeGraphFields: Readonly<
  Record<string, (args: Record<string, unknown>, counts: GraphCounts, node?: FieldNode) => Reads>
> = {
  'Stats.nodes': () => labelCountsReads(),
  'Stats.relationships': () => typeCountsReads(),
  'Stats.perSource': (_args, counts) => perSourceReads(counts),
  // With a soft field, one statement reads the overlap and the similar claims (softOverlap.ts).
  'Stats.overlap': (_args, counts, node) =>
    maySelect(node, softOverlapFields) ? softOverlapReads(counts) : overlapReads(counts),
  'Stats.mostConnected': (args, counts) => mostConnectedReads(counts, numberArg(args, 'first', 10)),
  'Stats.coverage': (_args, counts) => coverageReads(counts),
  'Health.nodeCounts': (_args, counts) => nodeCountsReads(counts),
  // Blank `about` keeps everything, as the resolver reads it.
  'Query.disagreements': (args, counts) =>
    disagreementsReads(counts, textArg(args, 'about'), numberArg(args, 'first', 50)),
  'Query.facets': (args, counts) => {
    const filter = args['filter'];
    const byTierAttribute =
      typeof filter === 'object' &&
      filter !== null &&
      ['orientation', 'timeHorizon'].some((key) => Reflect.get(filter, key) != null);
    return facetsReads(
      counts,
      byTierAttribute || (Array.isArray(args['by']) && args['by'].includes('ATTRIBUTE')),
      numberArg(args, 'first', 100),
    );
  },
  'Query.levelCoverage': (_args, counts) => levelCoverageReads(counts),
  // A level's page of placements: every placement there sorted, the page handed back.
  'Level.tiers': (args, counts) => levelPlacementsReads(counts, numberArg(args, 'first', 50)),
  // Blank `source` means every source, as the resolver reads it.
  'Query.gap': (args, counts) => gapReads(counts, textArg(args, 'source') !== null),
};

/** A fingerprint of which shared answers are computed, for keys of costs computed with them. */
export const sharedState = (answers: SharedAnswers | null): string =>
  answers
    ? Object.values(answers)
        .map((answer: SharedAnswers[keyof SharedAnswers]) => answer.fingerprint())
        .join('|')
    : '';

/**
 * Lists whose length an argument of a field above them bounds, by that field's coordinate and the
 * argument's name (the schema's descriptions say so): a comparison has one tier, and each row one
 * cell, per tier slug asked; one row per dimension when dimensions are named; and in each cell
 * one characteristic per source, so one when a source is named. An argument names as many items
 * as its list holds (one for a single value); absent or null, it bounds nothing.
 */
const listsBoundByArgument: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'Query.compare': {
    tiers: ['Comparison.tiers', 'ComparisonRow.cells'],
    dimensions: ['Comparison.rows'],
    source: ['ComparisonCell.characteristics'],
  },
};

const boundFieldNames = new Set(
  Object.keys(listsBoundByArgument).map((coordinate) => coordinate.slice(coordinate.indexOf('.') + 1)),
);
const boundableLists = new Set(
  Object.values(listsBoundByArgument).flatMap((byArgument) => Object.values(byArgument).flat()),
);

/** Whether a document may select a field whose arguments bound lists below it (by name). */
function mentionsBoundField(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (boundFieldNames.has(node.name.value)) found = true;
    },
  });
  return found;
}

/** The bounds in force below a field: those above it, and those its own arguments set. */
function boundsBelow(
  coordinate: string,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  bounds: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  const byArgument = listsBoundByArgument[coordinate];
  if (!byArgument) return bounds;
  const args = getArgumentValues(field, node, variables);
  const bounded = new Map(bounds);
  for (const [argument, lists] of Object.entries(byArgument)) {
    const value = args[argument];
    if (value === undefined || value === null) continue;
    for (const list of lists) bounded.set(list, Array.isArray(value) ? value.length : 1);
  }
  return bounded;
}

/**
 * How many items each list field of the operation can hold where an argument above it bounds
 * that, by field node; a node a fragment shares between places takes the largest. Each fragment
 * is walked once per set of bounds in force, so fragments spread many times cost no more.
 */
export function boundListSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Map<FieldNode, number> {
  const sizes = new Map<FieldNode, number>();
  if (!mentionsBoundField(document)) return sizes;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walked = new Set<string>();
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    bounds: ReadonlyMap<string, number>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const coordinate = `${parent.name}.${field.name}`;
        if (boundableLists.has(coordinate)) {
          const size = bounds.get(coordinate) ?? assumedListSize;
          sizes.set(selection, Math.max(sizes.get(selection) ?? 0, size));
        }
        const inner = boundsBelow(coordinate, field, selection, variables, bounds);
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type), inner);
        continue;
      }
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName === undefined ? parent : schema.getType(typeName);
      if (!type) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = JSON.stringify([selection.name.value, type.name, [...bounds].sort()]);
        if (walked.has(key)) continue;
        walked.add(key);
      }
      walk(fragment.selectionSet, type, bounds);
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, new Map());
  return sizes;
}

/** The whole-graph fields' coordinates (`Type.field`), for measuring their estimates. */
export const wholeGraphCoordinates: readonly string[] = Object.keys(wholeGraphFields);

/**
 * What a whole-graph field is estimated to read with these arguments on a graph of these counts,
 * selected as `node` selects it.
 */
export function wholeGraphReads(
  coordinate: string,
  args: Record<string, unknown>,
  counts: GraphCounts,
  node?: FieldNode,
): Reads | undefined {
  return wholeGraphFields[coordinate]?.(args, counts, node);
}

const fieldName = (coordinate: string) => coordinate.slice(coordinate.indexOf('.') + 1);
const wholeGraphFieldNames = new Set(wholeGraphCoordinates.map(fieldName));
const dataSizedFieldNames = new Set(dataSizedCoordinates.map(fieldName));

/**
 * Whether a document may select a whole-graph field or a list whose length depends on the data
 * (by name, so it errs towards yes): then its cost needs the graph's counts.
 */
export function needsGraphCounts(document: DocumentNode): boolean {
  const known = graphCountsNeeded.get(document);
  if (known !== undefined) return known;
  const found = asksGraphCounts(document);
  graphCountsNeeded.set(document, found);
  return found;
}

/** By document: Apollo keeps one parsed document per query text, so each is walked once. */
const graphCountsNeeded = new WeakMap<DocumentNode, boolean>();

function asksGraphCounts(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (wholeGraphFieldNames.has(node.name.value) || dataSizedFieldNames.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * The cost of a field approximates what it can make the database read: list fields multiply their
 * children by the page size asked for (`first`, `limit`) or an assumed size; the graph
 * traversals grow with their fan-out and depth; whole-graph fields cost what they read, at
 * `dbHitsPerCostUnit`, plus their items' children.
 */
export function costEstimator(
  counts: GraphCounts | null,
  listSizes: ReadonlyMap<FieldNode, number> = new Map(),
  answers: SharedAnswers | null = null,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    // Introspection reads the in-memory schema, not the database; its depth is bounded separately.
    if (field.name.startsWith('__')) return 0;
    const coordinate = `${type.name}.${field.name}`;
    const wholeGraph = wholeGraphFields[coordinate];
    if (wholeGraph) {
      if (!counts) throw new Error(`${coordinate} reads the whole graph, and its counts were not given`);
      const { dbHits, rows } = wholeGraph(args, counts, node);
      const shared = sharedFields[coordinate];
      if (answers && shared?.has(answers, args))
        // Computed on this version already: it reads nothing, and its items too when they hold all they show.
        return shared.inMemory ? rows + childComplexity : rows * (1 + childComplexity);
      return Math.ceil(dbHits / dbHitsPerCostUnit) + rows * (1 + childComplexity);
    }
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
    if (getNamedType(field.type).name.endsWith('Connection')) {
      return numberArg(args, 'first', 20) * (1 + childComplexity);
    }
    const first: unknown = args['first'];
    if (!isList(field.type))
      return typeof first === 'number' ? numberArg(args, 'first', 20) * (1 + childComplexity) : undefined;
    // A page holds at most `first` items, and no more than the data has.
    const data = counts ? dataSizedListSize(coordinate, args, counts) : undefined;
    const size =
      listSizes.get(node) ??
      (typeof first === 'number' ? Math.min(numberArg(args, 'first', 20), data ?? Infinity) : data) ??
      assumedListSize;
    return size * (1 + childComplexity);
  };
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  /** The graph's counts; needed when the operation selects a whole-graph field. */
  counts: GraphCounts | null;
  /** The server's answers computed once per graph version: those already there cost what they hand back. */
  answers?: SharedAnswers | null;
}

export type CostEstimate =
  /** The estimated cost. */
  | { kind: 'costed'; cost: number }
  /** Variables that do not fit their types: execution refuses them with BAD_USER_INPUT, so nothing runs. */
  | { kind: 'invalid-variables' }
  /** The cost could not be computed (too many fields once fragments are expanded, or any failure): the operation must not run. */
  | { kind: 'uncostable'; error: unknown };

/**
 * Estimates an operation's cost. Each fragment counts at every place it is spread, as if written
 * out there; an operation that cannot be costed is reported so, never costed as zero.
 */
export function estimateCost({
  schema,
  document,
  operation,
  variables,
  counts,
  answers = null,
}: CostInput): CostEstimate {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return { kind: 'invalid-variables' };
  try {
    const listSizes = boundListSizes(schema, document, operation, coerced.coerced);
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      ...(operation.name ? { operationName: operation.name.value } : {}),
      estimators: [costEstimator(counts, listSizes, answers), simpleEstimator({ defaultComplexity: 1 })],
      maxQueryNodes: maxExpandedFields,
    });
    return Number.isFinite(cost) && cost >= 0
      ? { kind: 'costed', cost }
      : { kind: 'uncostable', error: new Error(`cost computed as ${cost}`) };
  } catch (error) {
    return { kind: 'uncostable', error };
  }
}
