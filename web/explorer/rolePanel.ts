import type { NodeDetails } from './api.ts';
import type { Provenance } from './claimMarker.ts';
import { h } from '../shared/dom.ts';
import type { EvidenceStatement } from './tierPanel.ts';

// A role's panel keeps apart what the articles say of the role itself (a job profile's duties, a
// person specification, whom it reports to and who reports to it) and what it holds only because
// an article places it in a tier (that tier's duties and skills by the same article).

type RoleDetails = Extract<NodeDetails, { __typename: 'Role' }>;

export interface RoleClaim extends Provenance {
  subject: string;
  source: string;
  evidence: readonly EvidenceStatement[];
}

/** How each of the role's own claims is listed: a heading and its claims. */
export interface RoleClaimGroup {
  kind: 'responsibilities' | 'skills' | 'reports-to' | 'direct-reports';
  heading: string;
  claims: RoleClaim[];
}

/** A tier the role is placed in, by one article, with that tier's duties and skills by the same article. */
export interface TierHolding extends RoleClaim {
  responsibilities: string[];
  skills: string[];
}

/** Names listed of a tier's duties or skills before "and N more". */
export const tierItemsListed = 8;

const claim = (subject: string, from: Provenance & { source: { title: string } }) => ({
  subject,
  source: from.source.title,
  method: from.method,
  confidence: from.confidence,
});

/** The role's own claims, kind by kind, each with its source and evidence. */
export function ownClaims(role: RoleDetails): RoleClaimGroup[] {
  return [
    {
      kind: 'responsibilities',
      heading: 'Responsibilities',
      claims: role.responsibilities.map((c) => ({
        ...claim(c.responsibility.name, c),
        evidence: c.evidence,
      })),
    },
    {
      kind: 'skills',
      heading: 'Skills and qualifications',
      claims: role.skills.map((c) => ({ ...claim(c.skill.name, c), evidence: c.evidence })),
    },
    {
      kind: 'reports-to',
      heading: 'Reports to',
      claims: role.reportsTo.map((c) => ({ ...claim(c.role.name, c), evidence: c.evidence })),
    },
    {
      kind: 'direct-reports',
      heading: 'Direct reports',
      claims: role.directReports.map((c) => ({ ...claim(c.role.name, c), evidence: c.evidence })),
    },
  ];
}

/** What the role holds through its tiers: each placement with the tier's duties and skills by that article. */
export function tierHoldings(role: RoleDetails): TierHolding[] {
  return role.tiers.map((membership) => ({
    ...claim(membership.tier.name, membership),
    evidence: membership.evidence,
    responsibilities: membership.responsibilities.map((c) => c.responsibility.name),
    skills: membership.skills.map((c) => c.skill.name),
  }));
}

/** "a, b, c and 4 more" of at most `tierItemsListed` names; null when there are none. */
export function namesListed(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const shown = names.slice(0, tierItemsListed).join('; ');
  const rest = names.length - tierItemsListed;
  return rest > 0 ? `${shown}; and ${rest} more` : shown;
}

/** How the panel draws a claim and a headed list of claims (detailsPanel.ts). */
export interface ClaimViews {
  section: (heading: string, claims: readonly RoleClaim[]) => HTMLElement;
  item: (claim: RoleClaim) => HTMLElement;
}

/** The role's body in the panel: its own claims, then what it holds through its tiers, apart. */
export function roleClaims(role: RoleDetails, views: ClaimViews): HTMLElement[] {
  const own = ownClaims(role);
  const stated = own.some((group) => group.claims.length > 0);
  const holdings = tierHoldings(role);
  return [
    h(
      'section',
      { class: 'role-own', 'aria-label': 'Its own claims' },
      h('h3', {}, 'Its own claims'),
      stated
        ? ''
        : h('p', { class: 'muted' }, 'No article under this filter says anything of the role itself.'),
      own.map((group) => {
        const section = views.section(group.heading, group.claims);
        section.dataset['kind'] = group.kind;
        return section;
      }),
    ),
    h(
      'section',
      { class: 'role-tier', 'aria-label': 'Through its tier' },
      h('h3', {}, 'Through its tier'),
      holdings.length === 0
        ? h('p', { class: 'muted' }, 'No article under this filter places the role in a tier.')
        : h(
            'ul',
            { class: 'claims' },
            holdings.map((holding) => holdingItem(holding, views)),
          ),
    ),
  ];
}

function holdingItem(holding: TierHolding, views: ClaimViews): HTMLElement {
  const duties = namesListed(holding.responsibilities);
  const skills = namesListed(holding.skills);
  const item = views.item(holding);
  item.prepend('In ');
  item.append(
    h(
      'p',
      { class: 'tier-holds' },
      duties
        ? `The tier’s responsibilities by that article: ${duties}.`
        : 'That article gives the tier no responsibilities.',
    ),
    h(
      'p',
      { class: 'tier-holds' },
      skills ? `The tier’s skills by that article: ${skills}.` : 'That article gives the tier no skills.',
    ),
  );
  return item;
}
