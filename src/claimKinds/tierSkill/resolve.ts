import { listResolver } from '../../ingest/resolve/listClaims.ts';

/** A tier's skills: `REQUIRES_SKILL` from the tier to each item. */
export const resolve = listResolver({
  part: 'skills',
  key: 'tier',
  lists: (annotations) => annotations.skills.map((list) => ({ ...list, holder: list.tier })),
  holder: 'tiers',
  label: 'Skill',
  type: 'REQUIRES_SKILL',
});
export const reads = 'skills';
export const writes = ['REQUIRES_SKILL'] as const;
