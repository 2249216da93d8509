import { claimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** Where a source places a tier on the reference ladder (src/ingest/resolve/levels/). */
export const atLevel = claimRelation(
  'AT_LEVEL',
  ['Tier', 'Level'],
  'LevelPlacement',
  { kind: 'level-placement', name: 'tier at level', color: '#0b6e99', hierarchy: false },
  (tier, level, claim) => ({ tier, level, claim }),
);
export const relations = [atLevel] as const;
export type LevelPlacementRecord = ClaimRecordOf<typeof atLevel>;
