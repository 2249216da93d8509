import { listResolver } from '../../ingest/resolve/listClaims.ts';

/** A tier's responsibilities: `HAS_RESPONSIBILITY` from the tier to each item. */
export const resolve = listResolver({
  part: 'responsibilities',
  key: 'tier',
  lists: (annotations) => annotations.responsibilities.map((list) => ({ ...list, holder: list.tier })),
  holder: 'tiers',
  label: 'Responsibility',
  type: 'HAS_RESPONSIBILITY',
});
export const reads = 'responsibilities';
export const writes = ['HAS_RESPONSIBILITY'] as const;
