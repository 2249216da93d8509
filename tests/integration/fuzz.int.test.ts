import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type SeededApi } from '../support/apiServer.ts';
import { countsOf } from '../support/seededGraph.ts';

/** One HTTP request of the fuzz run: a raw body, so malformed JSON can be sent too. */
interface FuzzRequest {
  body: string;
}

const hostileStrings = fc.oneof(
  fc.constantFrom(
    '"',
    '(',
    ')',
    '~',
    ':',
    '/',
    'AND',
    'OR NOT',
    '*',
    '?',
    '\\',
    '[a TO z]',
    'budget~2',
    'text:/.*/',
    "' OR 1=1 //",
    '"}) RETURN n //',
    'MATCH (n) DETACH DELETE n',
    '$source',
    '`Role`',
    '{.*}',
    '\u0000',
    '\uD800',
    '\u202E\u0041\u0301',
    '\uFEFF',
    '👩‍💼 CFO',
    'senior-management\n',
    '   ',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 1_000, maxLength: 6_000 }),
);

const ints = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
);
const ids = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.base64String({ maxLength: 40 }),
  fc.constantFrom(
    'Um9sZTpjZm8',
    'Um9sZTpub2JvZHk',
    'VGllcjo',
    'OnNsdWc',
    'Y3Vyc29yOjk5OTk5OTk5OQ',
    'Y3Vyc29yOi0x',
  ),
);

// Operations with every string argument hostile, passed as variables so any value reaches resolvers.
const stringOperations: [string, string][] = [
  ['query ($v: String!) { search(text: $v) { score snippet node { id } } }', 'v'],
  ['query ($v: String!) { tier(slug: $v) { name roles(source: $v) { role { name } } } }', 'v'],
  [
    'query ($v: String!) { role(slug: $v) { name tiers(source: $v) { tier { slug } } peers(source: $v) { role { slug } } } }',
    'v',
  ],
  [
    'query ($v: String!) { source(slug: $v) { title } dimension(slug: $v) { name characteristics(source: $v, tier: $v) { summary } } }',
    'v',
  ],
  [
    'query ($v: String!) { compare(tiers: [$v, "senior-management"], source: $v, dimensions: [$v]) { rows { dimension { slug } } } }',
    'v',
  ],
  ['query ($v: String) { disagreements(about: $v) { subject } dimensions(source: $v) { slug } }', 'v'],
  [
    'query ($v: String) { roles(filter: { source: $v, tier: $v, text: $v }) { totalCount } tiers(filter: { text: $v }) { slug } }',
    'v',
  ],
  ['query ($v: String) { statements(filter: { source: $v, mentions: $v, text: $v }) { totalCount } }', 'v'],
  ['query ($v: String) { responsibilities(after: $v) { totalCount } skills(after: $v) { totalCount } }', 'v'],
  [
    'query ($v: String!) { stats { overlap(tiers: [$v, "senior-leadership"], source: $v) { rolesJaccard } mostConnected(label: $v) { degree } } }',
    'v',
  ],
];

const withHostileString = fc
  .tuple(fc.constantFrom(...stringOperations), hostileStrings)
  .map(([[query, name], value]) => ({
    body: JSON.stringify({ query, variables: { [name]: value } }),
  }));

const withIds = fc.tuple(ids, ids, ints, ints).map(([a, b, depth, limit]) => ({
  body: JSON.stringify({
    query:
      'query ($a: ID!, $b: ID!, $d: Int, $l: Int) { node(id: $a) { id } neighborhood(id: $a, depth: $d, limit: $l) { truncated } path(from: $a, to: $b, maxDepth: $d) { truncated } }',
    variables: { a, b, d: depth, l: limit },
  }),
}));

const withPageSizes = fc.tuple(ints, fc.option(ids)).map(([first, after]) => ({
  body: JSON.stringify({
    query:
      'query ($f: Int, $a: String) { roles(first: $f, after: $a) { totalCount edges { cursor } } search(text: "budget", first: $f) { score } }',
    variables: { f: first, a: after },
  }),
}));

const deepNesting = fc.integer({ min: 1, max: 60 }).map((depth) => {
  let selection = 'name';
  for (let i = 0; i < depth; i += 1) selection = `tiers { tier { roles { role { ${selection} } } } }`;
  return { body: JSON.stringify({ query: `{ role(slug: "cfo") { ${selection} } }` }) };
});

const manyAliases = fc.integer({ min: 1, max: 400 }).map((n) => ({
  body: JSON.stringify({
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: tiers { slug }`).join(' ')} }`,
  }),
}));

const wrongVariableTypes = fc
  .tuple(
    fc.constantFrom(...stringOperations),
    fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.object({ maxDepth: 2 }),
      fc.constant(null),
    ),
  )
  .map(([[query, name], value]) => ({ body: JSON.stringify({ query, variables: { [name]: value } }) }));

const malformed = fc.oneof(
  fc.string({ maxLength: 200 }).map((body) => ({ body })),
  fc
    .constantFrom(
      '{',
      '{"query":',
      '{"query": 42}',
      '{"query": null}',
      '[]',
      '[{"query":"{ tiers { slug } }"}]',
      '{"variables": "x"}',
      'null',
      '"{ tiers }"',
    )
    .map((body) => ({ body })),
  fc.string({ maxLength: 200 }).map((query) => ({ body: JSON.stringify({ query }) })),
);

const requests = fc.oneof(
  withHostileString,
  withIds,
  withPageSizes,
  deepNesting,
  manyAliases,
  wrongVariableTypes,
  malformed,
);

// Text only our own server internals could produce: stack frames, driver classes, our Cypher.
const internals = [
  /\n\s+at /,
  /\.ts:\d+/,
  /node_modules/,
  /Neo4jError/,
  /Neo\.(Client|Transient|Database)Error/,
  /UNWIND \$keys/,
  /elementId\(/,
  /db\.index\.fulltext/,
  /IS NULL OR/,
];

describe('fuzzing the HTTP API with hostile operations', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('never answers 5xx, never shows internals and changes nothing', async () => {
    const before = await countsOf(api.driver);
    const sample: FuzzRequest[] = fc.sample(requests, { numRuns: 2_500, seed: 20261123 });
    const problems: string[] = [];
    let cursor = 0;
    const worker = async () => {
      while (cursor < sample.length) {
        const request = sample[cursor];
        cursor += 1;
        if (!request) continue;
        const response = await fetch(api.server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
        });
        const text = await response.text();
        if (response.status >= 500)
          problems.push(`${response.status} for ${request.body.slice(0, 200)}: ${text.slice(0, 200)}`);
        if (text.includes('INTERNAL_SERVER_ERROR'))
          problems.push(`internal error for ${request.body.slice(0, 200)}`);
        const leak = internals.find((pattern) => pattern.test(text));
        if (leak)
          problems.push(
            `${String(leak)} in the answer to ${request.body.slice(0, 200)}: ${text.slice(0, 300)}`,
          );
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(problems).toEqual([]);

    const { data } = await api.query<{ role: { name: string } }>('{ role(slug: "cfo") { name } }');
    expect(data?.role.name).toBe('CFO');
    expect(await countsOf(api.driver)).toEqual(before);
  });
});
