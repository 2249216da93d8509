import { describe, expect, it } from 'vitest';
import { rankHits, searchedNames } from '../../src/data/search.ts';

describe('the names a search text is taken for', () => {
  it('the whole text in lower case, with its last word in the singular and the plural', () => {
    expect(searchedNames('Team  Leaders')).toEqual(['team leaders', 'team leader']);
    expect(searchedNames('CEO')).toEqual(['ceo', 'ceos']);
    expect(searchedNames('senior management')).toEqual(['senior management', 'senior managements']);
    expect(searchedNames('   ')).toEqual([]);
  });
});

describe('the order of search hits', () => {
  const row = (id: string, label: string, match: 'NAME' | 'ALIAS' | 'TEXT', score: number | null) => ({
    id,
    label,
    match,
    score,
  });

  it('named nodes first (name, then alias; tiers before roles), once each with the index’s score, then text hits by score', () => {
    const ranked = rankHits(
      [
        row('Statement:a', 'Statement', 'TEXT', 3),
        row('Role:ceo', 'Role', 'TEXT', 2.5),
        row('Statement:b', 'Statement', 'TEXT', 4),
        row('Role:ceo', 'Role', 'NAME', null),
        row('Role:chief', 'Role', 'ALIAS', null),
        row('Tier:ceo', 'Tier', 'NAME', null),
      ],
      10,
    );
    expect(ranked.map((hit) => [hit.id, hit.match, hit.score])).toEqual([
      ['Tier:ceo', 'NAME', 0],
      ['Role:ceo', 'NAME', 2.5],
      ['Role:chief', 'ALIAS', 0],
      ['Statement:b', 'TEXT', 4],
      ['Statement:a', 'TEXT', 3],
    ]);
    expect(
      rankHits([row('Statement:a', 'Statement', 'TEXT', 3), row('Tier:x', 'Tier', 'NAME', null)], 1),
    ).toEqual([{ ...row('Tier:x', 'Tier', 'NAME', null), score: 0 }]);
  });
});
