import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getOperationAST,
  Kind,
  parse,
  print,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/data/graphCounts.ts';
import { loadTypeDefs } from '../../src/graphql/typeDefs.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { estimateCost, maxExpandedFields, type CostEstimate } from '../../src/server/operationCost.ts';

const schema = buildSchema(loadTypeDefs());
const maxCost = 50_000;

/** The synthetic graph of size S (`npm run seed:synthetic -- --scale S`), as the count store reports it. */
const sizeS = graphCounts(
  {
    Source: 100,
    Section: 900,
    Statement: 6436,
    Tier: 13,
    Role: 72,
    Dimension: 8,
    Attribute: 4,
    Responsibility: 1489,
    Skill: 1235,
    Characteristic: 992,
    CollaborationBenefit: 251,
  },
  {
    HAS_SECTION: 900,
    HAS_STATEMENT: 6436,
    MENTIONS: 3414,
    MEMBER_OF: 926,
    HAS_ATTRIBUTE: 400,
    HAS_RESPONSIBILITY: 2020,
    REQUIRES_SKILL: 1607,
    HAS_CHARACTERISTIC: 992,
    ON_DIMENSION: 992,
    COMPARES_ON: 496,
    BETWEEN: 502,
    EVIDENCED_BY: 16662,
  },
);

function costOf(
  query: string,
  {
    variables = {},
    counts = sizeS,
  }: { variables?: Record<string, unknown>; counts?: typeof sizeS | null } = {},
): CostEstimate {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return estimateCost({ schema, document, operation, variables, counts });
}

const refused = (estimate: CostEstimate) =>
  estimate.kind === 'uncostable' || (estimate.kind === 'costed' && estimate.cost > maxCost);

const hoods = Array.from(
  { length: 15 },
  (_, i) => `n${i}: neighborhood(id: "Um9sZTpjZm8", depth: 3, limit: 200) { truncated }`,
).join(' ');
/** F0 is __typename; each next fragment spreads the one before twice: F13 expands to 2^13 fields. */
const doublingChain = (levels: number) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0 ? 'fragment F0 on Query { __typename }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
  ).join('\n');

describe('operation cost', () => {
  it('refuses an operation that is over the limit alone, however many fragments are added to it', () => {
    const alone = costOf(`{ ${hoods} }`);
    expect(alone.kind === 'costed' && alone.cost > maxCost).toBe(true);
    // Once the fragments made costing throw, and the operation then ran unchecked.
    expect(costOf(`{ ${hoods} ...F13 }\n${doublingChain(14)}`).kind).toBe('uncostable');
    // A chain that expands to fewer fields than the bound is costed, its spreads counted.
    expect(costOf(`{ ${hoods} ...F10 }\n${doublingChain(11)}`)).toEqual(alone);
  });

  it('counts a fragment at every place it is spread', () => {
    const once = costOf('{ roles(first: 50) { edges { node { name } } } }');
    const twice = costOf(
      '{ a: roles(first: 50) { ...R } b: roles(first: 50) { ...R } } fragment R on RoleConnection { edges { node { name } } }',
    );
    expect(once.kind === 'costed' && twice.kind === 'costed' && twice.cost === 2 * once.cost).toBe(true);
  });

  it('costs whole-graph statistics by what they read on a graph of this size', () => {
    const stats =
      'stats { mostConnected(first: 50) { degree } coverage { claims } overlap(tiers: ["senior-leadership", "senior-management"]) { rolesJaccard } }';
    const one = costOf(`{ ${stats} }`);
    expect(one.kind === 'costed' && one.cost > 1_000 && one.cost < maxCost).toBe(true);
    // Fifteen of them ran 6 s on this graph until Neo4j's timeout; they cost a few hundred before.
    expect(refused(costOf(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${stats}`).join(' ')} }`))).toBe(
      true,
    );
    // The same fields on an empty graph read next to nothing.
    const empty = costOf(`{ ${stats} }`, { counts: graphCounts({}, {}) });
    expect(one.kind === 'costed' && empty.kind === 'costed' && empty.cost < one.cost / 10).toBe(true);
  });

  it('costs gap, facets and the soft overlap by what they read, which their arguments and selection change', () => {
    const cost = (query: string) => {
      const estimate = costOf(query);
      if (estimate.kind !== 'costed') throw new Error(`${query} was not costed`);
      return estimate.cost;
    };
    const overlap = (fields: string) =>
      cost(`{ stats { overlap(tiers: ["senior-leadership", "senior-management"]) { ${fields} } } }`);
    // A soft field makes the overlap read the tiers' claims with their evidence, and similar pairs.
    expect(overlap('rolesJaccard softSkillsJaccard')).toBeGreaterThan(2 * overlap('rolesJaccard'));
    expect(overlap('rolesJaccard ...on TierOverlap { softSkillsJaccard }')).toBe(
      overlap('rolesJaccard softSkillsJaccard'),
    );
    // Facets read every entity and claim; the tiers' attributes add to that.
    const byLabel = cost('{ facets(by: [LABEL]) { count } }');
    expect(byLabel).toBeGreaterThan(5_000);
    expect(cost('{ facets(by: [ATTRIBUTE]) { count } }')).toBeGreaterThan(byLabel);
    expect(cost('{ facets(by: [LABEL], filter: { orientation: STRATEGIC }) { count } }')).toBeGreaterThan(
      byLabel,
    );
    // A gap reads the claims of every source, or of the one asked.
    const gap = (source: string) =>
      cost(`{ gap(from: { role: "cfo" }, to: { role: "ceo" }${source}) { minScore } }`);
    expect(gap('')).toBeGreaterThan(10 * gap(', source: "one"'));
    expect(gap(', source: " "')).toBe(gap(''));
  });

  it('refuses whole-graph fields when the graph counts are missing, and leaves bad variables to execution', () => {
    expect(costOf('{ stats { coverage { claims } } }', { counts: null }).kind).toBe('uncostable');
    expect(
      costOf('query ($first: Int) { roles(first: $first) { totalCount } }', { variables: { first: 'many' } })
        .kind,
    ).toBe('invalid-variables');
  });
});

describe('operation cost of a comparison', () => {
  const selection =
    'tiers { slug } rows { dimension { name } cells { tier { slug } characteristics { summary evidence { text section { name } } } } }';
  const costed = (query: string, variables: Record<string, unknown> = {}): number => {
    const estimate = costOf(query, { variables });
    if (estimate.kind !== 'costed') throw new Error(`not costed: ${estimate.kind}`);
    return estimate.cost;
  };
  // Each tier 2 (itself and its slug); each cell its tier and its characteristics, each with as
  // many sentences as an entity cites on average at size S (16,662 evidence links over 4,064
  // entities: 5), of 3 (text, section and its name); each row its dimension and a cell per tier.
  const characteristicsCost = (count: number) => count * (1 + 1 + 5 * (1 + 3));
  const comparisonCost = (tiers: number, rows: number, characteristics: number) =>
    1 + tiers * 2 + rows * (1 + 2 + tiers * (1 + 2 + characteristicsCost(characteristics)));

  it('counts one tier and one cell per tier asked, one row per dimension named, one characteristic per cell under a source', () => {
    expect(costed(`{ compare(tiers: ["a", "b"]) { ${selection} } }`)).toBe(comparisonCost(2, 10, 10));
    expect(costed(`{ compare(tiers: ["a", "b", "c"]) { ${selection} } }`)).toBe(comparisonCost(3, 10, 10));
    expect(costed(`{ compare(tiers: ["a", "b"], source: "s") { ${selection} } }`)).toBe(
      comparisonCost(2, 10, 1),
    );
    expect(
      costed(`query ($d: [String!]) { compare(tiers: ["a", "b"], dimensions: $d) { ${selection} } }`, {
        d: ['x', 'y', 'z'],
      }),
    ).toBe(comparisonCost(2, 3, 10));
    // A null argument bounds nothing.
    expect(
      costed(`query ($s: String) { compare(tiers: ["a", "b"], source: $s) { ${selection} } }`, { s: null }),
    ).toBe(comparisonCost(2, 10, 10));
  });

  it('costs a fragment two comparisons share at the larger of their sizes', () => {
    const shared = costed(
      `{ a: compare(tiers: ["a"]) { ...C } b: compare(tiers: ["a", "b", "c"]) { ...C } } fragment C on Comparison { ${selection} }`,
    );
    expect(shared).toBe(2 * comparisonCost(3, 10, 10));
  });

  it('lets the explorer compare two tiers with every sentence’s section, well within MAX_COST', () => {
    const operations = readFileSync(join(projectRoot, 'web', 'explorer', 'operations.graphql'), 'utf8');
    const document = parse(operations);
    const operation = getOperationAST(document, 'ExplorerCompare');
    if (!operation) throw new Error('no ExplorerCompare operation');
    expect(print(operation)).toContain('section');
    const estimate = estimateCost({
      schema,
      document,
      operation,
      variables: { tiers: ['senior-leadership', 'senior-management'], source: null },
      counts: null,
    });
    expect(estimate.kind === 'costed' && estimate.cost < maxCost / 2).toBe(true);
  });
});

// ---- fuzz: documents made of fragments that spread each other ----

/** A selection on Query: list fields of every kind, whole-graph statistics, and introspection. */
const queryFields = fc.constantFrom(
  '__typename',
  'tiers { slug }',
  'roles(first: 30) { edges { node { name tiers { tier { slug } } } } }',
  'neighborhood(id: "Um9sZTpjZm8", depth: 2, limit: 100) { truncated }',
  'search(text: "budget", first: 20) { score }',
  'stats { mostConnected(first: 20) { degree } }',
  'stats { coverage { claims } }',
  'disagreements { subject }',
  'health { status }',
);

interface Shape {
  /** Per fragment, in order: its own fields (by index in `queryFields`' picks) and how often it spreads each earlier fragment. */
  fragments: { fields: string[]; spreads: number[] }[];
  /** How often the operation spreads each fragment, and its own fields. */
  root: { fields: string[]; spreads: number[] };
}

const shapes: fc.Arbitrary<Shape> = fc.integer({ min: 1, max: 14 }).chain((count) =>
  fc.record({
    fragments: fc.tuple(
      ...Array.from({ length: count }, (_, i) =>
        fc.record({
          fields: fc.array(queryFields, { maxLength: 2 }),
          spreads: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: i, maxLength: i }),
        }),
      ),
    ),
    root: fc.record({
      fields: fc.array(queryFields, { maxLength: 3 }),
      spreads: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: count, maxLength: count }),
    }),
  }),
);

/** A document for a shape: fields aliased by where they are written, so repeated spreads merge. */
function documentOf(shape: Shape): string {
  const selection = (owner: string, { fields, spreads }: { fields: string[]; spreads: number[] }) => {
    const own = fields.map((field, i) => (field === '__typename' ? field : `${owner}_${i}: ${field}`));
    const spread = spreads.flatMap((times, j) => Array.from({ length: times }, () => `...F${j}`));
    const all = [...own, ...spread];
    return all.length > 0 ? all.join(' ') : '__typename';
  };
  const fragments = shape.fragments.map(
    (fragment, i) => `fragment F${i} on Query { ${selection(`f${i}`, fragment)} }`,
  );
  // Fragments no one spreads are invalid: the operation mentions each one at least in a skipped spread.
  const unused = shape.fragments.map((_, i) => `...F${i} @skip(if: true)`).join(' ');
  return `{ ${selection('root', shape.root)} ${unused} }\n${fragments.join('\n')}`;
}

/** The document with every fragment spread written out where it is spread; null past `budget` fields. */
function inlined(document: DocumentNode, budget: number): DocumentNode | null {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let fields = 0;
  const expand = (set: SelectionSetNode): SelectionSetNode | null => {
    const selections = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) throw new Error(`unknown fragment ${selection.name.value}`);
        const body = expand(fragment.selectionSet);
        if (!body) return null;
        selections.push({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives ?? [],
          selectionSet: body,
        } as const);
      } else if (selection.kind === Kind.FIELD) {
        fields += 1;
        if (fields > budget) return null;
        const body = selection.selectionSet ? expand(selection.selectionSet) : undefined;
        if (body === null) return null;
        selections.push(body ? { ...selection, selectionSet: body } : selection);
      } else {
        const body = expand(selection.selectionSet);
        if (!body) return null;
        selections.push({ ...selection, selectionSet: body });
      }
    }
    return { ...set, selections };
  };
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const body = expand(operation.selectionSet);
  return body ? { kind: Kind.DOCUMENT, definitions: [{ ...operation, selectionSet: body }] } : null;
}

describe('operation cost, fuzzed with fragment-spreading shapes', () => {
  it('either refuses an operation or costs it as if its fragments were written out, within the limit', () => {
    const seen = { accepted: 0, overLimit: 0, uncostable: 0 };
    fc.assert(
      fc.property(shapes, (shape) => {
        const text = documentOf(shape);
        const document = parse(text);
        expect(validate(schema, document)).toEqual([]);
        const operation = getOperationAST(document);
        if (!operation) throw new Error('no operation');
        const estimate = estimateCost({ schema, document, operation, variables: {}, counts: sizeS });
        seen[
          estimate.kind === 'costed' ? (estimate.cost > maxCost ? 'overLimit' : 'accepted') : 'uncostable'
        ] += 1;
        const written = inlined(document, 2 * maxExpandedFields);
        if (written === null) {
          // Too many fields to write out: it must not run.
          expect(refused(estimate)).toBe(true);
          return;
        }
        const writtenOperation = getOperationAST(written);
        if (!writtenOperation) throw new Error('no operation');
        const writtenCost = estimateCost({
          schema,
          document: written,
          operation: writtenOperation,
          variables: {},
          counts: sizeS,
        });
        if (estimate.kind === 'costed') {
          expect(writtenCost).toEqual(estimate);
          if (!refused(estimate))
            expect(writtenCost.kind === 'costed' && writtenCost.cost <= maxCost).toBe(true);
        } else {
          expect(estimate.kind, print(document)).toBe('uncostable');
        }
      }),
      { numRuns: 200, seed: 20261202 },
    );
    // The shapes reach every outcome: run, refused by cost, refused as too large to cost.
    expect(
      Object.values(seen).every((n) => n > 0),
      JSON.stringify(seen),
    ).toBe(true);
  }, 120_000);
});

describe('operation cost of lists whose length depends on the data', () => {
  const costed = (query: string): number => {
    const estimate = costOf(query);
    if (estimate.kind !== 'costed') throw new Error(`not costed: ${estimate.kind}`);
    return estimate.cost;
  };
  // At size S: 13 tiers, 72 roles, 926 memberships stated by 100 sources. A tier holds 926 / 13
  // memberships (72 once rounded up); a role's peers are its tiers (926 / 72) times each tier's
  // members by the same source (926 memberships over 100 sources of two tiers each: 4.63), 60.
  const rolesPerTier = 72;
  const peersPerRole = Math.ceil((926 / 72) * (926 / (100 * 2)));

  it("costs a role's peers by the memberships of the graph, not by a fixed guess", () => {
    expect(peersPerRole).toBe(60);
    // The role, then each peer (1) with its role (1) and slug (1).
    expect(costed('{ role(slug: "cfo") { peers { role { slug } } } }')).toBe(1 + peersPerRole * 3);
    expect(costed('{ role(slug: "cfo") { peers(source: "one") { role { slug } } } }')).toBeLessThan(
      1 + peersPerRole * 3,
    );
  });

  it('refuses peers of peers of every tier member, which expand to millions of items', () => {
    const role = (inner: string) => `role { ${inner} }`;
    const peers = (inner: string) => `peers { ${role(inner)} }`;
    const query = `{ tiers { roles { ${role(peers(peers('slug')))} } } }`;
    const innerPeers = peersPerRole * (1 + 2);
    const outerPeers = peersPerRole * (1 + 1 + innerPeers);
    const expected = 13 * (1 + rolesPerTier * (1 + 1 + outerPeers));
    expect(costed(query)).toBe(expected);
    expect(expected).toBeGreaterThan(100 * maxCost);
  });
});

describe('operation cost of the ladder of levels', () => {
  // The size S graph with 5 levels and 20,000 placements (4,000 a level), about what a corpus of
  // several thousand articles places.
  const placed = graphCounts(
    { ...Object.fromEntries(sizeS.nodes), Level: 5 },
    { ...Object.fromEntries(sizeS.relationships), AT_LEVEL: 20_000 },
  );
  const costed = (query: string): number => {
    const estimate = costOf(query, { counts: placed });
    if (estimate.kind !== 'costed') throw new Error(`not costed: ${estimate.kind}`);
    return estimate.cost;
  };
  const levels = (args: string) =>
    costed(`{ levels { slug tiers${args} { tier { name } source { slug } evidence { text } } } }`);

  it("costs a level's tiers by the page read: the placements sorted, and the page handed back", () => {
    const example = readFileSync(join(projectRoot, 'docs', 'examples', '10-levels.graphql'), 'utf8');
    expect(costed(example)).toBeLessThan(maxCost);
    expect(levels('(first: 10)')).toBeLessThan(levels(''));
    expect(levels('')).toBeLessThan(levels('(first: 500)'));
    // Sorting the level's 4,000 placements is read whatever the page: 3 hits each, 10 a unit.
    expect(levels('(first: 1)')).toBeGreaterThan(5 * ((3 * 4_000) / 10));
  });
});
