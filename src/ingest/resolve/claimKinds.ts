import { nodeId } from '../../data/model.ts';
import type { Annotations } from '../annotations.ts';
import type { ClaimContext, ClaimType, ItemLabel } from './claimContext.ts';
import { levelPlacements } from './levels/levelKind.ts';

/**
 * One resolve step per kind of sourced claim: each reads its own part of the annotations and
 * writes the claim relationships the graph model lists for it (`claimTypes` in
 * src/data/model.ts). A new kind of claim is one more entry here, with its part of the annotation
 * format in annotations.ts; a unit test checks that every claim type has exactly one writer.
 */
export interface ClaimKind {
  /** The part of the annotations this kind reads. */
  section: keyof Omit<Annotations, 'source' | 'entities'>;
  /** The claim relationships it writes. */
  writes: readonly ClaimType[];
  resolve: (annotations: Annotations, at: ClaimContext) => void;
}

/** Roles placed in a tier: `MEMBER_OF` from each role to the tier. */
function memberships({ memberships }: Annotations, at: ClaimContext): void {
  memberships.forEach((membership, i) => {
    const tier = at.entity('tiers', membership.tier, ['memberships', i, 'tier']);
    const evidence = at.evidence(membership.evidence, ['memberships', i, 'evidence']);
    membership.roles.forEach((role, j) => {
      const path = ['memberships', i, 'roles', j];
      at.claim('MEMBER_OF', at.entity('roles', role, path), tier, evidence, path);
    });
  });
}

/** A tier's filterable values (orientation, time horizon, ...), from the catalogue's closed list. */
function attributes(annotations: Annotations, at: ClaimContext): void {
  annotations.attributes.forEach((attribute, i) => {
    const tier = at.entity('tiers', attribute.tier, ['attributes', i, 'tier']);
    const [kind = '', value = ''] = attribute.value.split('/');
    const known = at.catalogue.attributes.find((a) => a.kind === kind && a.value === value);
    if (!known) {
      const allowed = at.catalogue.attributes.map((a) => `${a.kind}/${a.value}`).join(', ');
      at.fail(['attributes', i, 'value'], `unknown attribute "${attribute.value}"; known: ${allowed}`);
    }
    const slug = `${kind}-${value}`;
    const ref = at.plan.addNode({
      label: 'Attribute',
      id: nodeId('Attribute', slug),
      props: { slug, name: known.name, kind, value },
    });
    const evidence = at.evidence(attribute.evidence, ['attributes', i, 'evidence']);
    at.claim('HAS_ATTRIBUTE', tier, ref, evidence, ['attributes', i], { kind });
  });
}

/**
 * A tier's list of items (responsibilities, skills): each item is evidence of itself, and the
 * list's lead-in, when quoted, is evidence of every item.
 */
function tierList(
  key: 'responsibilities' | 'skills',
  label: ItemLabel,
  type: ClaimType,
): (annotations: Annotations, at: ClaimContext) => void {
  return (annotations, at) =>
    annotations[key].forEach((list, i) => {
      const tier = at.entity('tiers', list.tier, [key, i, 'tier']);
      const listEvidence = at.evidence(list.evidence, [key, i, 'evidence']);
      list.items.forEach((q, j) => {
        const { ref, evidence } = at.item(label, q, [key, i, 'items', j]);
        at.claim(type, tier, ref, [...new Set([evidence, ...listEvidence])], [key, i, 'items', j]);
      });
    });
}

/**
 * The dimensions an article compares tiers on (`COMPARES_ON` from the source), and each tier's
 * characteristic there: a node of its own per tier, dimension and source, with its summary.
 */
function dimensions(annotations: Annotations, at: ClaimContext): void {
  annotations.dimensions.forEach((claim, i) => {
    const dimension = at.entity('dimensions', claim.dimension, ['dimensions', i, 'dimension']);
    const evidence = at.evidence(claim.evidence, ['dimensions', i, 'evidence']);
    at.claim('COMPARES_ON', at.sourceRef, dimension, evidence, ['dimensions', i]);
    const dimensionName = String(at.plan.nodeProperty(dimension, 'name') ?? claim.dimension);
    claim.characteristics.forEach((characteristic, j) => {
      const path = ['dimensions', i, 'characteristics', j];
      const tier = at.entity('tiers', characteristic.tier, [...path, 'tier']);
      const tierEvidence = at.evidence(characteristic.evidence, [...path, 'evidence']);
      const slug = `${characteristic.tier}--${claim.dimension}--${at.source}`;
      const tierName = String(at.plan.nodeProperty(tier, 'name') ?? characteristic.tier);
      const ref = at.plan.addNode({
        label: 'Characteristic',
        id: nodeId('Characteristic', slug),
        props: {
          slug,
          name: `${tierName}: ${dimensionName.toLowerCase()}`,
          summary: characteristic.summary,
          source: at.source,
          tier: characteristic.tier,
          dimension: claim.dimension,
          method: at.method,
          confidence: at.confidenceAt(path),
        },
      });
      at.claim('HAS_CHARACTERISTIC', tier, ref, tierEvidence, path);
      at.claim('ON_DIMENSION', ref, dimension, tierEvidence, path);
    });
  });
}

/** Why two tiers must work together: each benefit is `BETWEEN` it and every tier of the group. */
function collaboration({ collaboration }: Annotations, at: ClaimContext): void {
  if (!collaboration) return;
  const tiers = collaboration.tiers.map((t, i) => at.entity('tiers', t, ['collaboration', 'tiers', i]));
  const groupEvidence = at.evidence(collaboration.evidence, ['collaboration', 'evidence']);
  collaboration.benefits.forEach((q, i) => {
    const path = ['collaboration', 'benefits', i];
    const { ref, evidence } = at.item('CollaborationBenefit', q, path);
    for (const tier of tiers) at.claim('BETWEEN', ref, tier, [evidence, ...groupEvidence], path);
  });
}

/** In the order they resolve, which is the order an annotation file's errors are reported in. */
export const claimKinds: readonly ClaimKind[] = [
  { section: 'memberships', writes: ['MEMBER_OF'], resolve: memberships },
  { section: 'attributes', writes: ['HAS_ATTRIBUTE'], resolve: attributes },
  {
    section: 'responsibilities',
    writes: ['HAS_RESPONSIBILITY'],
    resolve: tierList('responsibilities', 'Responsibility', 'HAS_RESPONSIBILITY'),
  },
  { section: 'skills', writes: ['REQUIRES_SKILL'], resolve: tierList('skills', 'Skill', 'REQUIRES_SKILL') },
  {
    section: 'dimensions',
    writes: ['COMPARES_ON', 'HAS_CHARACTERISTIC', 'ON_DIMENSION'],
    resolve: dimensions,
  },
  { section: 'collaboration', writes: ['BETWEEN'], resolve: collaboration },
  // Last: it places every tier the other kinds named, from what they said about it.
  { section: 'levels', writes: ['AT_LEVEL'], resolve: levelPlacements },
];
