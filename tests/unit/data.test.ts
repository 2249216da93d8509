import { describe, expect, it } from 'vitest';
import { decodeId, encodeId } from '../../src/data/ids.ts';
import { luceneQuery, searchTerms, snippet } from '../../src/data/search.ts';

describe('node ids', () => {
  it('round-trip through an opaque encoding', () => {
    const id = encodeId('Role:cfo');
    expect(id).toBe('Um9sZTpjZm8');
    expect(decodeId(id)).toEqual({ dbId: 'Role:cfo', label: 'Role', slug: 'cfo' });
  });

  it('refuse what this API did not issue', () => {
    for (const bad of [
      'Role:cfo',
      '',
      '%%%',
      encodeId('Person:cfo'),
      encodeId('Role:'),
      encodeId(':cfo'),
      'Um9sZTpjZm8=',
      'x'.repeat(601),
    ]) {
      expect(decodeId(bad), bad).toBeNull();
    }
  });
});

describe('search text', () => {
  it('becomes quoted, escaped phrases', () => {
    expect(luceneQuery(searchTerms('budget AND (control~'))).toBe('"budget" "AND" "(control~"');
    expect(luceneQuery(searchTerms('say "hi" \\ there'))).toBe('"say" "\\"hi\\"" "\\\\" "there"');
  });

  it('is cut to 20 words with scraped spaces normalised', () => {
    expect(searchTerms('a\u00a0b  c')).toEqual(['a', 'b', 'c']);
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(20);
  });

  it('highlights matches in an HTML-escaped snippet', () => {
    expect(snippet('Review budgets & <control> expenses.', ['budget'])).toBe(
      'Review <mark>budget</mark>s &amp; &lt;control&gt; expenses.',
    );
    expect(snippet(`${'x'.repeat(100)} budget ${'y'.repeat(100)}`, ['budget'], 10)).toBe(
      '…xxxxxxxxx <mark>budget</mark> yyy…',
    );
  });

  it('never highlights inside its own tags or the entities escaping made', () => {
    // Searching "budget mark" once gave <<mark>mark</mark>>budget</<mark>mark</mark>>.
    expect(snippet('Review budgets and mark expenses.', ['budget', 'mark'])).toBe(
      'Review <mark>budget</mark>s and <mark>mark</mark> expenses.',
    );
    expect(snippet('Review budgets.', searchTerms('budget mark'))).toBe('Review <mark>budget</mark>s.');
    expect(snippet('Profit & loss <b> "quoted" it\'s', ['amp', 'lt', 'gt', 'quot', '39', 'loss'])).toBe(
      'Profit &amp; <mark>loss</mark> &lt;b&gt; &quot;<mark>quot</mark>ed&quot; it&#39;s',
    );
    expect(snippet('<mark>budget</mark>', ['mark', 'budget'])).toBe(
      '&lt;<mark>mark</mark>&gt;<mark>budget</mark>&lt;/<mark>mark</mark>&gt;',
    );
    // Overlapping words: the longer one wins, and nothing is wrapped twice.
    expect(snippet('budgets and budget', ['budget', 'budgets'])).toBe(
      '<mark>budgets</mark> and <mark>budget</mark>',
    );
  });
});
