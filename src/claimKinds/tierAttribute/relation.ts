import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source gives a tier a filterable value (orientation, time horizon, scope, management level). */
export const hasAttribute = claimRelation(
  'HAS_ATTRIBUTE',
  ['Tier', 'Attribute'],
  'AttributeClaim',
  { kind: 'tier-attribute', name: 'attribute', color: '#16a085', hierarchy: false },
  (tier, attribute, claim) => ({
    tier,
    attribute,
    claim,
    // An attribute claim shows its attribute's kind, value and name as its own.
    kind: attribute.kind,
    value: attribute.value,
    name: attribute.name,
  }),
);
export const relations = [hasAttribute] as const;
export type AttributeClaimRecord = ClaimRecordOf<typeof hasAttribute>;
