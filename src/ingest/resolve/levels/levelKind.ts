import { nodeId } from '../../../data/model.ts';
import type { Annotations } from '../../annotations.ts';
import type { ParsedStatement } from '../../parse/parseArticle.ts';
import type { NodeRef } from '../../plan/graphPlan.ts';
import { canonicalDimensionOf } from '../canonicalDimensions.ts';
import type { ClaimContext } from '../claimContext.ts';
import { placeTiers, type Said, type TierInput } from './placeTiers.ts';

/**
 * Where the article places its tiers on the reference ladder: `AT_LEVEL` from each tier to a
 * level, per source. Placements the annotations state are curated; every other tier the article
 * names is placed by the rules of placeTiers.ts (`EXTRACTED`, with their confidence), and a tier
 * they cannot place is reported by the load with the reason. The ladder itself is the catalogue's
 * and is written with every article, so `levels` lists it whole.
 */
export function levelPlacements(annotations: Annotations, at: ClaimContext): void {
  const levels = new Map<string, NodeRef>(
    at.catalogue.levels.map((level) => [
      level.slug,
      at.plan.addNode({
        label: 'Level',
        id: nodeId('Level', level.slug),
        props: { slug: level.slug, name: level.name, rank: level.rank, description: level.description },
      }),
    ]),
  );
  const curated = new Set<string>();
  (annotations.levels ?? []).forEach((placement, i) => {
    const tier = at.entity('tiers', placement.tier, ['levels', i, 'tier']);
    const level = levels.get(placement.level);
    if (!level)
      at.fail(
        ['levels', i, 'level'],
        `unknown level "${placement.level}"; the ladder's levels are: ${[...levels.keys()].join(', ')}`,
      );
    at.claim('AT_LEVEL', tier, level, at.evidence(placement.evidence, ['levels', i, 'evidence']), [
      'levels',
      i,
    ]);
    curated.add(placement.tier);
  });
  const tiers = articleTiers(annotations, at).filter((t) => !curated.has(t.slug));
  const { placed, unplaced } = placeTiers(inArticleOrder(tiers, at), at.article.statements);
  for (const placement of placed) {
    const tier = at.entity('tiers', placement.tier, ['levels']);
    const level = levels.get(placement.level);
    const evidence = placement.evidence.map((s) => at.statementId(s));
    if (level && evidence.length > 0)
      at.derivedClaim('AT_LEVEL', tier, level, evidence, placement.confidence);
    else unplaced.push({ tier: placement.tier, reason: 'no statement of the article to cite for its level' });
  }
  for (const { tier, reason } of unplaced) at.plan.note(`tier ${tier} not placed on the ladder: ${reason}`);
}

/**
 * The tiers in the order the article names them: as its title lists them, then by the first
 * statement that names them (the order an article ranks its tiers in, when it does).
 */
function inArticleOrder(tiers: TierInput[], at: ClaimContext): TierInput[] {
  const title = at.article.title.toLowerCase();
  const position = (tier: TierInput) => {
    const names = [tier.name, ...tier.aliases].map((n) => n.toLowerCase().replace(/s$/, ''));
    const inTitle = Math.min(...names.map((n) => title.indexOf(n)).filter((i) => i >= 0));
    const first = at.article.statements.find((s) =>
      names.some((n) => s.normalized.toLowerCase().includes(n)),
    );
    return Number.isFinite(inTitle)
      ? inTitle
      : title.length + (first?.position ?? at.article.statements.length);
  };
  return [...tiers].sort((a, b) => position(a) - position(b));
}

/** The statements the plan's claims so far cite about a tier, in reading order. */
function citedAbout(at: ClaimContext, tierId: string): ParsedStatement[] {
  const ids = new Set(
    at.plan
      .relationshipsSoFar()
      .filter((r) => r.from.id === tierId || r.to.id === tierId)
      .flatMap((r) => (Array.isArray(r.props['evidence']) ? r.props['evidence'] : [])),
  );
  return at.article.statements.filter((s) => ids.has(at.statementId(s)));
}

const quoted = (
  at: ClaimContext,
  quotes: Annotations['memberships'][number]['evidence'],
  path: (string | number)[],
) => quotes.map((q, i) => at.statement(q, [...path, i]));

/** The tiers the annotations name, in the order they first name them, with what they say of each. */
function articleTiers(annotations: Annotations, at: ClaimContext): TierInput[] {
  const order = [
    ...annotations.memberships.map((m) => m.tier),
    ...annotations.responsibilities.map((l) => l.tier),
    ...annotations.skills.map((l) => l.tier),
    ...annotations.dimensions.flatMap((d) => d.characteristics.map((c) => c.tier)),
    ...annotations.attributes.map((a) => a.tier),
    ...(annotations.collaboration?.tiers ?? []),
  ];
  return [...new Set(order)].map((slug) => {
    const entry = at.catalogue.tiers.find((t) => t.slug === slug);
    const members: Said[] = annotations.memberships.flatMap((m, i) =>
      m.tier !== slug
        ? []
        : m.roles.map((role) => ({
            text: at.catalogue.roles.find((r) => r.slug === role)?.name ?? role.replace(/-/g, ' '),
            evidence: quoted(at, m.evidence, ['memberships', i, 'evidence']),
          })),
    );
    return {
      slug,
      name: entry?.name ?? slug.replace(/-/g, ' '),
      aliases: entry?.aliases ?? [],
      members,
      superiors: characteristicsOn(annotations, at, slug, 'reporting-line'),
      subordinates: characteristicsOn(annotations, at, slug, 'span-of-control'),
      fallbackEvidence: citedAbout(at, nodeId('Tier', slug)),
    };
  });
}

/** What the article's comparisons say of a tier on the dimensions of one canonical group. */
function characteristicsOn(
  annotations: Annotations,
  at: ClaimContext,
  tier: string,
  canonical: string,
): Said[] {
  return annotations.dimensions.flatMap((d, i) => {
    const entry = at.catalogue.dimensions.find((e) => e.slug === d.dimension) ?? {
      slug: d.dimension,
      name: d.dimension.replace(/-/g, ' '),
      aliases: [],
    };
    if (canonicalDimensionOf(entry, at.catalogue).slug !== canonical) return [];
    return d.characteristics.flatMap((c, j) =>
      c.tier !== tier
        ? []
        : [
            {
              text: c.summary,
              evidence: quoted(at, c.evidence, ['dimensions', i, 'characteristics', j, 'evidence']),
            },
          ],
    );
  });
}
