import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledArticles, loadArticle, loadCatalogue } from '../../../src/ingest/loadArticle.ts';
import { AnnotationError } from '../../../src/ingest/annotations.ts';
import { projectRoot } from '../../../src/projectRoot.ts';

const catalogue = loadCatalogue();
const [leadershipFiles, executiveFiles] = bundledArticles();
const annotationsOf = (files: typeof leadershipFiles) => readFileSync(files?.annotations ?? '', 'utf8');

/** Writes a variant of a bundled annotation file and loads the article with it. */
function loadWithAnnotations(files: typeof leadershipFiles, edit: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'annotations-'));
  const file = join(dir, 'edited.yaml');
  writeFileSync(file, edit(annotationsOf(files)));
  return () => loadArticle({ article: files?.article ?? '', annotations: file }, catalogue);
}

describe('resolving curated annotations against the article', () => {
  it('resolves every quote of the bundled annotations to statements', () => {
    for (const files of [leadershipFiles, executiveFiles]) {
      const { plan } = loadArticle(files ?? { article: '', annotations: null }, catalogue);
      const claims = plan.relationships.filter((r) => Array.isArray(r.props['evidence']));
      expect(claims.length).toBeGreaterThan(40);
      const statementIds = new Set(plan.nodes.filter((n) => n.label === 'Statement').map((n) => n.id));
      for (const claim of claims) {
        const evidence = claim.props['evidence'];
        expect(
          Array.isArray(evidence) && evidence.length > 0 && evidence.every((id) => statementIds.has(id)),
        ).toBe(true);
      }
    }
  });

  it('names the file and line of a quote the article does not contain', () => {
    const load = loadWithAnnotations(leadershipFiles, (yaml) =>
      yaml.replace(
        'Senior managers, such as department heads and vice presidents',
        'Senior managers, such as the board',
      ),
    );
    expect(load).toThrow(AnnotationError);
    expect(load).toThrow(
      /edited\.yaml:17: quote not found in senior-leadership-vs-senior-management: "Senior managers, such as the board"/,
    );
  });

  it('asks for a section when a quote matches more than one statement', () => {
    const load = loadWithAnnotations(leadershipFiles, (yaml) =>
      yaml.replace(
        '{ quote: "Senior leaders lead through vision and inspiration", in: leadership-style }',
        '"Senior leadership:"',
      ),
    );
    expect(load).toThrow(
      /quote matches 4 statements \(primary-focus\.2, decision-making\.2, scope-of-influence\.2, leadership-style\.2\): pin it with `in: <section>`/,
    );
  });

  it('rejects an unknown tier, listing the known ones', () => {
    const load = loadWithAnnotations(executiveFiles, (yaml) =>
      yaml.replace('  - tier: executive-management\n    roles:', '  - tier: middle-management\n    roles:'),
    );
    expect(load).toThrow(
      /:13: unknown tier "middle-management"; known: senior-leadership, senior-management, executive-management/,
    );
  });

  it('refuses a claim without evidence', () => {
    const load = loadWithAnnotations(executiveFiles, (yaml) =>
      yaml.replace(
        '    evidence:\n      - { quote: "Senior Management consists of strategic-level management positions such as CEO, CTO, COO, CFO", in: definition }\n',
        '    evidence: []\n',
      ),
    );
    expect(load).toThrow(/memberships\.0\.evidence needs at least one quote: no claim without evidence/);
  });

  it('reports invalid YAML with its line', () => {
    const load = loadWithAnnotations(executiveFiles, (yaml) => `${yaml}\n  broken: [unclosed\n`);
    expect(load).toThrow(/edited\.yaml:\d+: invalid YAML/);
  });

  it('loads an article without annotations: text, mentions, and only claims marked extracted', () => {
    const article = join(
      projectRoot,
      'tests',
      'fixtures',
      'articles',
      'executive-management-in-practice.txt',
    );
    const { parsed, plan } = loadArticle({ article, annotations: null }, catalogue);
    expect(parsed.sections.map((s) => s.name)).toEqual([
      'Executive Management in Practice',
      'Who Belongs Here',
      'What They Do',
      'Conclusion',
    ]);
    expect(parsed.statements).toHaveLength(6);
    const claims = plan.relationships.filter((r) => Array.isArray(r.props['evidence']));
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((r) => r.props['method']))).toEqual(new Set(['EXTRACTED']));
    const mentioned = new Set(plan.relationships.filter((r) => r.type === 'MENTIONS').map((r) => r.to.id));
    expect([...mentioned].sort()).toEqual(
      [
        'Role:cfo',
        'Role:department-head',
        'Role:vice-president',
        'Role:ceo',
        'Tier:executive-management',
        'Dimension:responsibilities',
      ].sort(),
    );
  });
});
