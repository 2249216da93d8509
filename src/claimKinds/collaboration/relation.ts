import { sourcedRelation } from '../../data/relationDefinition.ts';

/** A collaboration benefit and each tier of the group it links. */
export const between = sourcedRelation('BETWEEN', ['CollaborationBenefit', 'Tier'], {
  kind: 'collaboration',
  name: 'collaboration',
  color: '#b8860b',
  hierarchy: false,
});
export const relations = [between] as const;
