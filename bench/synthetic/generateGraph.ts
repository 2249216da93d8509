import { nodeId, type NodeLabel, type RelationshipType } from '../../src/data/model.ts';
import type {
  NodeRef,
  PlannedNode,
  PlannedRelationship,
  PropertyValue,
} from '../../src/ingest/plan/graphPlan.ts';
import { kebabCase } from '../../src/textMatching.ts';
import { SeededRandom } from './random.ts';
import type { Scale } from './scale.ts';
import {
  dimensionNames,
  fillerWords,
  objects,
  roleNames,
  skillWords,
  tierNames,
  verbs,
} from './vocabulary.ts';

/** What one synthetic article adds: the same node and relationship shapes the seed pipeline writes. */
export interface ArticlePlan {
  sourceSlug: string;
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

interface Entity {
  label: NodeLabel;
  slug: string;
  name: string;
}

const pad = (n: number, width = 6) => String(n).padStart(width, '0');

/** Numbered entities beyond the hand-named ones: "Tier 17", "Role 1234". */
function namedPool(label: NodeLabel, names: readonly string[], size: number): Entity[] {
  return Array.from({ length: size }, (_, i) => {
    const name = names[i] ?? `${label} ${i + 1}`;
    return { label, slug: kebabCase(name), name };
  });
}

/** Stable fingerprint of a synthetic graph, stored on every Source so a loaded graph is recognised. */
export function syntheticFingerprint(scale: Scale, seed: number): string {
  return `synthetic-v1-seed${seed}-articles${scale.articles}`;
}

/**
 * Articles one after another, deterministically from `seed`. Tiers, roles and dimensions are
 * drawn with a skew, so a few are hubs (the first tiers are in most articles) and the rest a long
 * tail; responsibilities and skills are mostly new per article, sometimes shared. Pools grow with
 * the graph (tiers with the square root of the article count), as a corpus of articles would.
 */
export function* generateArticles(scale: Scale, seed = 7): Generator<ArticlePlan> {
  const random = new SeededRandom(seed);
  const articles = scale.articles;
  const tiers = namedPool('Tier', tierNames, 3 + Math.floor(Math.sqrt(articles)));
  const roles = namedPool('Role', roleNames, 12 + Math.floor(articles * 0.6));
  const dimensions = namedPool('Dimension', dimensionNames, 7 + Math.floor(articles / 100));
  const responsibilities: Entity[] = [];
  const skills: Entity[] = [];
  const fingerprint = syntheticFingerprint(scale, seed);

  const sentence = (words: number, inserted: readonly string[]) => {
    const parts = Array.from({ length: words }, () => random.pick(fillerWords));
    for (const name of inserted) parts.splice(random.int(0, parts.length), 0, name);
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  for (let index = 1; index <= articles; index += 1) {
    const source = `synthetic-${pad(index)}`;
    const nodes: PlannedNode[] = [];
    const relationships: PlannedRelationship[] = [];
    const semantic = new Map<string, PlannedNode>();
    const evidenced = new Set<string>();

    const entityRef = (entity: Entity, props: Record<string, PropertyValue> = {}): NodeRef => {
      const id = nodeId(entity.label, entity.slug);
      if (!semantic.has(id)) {
        const node: PlannedNode = {
          label: entity.label,
          id,
          props: { slug: entity.slug, name: entity.name, sources: [source], ...props },
        };
        semantic.set(id, node);
        nodes.push(node);
      }
      return { label: entity.label, id };
    };
    const relate = (
      type: RelationshipType,
      from: NodeRef,
      to: NodeRef,
      props: Record<string, PropertyValue>,
    ) => {
      relationships.push({ type, from, to, props });
    };
    // A claim, and EVIDENCED_BY from each semantic end to each statement it cites (once).
    const claim = (
      type: RelationshipType,
      from: NodeRef,
      to: NodeRef,
      evidence: string[],
      extra: Record<string, string> = {},
    ) => {
      relate(type, from, to, { source, evidence, ...extra });
      for (const end of [from, to]) {
        if (end.label === 'Source') continue;
        for (const statement of evidence) {
          const key = `${end.id}>${statement}`;
          if (evidenced.has(key)) continue;
          evidenced.add(key);
          relate('EVIDENCED_BY', end, { label: 'Statement', id: statement }, { source });
        }
      }
    };

    const sourceRef: NodeRef = { label: 'Source', id: nodeId('Source', source) };
    const sourceNode: PlannedNode = {
      ...sourceRef,
      props: {
        slug: source,
        name: `Synthetic article ${index}`,
        title: `Synthetic article ${index}`,
        column: 'Synthetic',
        publisher: 'Synthetic press',
        file: 'synthetic',
        sha256: fingerprint,
        statementCount: 0,
        synthetic: fingerprint,
      },
    };
    nodes.push(sourceNode);

    let sectionPosition = 0;
    let statementPosition = 0;
    let currentSection: { ref: NodeRef; slug: string; name: string; position: number } | null = null;
    let statementInSection = 0;
    const section = (name: string) => {
      sectionPosition += 1;
      const slug = `${kebabCase(name)}-${sectionPosition}`;
      const ref: NodeRef = { label: 'Section', id: nodeId('Section', `${source}/${slug}`) };
      nodes.push({
        ...ref,
        props: {
          slug: `${source}/${slug}`,
          name,
          source,
          position: sectionPosition,
          line: sectionPosition * 10,
        },
      });
      relate('HAS_SECTION', sourceRef, ref, { position: sectionPosition });
      currentSection = { ref, slug, name, position: sectionPosition };
      statementInSection = 0;
    };
    // A statement in the current section, with MENTIONS of the entities its text names.
    const statement = (
      text: string,
      kind: 'paragraph' | 'bullet',
      mentioned: readonly Entity[] = [],
      lead: string | null = null,
    ): string => {
      if (!currentSection) throw new Error('statement outside a section');
      statementPosition += 1;
      statementInSection += 1;
      const key = `${currentSection.position}.${statementInSection}`;
      const id = nodeId('Statement', `${source}/${key}`);
      nodes.push({
        label: 'Statement',
        id,
        props: {
          slug: `${source}/${key}`,
          key,
          name: `${currentSection.name} ${statementInSection}`,
          source,
          section: currentSection.slug,
          position: statementPosition,
          kind,
          text,
          normalized: text,
          lead,
          line: statementPosition * 2,
        },
      });
      relate(
        'HAS_STATEMENT',
        currentSection.ref,
        { label: 'Statement', id },
        { position: statementPosition },
      );
      for (const entity of mentioned) {
        if (entity.label === 'Tier' || entity.label === 'Role' || entity.label === 'Dimension') {
          relate(
            'MENTIONS',
            { label: 'Statement', id },
            { label: entity.label, id: nodeId(entity.label, entity.slug) },
            { source, alias: entity.name },
          );
        }
      }
      return id;
    };
    const filler = (count: number) => {
      for (let i = 0; i < count; i += 1) statement(sentence(random.int(10, 24), []), 'paragraph');
    };

    const articleTiers = random
      .distinctSkewed(tiers.length, 2, 2.5)
      .map((i) => tiers[i])
      .filter((t): t is Entity => t !== undefined);
    const articleDimensions = random
      .distinctSkewed(dimensions.length, random.int(4, 6), 2)
      .map((i) => dimensions[i])
      .filter((d): d is Entity => d !== undefined);

    section('Definition');
    const definitions = articleTiers.map((tier) =>
      statement(sentence(random.int(12, 20), [tier.name]), 'paragraph', [tier]),
    );
    filler(random.int(1, 3));

    section('Members');
    for (const tier of articleTiers) {
      const members = random
        .distinctSkewed(roles.length, random.int(3, 6), 3)
        .map((i) => roles[i])
        .filter((r): r is Entity => r !== undefined);
      const evidence = statement(
        sentence(random.int(8, 14), [tier.name, ...members.map((r) => r.name)]),
        'paragraph',
        [tier, ...members],
      );
      const tierRef = entityRef(tier);
      for (const role of members)
        claim('MEMBER_OF', entityRef(role, { aliases: [role.name.toUpperCase()] }), tierRef, [evidence]);
      const [orientation, horizon] = random.chance(0.5)
        ? (['strategic', 'long-term'] as const)
        : (['operational', 'day-to-day'] as const);
      const definition = definitions[articleTiers.indexOf(tier)] ?? evidence;
      claim(
        'HAS_ATTRIBUTE',
        tierRef,
        entityRef(
          { label: 'Attribute', slug: `orientation-${orientation}`, name: orientation },
          { kind: 'orientation', value: orientation },
        ),
        [definition],
        { kind: 'orientation' },
      );
      claim(
        'HAS_ATTRIBUTE',
        tierRef,
        entityRef(
          { label: 'Attribute', slug: `time-horizon-${horizon}`, name: horizon },
          { kind: 'time-horizon', value: horizon },
        ),
        [definition],
        { kind: 'time-horizon' },
      );
    }

    const lists = [
      [
        'Responsibilities',
        'Responsibility',
        'HAS_RESPONSIBILITY',
        responsibilities,
        () => `${random.pick(verbs)} ${random.pick(objects)}`,
        8,
        12,
      ] as const,
      [
        'Skills',
        'Skill',
        'REQUIRES_SKILL',
        skills,
        () => `${random.pick(skillWords)} skills`,
        6,
        10,
      ] as const,
    ];
    for (const [heading, label, type, pool, name, min, max] of lists) {
      for (const tier of articleTiers) {
        section(`${heading} of ${tier.name}`);
        const intro = statement(sentence(random.int(8, 14), [tier.name]), 'paragraph', [tier]);
        const items = random.int(min, max);
        for (let i = 0; i < items; i += 1) {
          // Mostly new items, a quarter shared with earlier articles (the early ones most).
          const reused =
            pool.length > 0 && random.chance(0.25) ? pool[random.skewed(pool.length, 3)] : undefined;
          const entity = reused ?? { label, slug: '', name: '' };
          if (!reused) {
            const itemName = `${name()} ${pool.length + 1}`;
            entity.slug = kebabCase(itemName);
            entity.name = itemName;
            pool.push(entity);
          }
          const item = statement(
            `${entity.name}: ${sentence(random.int(6, 12), [])}`,
            'bullet',
            [],
            entity.name,
          );
          claim(type, entityRef(tier), entityRef(entity, { description: sentence(8, []) }), [item, intro]);
        }
      }
    }

    section('Comparison');
    for (const dimension of articleDimensions) {
      const evidence = statement(
        sentence(random.int(10, 18), [dimension.name, ...articleTiers.map((t) => t.name)]),
        'paragraph',
        [dimension, ...articleTiers],
      );
      claim('COMPARES_ON', sourceRef, entityRef(dimension), [evidence]);
      for (const tier of articleTiers) {
        const slug = `${tier.slug}--${dimension.slug}--${source}`;
        const characteristic = entityRef(
          { label: 'Characteristic', slug, name: `${tier.name}: ${dimension.name.toLowerCase()}` },
          { summary: sentence(random.int(8, 14), []), source, tier: tier.slug, dimension: dimension.slug },
        );
        claim('HAS_CHARACTERISTIC', entityRef(tier), characteristic, [evidence]);
        claim('ON_DIMENSION', characteristic, entityRef(dimension), [evidence]);
      }
    }

    section('Working together');
    const together = statement(
      sentence(
        random.int(10, 16),
        articleTiers.map((t) => t.name),
      ),
      'paragraph',
      articleTiers,
    );
    for (let i = 0; i < random.int(2, 3); i += 1) {
      const benefitName = `Benefit ${index}-${i + 1}`;
      const item = statement(`${benefitName}: ${sentence(random.int(6, 12), [])}`, 'bullet', [], benefitName);
      const benefit = entityRef(
        { label: 'CollaborationBenefit', slug: kebabCase(benefitName), name: benefitName },
        { description: sentence(8, []) },
      );
      for (const tier of articleTiers) claim('BETWEEN', benefit, entityRef(tier), [item, together]);
    }
    section('Notes');
    filler(random.int(6, 14));

    sourceNode.props['statementCount'] = statementPosition;
    yield { sourceSlug: source, nodes, relationships };
  }
}
