import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { parseArticle } from '../../../src/ingest/parse/parseArticle.ts';
import { dedupeKey } from '../../../src/textMatching.ts';

const read = (slug: string) => readFileSync(join(projectRoot, 'seed', 'articles', `${slug}.txt`), 'utf8');

const first = 'senior-leadership-vs-senior-management';
const second = 'senior-management-vs-executive-management';
const firstRaw = read(first);
const secondRaw = read(second);
const leadership = parseArticle(first, firstRaw, {
  title: 'Senior Leadership vs. Senior Management: Which One Holds The Real Power?',
  column: 'Coffee Break',
});
const executive = parseArticle(second, secondRaw, { title: 'Senior Management vs Executive Management' });

describe('parseArticle on the bundled articles', () => {
  it('is fed the articles byte for byte as collected (SHA-256 of the originals)', () => {
    const sha = (slug: string) =>
      createHash('sha256')
        .update(readFileSync(join(projectRoot, 'seed', 'articles', `${slug}.txt`)))
        .digest('hex');
    expect(sha(first)).toBe('7bdb508ddb5c1740fc1a0f58d99734abc4e9cab1038f588974dd2dea8d245968');
    expect(sha(second)).toBe('d24c48220b363c345dec332733904060ad746c8fb3d483acebc2cab112879cd4');
  });

  it('finds the title, the column and the headings of the first article in order', () => {
    expect(leadership.title).toBe('Senior Leadership vs. Senior Management: Which One Holds The Real Power?');
    expect(leadership.column).toBe('Coffee Break');
    expect(leadership.sections.map((s) => s.name)).toEqual([
      'Senior Leadership vs. Senior Management: Which One Holds The Real Power?',
      'Role Of Senior Leadership',
      'Role Of Senior Management',
      'Primary Focus',
      'Decision-Making',
      'Scope Of Influence',
      'Leadership Style',
      'Collaboration Between Senior Leadership & Management',
      'Conclusion',
    ]);
    expect(leadership.statements).toHaveLength(34);
    expect(leadership.statements.filter((s) => s.kind === 'bullet')).toHaveLength(4 + 4 + 8 + 4);
    expect(leadership.removed).toMatchObject({ repeatedTitles: 1, duplicates: 0 });
  });

  it('finds the headings of the second article, with its Introduction heading after the lead', () => {
    expect(executive.column).toBeNull();
    expect(executive.sections.map((s) => s.slug)).toEqual([
      'lead',
      'introduction',
      'senior-management-vs-executive-management-key-differences',
      'definition',
      'responsibilities',
      'senior-management-and-executive-management-skills-and-qualifications',
      'senior-management',
      'executive-management-skills-and-qualifications',
      'conclusion',
    ]);
    expect(executive.statements).toHaveLength(24);
  });

  it('leaves out page furniture and repeated titles', () => {
    const all = [...leadership.statements, ...executive.statements].map((s) => s.normalized);
    for (const furniture of [
      'Coffee Break',
      'Add Comment',
      'Click here to post',
      'Click to rate',
      '[Total:',
      'No Responses',
      'Leave a Reply',
      'Your email address',
    ]) {
      expect(all.filter((text) => text.includes(furniture))).toEqual([]);
    }
    expect(all.filter((text) => dedupeKey(text) === 'senior management vs executive management')).toEqual([]);
    expect(leadership.removed.furnitureLines).toBe(2);
    expect(executive.removed.furnitureLines).toBe(5);
  });

  it('splits glued bullets and keeps each distinct bullet once', () => {
    const skills = executive.statements.filter(
      (s) => s.sectionSlug === 'executive-management-skills-and-qualifications' && s.kind === 'bullet',
    );
    expect(skills.map((s) => s.normalized)).toEqual([
      'Leading daily operations in a department or business unit',
      'Ensuring smooth communication with staff members',
      'Leading meetings with team members',
      'Ensuring that deadlines are met and targets are achieved on time with minimal supervision from higher authorities',
      'Recognizing performance-related issues in a timely manner',
    ]);
    expect(executive.removed.gluedBulletsSplit).toBe(2);
    for (const article of [leadership, executive]) {
      const keys = article.statements.map((s) => dedupeKey(s.text));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps one copy of the definition paragraph the page repeats with small edits', () => {
    const definition = executive.statements.filter((s) => s.sectionSlug === 'definition');
    expect(definition).toHaveLength(1);
    expect(definition[0]?.text).toMatch(
      /^As we already mentioned above, Senior Management consists of strategic-level/,
    );
  });

  it('keeps the original characters and normalises only the matching form', () => {
    for (const [article, raw] of [
      [leadership, firstRaw],
      [executive, secondRaw],
    ] as const) {
      for (const statement of article.statements) {
        expect(raw.includes(statement.text)).toBe(true);
        expect(statement.normalized).not.toMatch(/[\u00A0\u2019\u2014\u2022]/);
        expect(statement.text).not.toMatch(/^\s|\s$/);
      }
    }
    const ceo = leadership.statements.find((s) => s.key === 'role-of-senior-leadership.1');
    expect(ceo?.text).toContain(
      'CEO, COO, and CFO\u2014individuals who are responsible for setting the company\u2019s direction',
    );
    expect(ceo?.normalized).toContain(
      "CEO, COO, and CFO-individuals who are responsible for setting the company's direction",
    );
  });

  it('reads the label of dimension and benefit bullets', () => {
    expect(leadership.statements.filter((s) => s.sectionSlug === 'primary-focus').map((s) => s.lead)).toEqual(
      [null, 'Senior leadership', 'Senior management'],
    );
    expect(
      leadership.statements
        .filter((s) => s.sectionSlug === 'collaboration-between-senior-leadership-and-management' && s.lead)
        .map((s) => s.lead),
    ).toEqual([
      'Bridging strategy',
      'Improving communication',
      'Fostering growth',
      'Building Accountability',
    ]);
  });

  it('refuses an article whose title is not the one its annotations expect', () => {
    expect(() => parseArticle(second, secondRaw, { title: 'Middle Management' })).toThrow(
      'expected the title "Middle Management" at line 1, found "Senior Management vs Executive Management"',
    );
  });
});

describe('parseArticle on a block of fields', () => {
  const parsed = parseArticle(
    'probe',
    [
      'Ward Manager',
      '',
      'Job title: Ward Manager',
      'Responsible to: Director of Nursing',
      'Band: 7',
      '',
      'Step 1: Settle in',
      '',
      'Your first weeks are spent on the ward.',
    ].join('\n'),
  );

  it('reads each line of a run of "Label: value" lines as a statement, not a heading or the title', () => {
    expect(parsed.title).toBe('Ward Manager');
    expect(parsed.statements.map((s) => s.normalized).slice(0, 3)).toEqual([
      'Job title: Ward Manager',
      'Responsible to: Director of Nursing',
      'Band: 7',
    ]);
  });

  it('keeps a lone "Label: value" line over a paragraph as a heading', () => {
    expect(parsed.sections.map((s) => s.name)).toEqual(['Ward Manager', 'Step 1: Settle in']);
  });
});
