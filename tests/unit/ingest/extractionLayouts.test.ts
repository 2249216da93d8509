import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFromPlan } from '../../../seed/eval/answer.ts';
import { draftAnnotations } from '../../../src/ingest/extract/draft.ts';
import { questionTopic } from '../../../src/ingest/extract/questions.ts';
import { findTiers } from '../../../src/ingest/extract/tiers.ts';
import { loadArticle, loadCatalogue } from '../../../src/ingest/loadArticle.ts';
import { parseArticle } from '../../../src/ingest/parse/parseArticle.ts';

const catalogue = loadCatalogue();
const dir = mkdtempSync(join(tmpdir(), 'layouts-'));

/** Extraction alone on an article written here, read back as the API would answer. */
function extracted(slug: string, text: string) {
  const file = join(dir, `${slug}.txt`);
  writeFileSync(file, text);
  const loaded = loadArticle({ article: file, annotations: null }, catalogue);
  const answer = answerFromPlan(loaded.plan);
  const tier = (name: string) => {
    const found = answer.tiers.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`no tier ${name} among ${answer.tiers.map((t) => t.name).join(', ')}`);
    return found;
  };
  return { answer, tier, loaded };
}

const lower = (items: readonly string[]) => items.map((i) => i.toLowerCase());

describe('extraction of pages in other layouts', () => {
  it('reads a pipe table with tiers as rows: positions, duties split by ";", and any other column a dimension', () => {
    const { answer, tier } = extracted(
      'wardens-vs-stewards',
      [
        'Wardens vs Stewards: Two Ranks Compared',
        '',
        'Two ranks keep the old market hall running. The table sets out who holds each and what they do.',
        '',
        'The Ranks',
        '',
        '| Rank | Typical titles | Main duties | Term |',
        '|---|---|---|---|',
        '| Wardens | hall warden, deputy warden | opening the gates; keeping the stall ledger | Five years |',
        '| Stewards | floor steward, night steward | sweeping the aisles; locking the stores | One year |',
        '',
      ].join('\n'),
    );
    expect(lower(tier('Wardens').roles)).toEqual(['hall warden', 'deputy warden']);
    expect(lower(tier('Stewards').responsibilities)).toEqual(['sweeping the aisles', 'locking the stores']);
    expect(answer.dimensions).toEqual(['Term']);
    expect(tier('Wardens').characteristics.map((c) => c.summary)).toEqual(['Five years']);
  });

  it('reads a table flattened to one cell per line, tiers as columns, each row a dimension', () => {
    const { answer, tier } = extracted(
      'wardens-vs-stewards-vs-porters',
      [
        'Wardens vs Stewards vs Porters',
        '',
        'Three ranks keep the old market hall running, and they differ on the points below.',
        '',
        'Side by Side',
        '',
        'The table compares the three ranks.',
        '',
        ...['Aspect', 'Wardens', 'Stewards', 'Porters'],
        ...['Hours', 'Mornings', 'Evenings', 'Nights'],
        ...['Uniform', 'A grey coat', 'A green coat', 'No uniform'],
        '',
        'Which Rank Suits You?',
        '',
        'Each of the three ranks suits a different kind of person.',
        '',
      ].join('\n'),
    );
    expect(answer.dimensions).toEqual(['Hours', 'Uniform']);
    expect(tier('Porters').characteristics.map((c) => [c.dimension, c.summary])).toEqual([
      ['Hours', 'Nights'],
      ['Uniform', 'No uniform'],
    ]);
  });

  it('names a comparison question by the noun it asks about, and a question about people or duties by none', () => {
    const article = parseArticle('wardens-vs-stewards', 'Wardens vs Stewards\n\nTwo ranks of the hall.\n');
    const tiers = findTiers(article);
    expect(questionTopic('How much latitude does each have?', tiers)).toBe('Latitude');
    expect(questionTopic('What is the selection process for each?', tiers)).toBe('Selection process');
    expect(questionTopic('How long do wardens serve, and what is a steward’s term of office?', tiers)).toBe(
      'Term of office',
    );
    expect(questionTopic('What skills does each need?', tiers)).toBeNull();
    expect(questionTopic('Is one busier than the other?', tiers)).toBeNull();
    expect(questionTopic('What does a warden do?', tiers)).toBeNull();
  });

  it('reads duties and requirements from sentences whose subject is the tier or a pronoun for it, each side of a contrast', () => {
    const { tier, loaded } = extracted(
      'wardens-vs-stewards-prose',
      [
        'Wardens vs Stewards: Who Runs the Hall?',
        '',
        'Two ranks keep the old market hall running, and they split the work between them.',
        '',
        'The Wardens',
        '',
        'Wardens open the gates at dawn, inspect the stalls and settle disputes between traders. They are also expected to keep the stall ledger. A warden needs a calm manner with traders and must be able to read a floor plan.',
        '',
        'The Stewards',
        '',
        'Stewards sweep the aisles and lock the stores at night. Unlike wardens, they report to the hall committee.',
        '',
      ].join('\n'),
    );
    expect(lower(tier('Wardens').responsibilities)).toEqual([
      'open the gates at dawn',
      'inspect the stalls',
      'settle disputes between traders',
      'keep the stall ledger',
    ]);
    expect(lower(tier('Wardens').skills)).toEqual(['calm manner with traders', 'read a floor plan']);
    expect(lower(tier('Stewards').responsibilities)).toEqual([
      'sweep the aisles',
      'lock the stores at night',
    ]);
    // Prose says less plainly what it lists than a bullet: its claims weigh less than a list item's.
    for (const confidence of loaded.extraction!.confidence.values()) expect(confidence).toBeLessThan(0.7);
  });

  it('keeps the content of a page buried in furniture, and finds its title among the menu lines', () => {
    const { answer, tier } = extracted(
      'wardens-vs-stewards-furniture',
      [
        'We use cookies to make this site work. By continuing you agree to our use of cookies and to our privacy notice for visitors.',
        'Accept all cookies',
        'Hall News',
        'Home',
        'Markets',
        'Events',
        'Search',
        'Wardens vs Stewards: Who Runs the Hall?',
        'By Ada Quill | 3 May 2025 | 4 min read',
        '',
        'The Wardens',
        '',
        'What they own',
        '  • Opening the gates',
        '  • Keeping the stall ledger',
        '',
        'Get our weekly newsletter',
        'Your email',
        'Subscribe',
        '',
        'The Stewards',
        '',
        'What they own',
        '  • Sweeping the aisles',
        '  • Locking the stores',
        '',
        'ADVERTISEMENT',
        'Brooms at half price this week only. Order now.',
        '',
        '3 Comments',
        'Jo P. · 2 days ago',
        'The wardens here never open on time.',
        'Reply',
      ].join('\n'),
    );
    expect(answer.title).toBe('Wardens vs Stewards: Who Runs the Hall?');
    expect(lower(tier('Wardens').responsibilities)).toEqual([
      'opening the gates',
      'keeping the stall ledger',
    ]);
    expect(lower(tier('Stewards').responsibilities)).toEqual(['sweeping the aisles', 'locking the stores']);
    for (const line of ['Your email', 'Brooms at half price this week only. Order now.', 'Reply', 'Home'])
      expect(answer.leaked(line), line).toBe(false);
  });

  it('says why a page with a title and content gave no claim, in the extraction and its draft', () => {
    const { loaded } = extracted(
      'a-note-on-market-halls',
      'A Note on Market Halls\n\nMarket halls are pleasant places. Many towns still keep one.\n',
    );
    expect(loaded.extraction!.noClaims).toMatch(
      /^no claims: no tiers found .* 1 statements were loaded as text only$/,
    );
    expect(draftAnnotations(loaded.extraction!, 'a-note-on-market-halls.txt')).toContain(
      '# Warning: no claims',
    );
    const { loaded: some } = extracted(
      'wardens-vs-stewards-again',
      'Wardens vs Stewards\n\nTwo ranks of the hall.\n\nThe Wardens\n\nWardens open the gates, inspect the stalls and settle disputes.\n',
    );
    expect(some.extraction!.noClaims).toBeNull();
  });
});
