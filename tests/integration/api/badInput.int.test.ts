import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type SeededApi } from '../../support/apiServer.ts';
import { countsOf } from '../../support/seededGraph.ts';

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('bad arguments', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  const expectBadInput = (errors: Errors, message: string) => {
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toBe(message);
  };

  it('say what is allowed for depth, limits and page sizes', async () => {
    const cfo = 'Um9sZTpjZm8';
    expectBadInput(
      (await api.query(`{ neighborhood(id: "${cfo}", depth: 4) { truncated } }`)).errors,
      'depth must be between 1 and 3, got 4',
    );
    expectBadInput(
      (await api.query(`{ neighborhood(id: "${cfo}", limit: 1000) { truncated } }`)).errors,
      'limit must be between 1 and 200, got 1000',
    );
    expectBadInput(
      (await api.query(`{ path(from: "${cfo}", to: "${cfo}", maxDepth: 9) { truncated } }`)).errors,
      'maxDepth must be between 1 and 6, got 9',
    );
    expectBadInput(
      (await api.query('{ roles(first: 101) { totalCount } }')).errors,
      'first must be between 1 and 100, got 101',
    );
    expectBadInput(
      (await api.query('{ roles(first: 0) { totalCount } }')).errors,
      'first must be between 1 and 100, got 0',
    );
    expectBadInput(
      (await api.query('{ search(text: "budget", first: 51) { score } }')).errors,
      'first must be between 1 and 50, got 51',
    );
    expectBadInput(
      (await api.query('{ roles(after: "not-a-cursor") { totalCount } }')).errors,
      'after is not a cursor from this list: pass an edge cursor or pageInfo.endCursor',
    );
  });

  it('reject empty search text and malformed ids', async () => {
    expectBadInput(
      (await api.query('{ search(text: "   ") { score } }')).errors,
      'text must contain at least one word to search for',
    );
    expectBadInput(
      (await api.query('{ node(id: "Role:cfo") { id } }')).errors,
      'id is not a valid node id: use the id field of a node returned by this API',
    );
    expectBadInput(
      (await api.query('{ neighborhood(id: "%%%") { truncated } }')).errors,
      'id is not a valid node id: use the id field of a node returned by this API',
    );
    const missing = await api.query('{ neighborhood(id: "Um9sZTpub2JvZHk") { truncated } }');
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expectBadInput(
      (
        await api.query(
          '{ compare(tiers: ["senior-leadership", "middle-management"]) { rows { cells { tier { slug } } } } }',
        )
      ).errors,
      'unknown tier "middle-management": use slugs such as senior-leadership, senior-management, executive-management',
    );
    expectBadInput(
      (await api.query('{ compare(tiers: ["senior-leadership"]) { rows { cells { tier { slug } } } } }'))
        .errors,
      'tiers must name 2 to 5 different tiers, such as ["senior-leadership", "senior-management"]; got 1',
    );
  });

  it('treat Lucene syntax in search text literally: no error, no widened query, nothing changed', async () => {
    const before = await countsOf(api.driver);
    const search = async (text: string) =>
      api.query<{ search: { node: { id: string } }[] }>(
        'query ($text: String!) { search(text: $text, first: 50) { score snippet node { id } } }',
        { text },
      );
    const hostile = [
      '"budget',
      'budget)',
      '(budget',
      'budget~',
      'budget~2',
      'text:budget',
      '/bud.*/',
      'budget AND',
      'AND budget',
      'budget OR *',
      '*',
      '?',
      '\\',
      'budget\\',
      '[a TO z]',
      '{a TO z}',
      '+budget -budget',
      'budget^10',
      '&& || !',
      "budget' RETURN 1 //",
      'MATCH (n) DETACH DELETE n',
      '\u0000budget',
      'b\u00fcdget \u{1F600}',
    ];
    for (const text of hostile) {
      const { status, data, errors } = await search(text);
      expect({ text, status, errors }).toEqual({ text, status: 200, errors: undefined });
      // Syntax never widens a search: every hit is also a hit for the text's plain words alone.
      const words = text.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim();
      const plain = words
        ? new Set((await search(words)).data?.search.map((h) => h.node.id))
        : new Set<string>();
      expect({ text, widened: data?.search.filter((h) => !plain.has(h.node.id)) }).toEqual({
        text,
        widened: [],
      });
    }
    // Quoted, escaped words still find what they say.
    expect((await search('budget)')).data?.search.length).toBeGreaterThan(0);
    expect((await search("budget' RETURN 1 //")).data?.search.length).toBeGreaterThan(0);
    // A wildcard alone is a literal "*", which no word contains.
    const star = await api.query<{ search: unknown[] }>('{ search(text: "*") { score } }');
    expect(star.data?.search).toEqual([]);
    expect(await countsOf(api.driver)).toEqual(before);
  });

  it('never shows internals in errors', async () => {
    const { errors } = await api.query('{ search(text: "budget", first: 1.5) { score } }');
    expect(errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|Neo4j|MATCH|at .*\.ts/);
  });
});
