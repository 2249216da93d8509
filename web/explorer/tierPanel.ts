import type { NodeDetails } from './api.ts';
import { claimMarker, type Provenance } from './claimMarker.ts';
import { h } from '../shared/dom.ts';

type TierDetails = Extract<NodeDetails, { __typename: 'Tier' }>;

export interface EvidenceStatement {
  id: string;
  text: string;
  section: { name: string };
  source: { slug: string; title: string };
}

interface TierClaim extends Provenance {
  kind: string;
  subject: string;
  source: { slug: string; title: string };
  evidence: readonly EvidenceStatement[];
}

/** Claims that one article makes on the same sentences, said once: "CEO, CFO, COO, CTO" and one quote. */
export interface ClaimGroup {
  subjects: string[];
  markers: string[];
  evidence: readonly EvidenceStatement[];
}

export function groupByEvidence(claims: readonly TierClaim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    const key = claim.evidence.map((statement) => statement.id).join('|');
    const group = groups.get(key) ?? { subjects: [], markers: [], evidence: claim.evidence };
    group.subjects.push(claim.subject);
    const marker = claimMarker(claim);
    if (marker) group.markers.push(`${claim.subject}: ${marker.text}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function claimsOf(tier: TierDetails): TierClaim[] {
  return [
    ...tier.roles.map((claim) => ({ ...claim, kind: 'Roles', subject: claim.role.name })),
    ...tier.responsibilities.map((claim) => ({
      ...claim,
      kind: 'Responsibilities',
      subject: claim.responsibility.name,
    })),
    ...tier.skills.map((claim) => ({ ...claim, kind: 'Skills', subject: claim.skill.name })),
    ...tier.attributes.map((claim) => ({
      ...claim,
      kind: 'Attributes',
      subject: `${claim.kind}: ${claim.value}`,
    })),
  ];
}

const kinds = ['Roles', 'Responsibilities', 'Skills', 'Attributes'];

function quotes(evidence: readonly EvidenceStatement[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, 'No quoted sentence.');
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((statement) =>
      h(
        'li',
        {},
        h('blockquote', {}, statement.text),
        h('p', { class: 'citation' }, `“${statement.section.name}”`),
      ),
    ),
  );
}

/**
 * A tier's roles, responsibilities, skills and attributes, article by article; claims an article
 * makes in the same sentences are listed together under that sentence, quoted once.
 */
export function tierClaims(tier: TierDetails): HTMLElement[] {
  const claims = claimsOf(tier);
  if (claims.length === 0)
    return [h('p', { class: 'muted' }, 'No claims about this tier under this filter.')];
  const articles = [...new Map(claims.map((claim) => [claim.source.slug, claim.source])).values()];
  return articles.map((article) =>
    h(
      'section',
      { class: 'article-claims', 'data-source': article.slug },
      h('h3', {}, 'According to ', h('cite', {}, article.title)),
      kinds.flatMap((kind) => {
        const ofKind = claims.filter((claim) => claim.kind === kind && claim.source.slug === article.slug);
        if (ofKind.length === 0) return [];
        return [
          h('h4', {}, `${kind} (${ofKind.length})`),
          h(
            'ul',
            { class: 'claim-groups', 'data-kind': kind },
            groupByEvidence(ofKind).map((group) =>
              h(
                'li',
                {},
                h('strong', {}, group.subjects.join(', ')),
                ...group.markers.map((text) => h('span', { class: 'claim-marker extracted' }, text)),
                h(
                  'details',
                  // The sentences placing roles are the point of a tier; a listed item mostly is its sentence.
                  kind === 'Roles' || kind === 'Attributes' ? { open: '' } : {},
                  h('summary', {}, 'Quoted from'),
                  quotes(group.evidence),
                ),
              ),
            ),
          ),
        ];
      }),
    ),
  );
}
