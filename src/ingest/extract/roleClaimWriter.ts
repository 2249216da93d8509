import { kebabCase } from '../../textMatching.ts';
import type { Annotations, Quote } from '../annotations.ts';
import type { ParsedArticle } from '../parse/parseArticle.ts';
import type { EntityIndex } from './entities.ts';
import { quoteOf } from './extractArticle.ts';
import type { ReportingFinding, RoleListFinding } from './roleClaims.ts';
import type { RoleName } from './roleNames.ts';

type RoleList = NonNullable<Annotations['roleResponsibilities']>[number];
type Line = NonNullable<Annotations['reportingLines']>[number];

// How sure each kind of finding is: a list under a heading about the role, a sentence whose subject
// is the role, a sentence saying who reports to whom.
const listConfidence = 0.85;
const sentenceConfidence = 0.65;
const lineConfidence = 0.8;

/** Writes role claims as annotations: each role's own lists and its reporting lines, each claim once. */
export class RoleClaimWriter {
  readonly usedRoles = new Set<string>();
  private readonly out = {
    roleResponsibilities: [] as RoleList[],
    roleSkills: [] as RoleList[],
    reportingLines: [] as Line[],
  };
  private readonly seen = new Set<string>();

  constructor(
    private readonly article: ParsedArticle,
    private readonly entities: EntityIndex,
    private readonly confidence: Map<string, number>,
  ) {}

  private slug(role: RoleName): string {
    const slug = this.entities.resolve('roles', role.name, role.aliases).slug;
    this.usedRoles.add(slug);
    return slug;
  }

  claimCount(): number {
    return this.out.roleResponsibilities.length + this.out.roleSkills.length + this.out.reportingLines.length;
  }

  annotations(): Pick<Annotations, 'roleResponsibilities' | 'roleSkills' | 'reportingLines'> {
    return this.out;
  }

  lists(findings: readonly RoleListFinding[]): void {
    for (const finding of findings) {
      const part = finding.kind === 'responsibilities' ? 'roleResponsibilities' : 'roleSkills';
      const items: Quote[] = [];
      const role = this.slug(finding.role);
      const target = this.out[part];
      for (const item of finding.items) {
        const key = item.name ? kebabCase(item.name) : item.statement.key;
        if (!key || this.seen.has(`${part}|${role}|${key}`)) continue;
        this.seen.add(`${part}|${role}|${key}`);
        this.confidence.set(
          `${part}.${target.length}.items.${items.length}`,
          item.name ? sentenceConfidence : listConfidence,
        );
        const quote = quoteOf(item.statement, this.article, item.sentence);
        items.push(
          item.name ? { ...(typeof quote === 'string' ? { quote } : quote), name: item.name } : quote,
        );
      }
      if (items.length > 0) target.push({ role, evidence: [], items });
    }
  }

  lines(findings: readonly ReportingFinding[]): void {
    for (const finding of findings) {
      const role = this.slug(finding.role);
      const managers = finding.managers
        .map((m) => this.slug(m))
        .filter((m, i, all) => m !== role && all.indexOf(m) === i && !this.seen.has(`line|${role}|${m}`));
      if (managers.length === 0) continue;
      for (const m of managers) this.seen.add(`line|${role}|${m}`);
      this.confidence.set(`reportingLines.${this.out.reportingLines.length}`, lineConfidence);
      this.out.reportingLines.push({
        role,
        reportsTo: managers,
        evidence: [quoteOf(finding.statement, this.article, finding.sentence)],
      });
    }
  }
}
