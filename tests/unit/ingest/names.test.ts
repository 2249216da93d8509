import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { decodeId, encodeId } from '../../../src/data/ids.ts';
import { EntityIndex } from '../../../src/ingest/extract/entities.ts';
import { loadArticle, loadCatalogue } from '../../../src/ingest/loadArticle.ts';
import { nameScriptWarning } from '../../../src/ingest/nameScripts.ts';
import { isSlug, kebabCase, normalizeForMatch } from '../../../src/textMatching.ts';

describe('names in any script', () => {
  it('slugs keep the letters of every script, never come out empty, and only case, spacing or punctuation make two names one', () => {
    expect(kebabCase('Café managers')).toBe('café-managers');
    expect(kebabCase('Совет директоров')).toBe('совет-директоров');
    expect(kebabCase('Правление')).not.toBe(kebabCase('Совет директоров'));
    expect(kebabCase('C++ programming')).not.toBe(kebabCase('C programming'));
    expect(kebabCase('Strategic Planning.')).toBe(kebabCase('strategic planning'));
    expect(kebabCase('——')).toBe('u2014-u2014');
    for (const name of [
      'Café managers',
      'Совет директоров',
      'C++',
      '——',
      '董事会',
      'Role Of Senior Leadership',
    ])
      expect(isSlug(kebabCase(name))).toBe(true);
    expect(isSlug('Senior-management')).toBe(false);
    expect(isSlug('senior--management')).toBe(false);
  });

  it('drops bidirectional controls and zero-width characters, and folds compatibility forms (NFKC)', () => {
    expect(normalizeForMatch('C\u202EOE\u202C')).toBe('COE');
    expect(normalizeForMatch('C\u200DE\u200BO\u00AD')).toBe('CEO');
    expect(normalizeForMatch('\uFF23\uFF25\uFF2F')).toBe('CEO');
    expect(kebabCase('C\u2066EO\u2069')).toBe('ceo');
  });

  it('warns of names mixing scripts, or written in another script than their article', () => {
    expect(nameScriptWarning('\u0421hief officer', 'Latin')).toBe(
      'the name "\u0421hief officer" mixes Latin letters with Cyrillic \u0421: look-alike letters of another script?',
    );
    expect(nameScriptWarning('\u0421\u0415\u041e', 'Latin')).toBe(
      'the name "\u0421\u0415\u041e" is written in Cyrillic letters that look like Latin ones, in an article written in Latin: a look-alike of a Latin name?',
    );
    expect(nameScriptWarning('Правление', 'Latin')).toBeNull();
    expect(nameScriptWarning('Café managers', 'Latin')).toBeNull();
    expect(nameScriptWarning('Совет директоров', 'Cyrillic')).toBeNull();
    expect(nameScriptWarning('取締役会とマネジメント', 'Han')).toBeNull();
  });

  it('extraction keeps two tiers named in Cyrillic apart, and joins a role hidden behind an override', () => {
    const index = new EntityIndex(loadCatalogue());
    const board = index.resolve('tiers', 'Совет директоров');
    const management = index.resolve('tiers', 'Правление');
    expect(board.slug).toBe('совет-директоров');
    expect(management.slug).toBe('правление');
    expect(index.resolve('roles', 'C\u202EEO').slug).toBe('ceo');
  });
});

describe('an article naming its tiers in Cyrillic', () => {
  const fixtures = join(projectRoot, 'tests', 'fixtures');
  const loaded = loadArticle(
    {
      article: join(fixtures, 'articles', 'russian-boards.txt'),
      annotations: join(fixtures, 'russian-boards.yaml'),
    },
    loadCatalogue(),
  );
  const tiers = loaded.plan.nodes.filter((n) => n.label === 'Tier');

  it('gives each tier a node of its own, under a slug of its own letters, named without invisible characters', () => {
    expect(tiers.map((t) => [t.props['slug'], t.props['name']])).toEqual([
      ['правление', 'Правление'],
      ['совет-директоров', 'Совет директоров'],
      ['café-managers', 'Café managers'],
    ]);
    for (const tier of tiers) {
      const decoded = decodeId(encodeId(tier.id));
      expect(decoded?.slug).toBe(tier.props['slug']);
    }
  });

  it('finds the mentions of a tier named in Cyrillic, as whole words', () => {
    const mentioned = loaded.plan.relationships
      .filter((r) => r.type === 'MENTIONS' && r.to.label === 'Tier')
      .map((r) => r.to.id);
    expect(new Set(mentioned)).toEqual(
      new Set(['Tier:правление', 'Tier:совет-директоров', 'Tier:café-managers']),
    );
  });

  it('warns of the look-alike names, and of nothing else', () => {
    expect(loaded.warnings).toEqual([
      'the name "СЕО" is written in Cyrillic letters that look like Latin ones, in an article written in Latin: a look-alike of a Latin name?',
      'the name "Сhief officer" mixes Latin letters with Cyrillic С: look-alike letters of another script?',
    ]);
  });
});
