import { listResolver } from '../../ingest/resolve/listClaims.ts';

/** A role's own responsibilities: `HAS_RESPONSIBILITY` from the role to each item. */
export const resolve = listResolver({
  part: 'roleResponsibilities',
  key: 'role',
  lists: (annotations) =>
    (annotations.roleResponsibilities ?? []).map((list) => ({ ...list, holder: list.role })),
  holder: 'roles',
  label: 'Responsibility',
  type: 'HAS_RESPONSIBILITY',
});
export const reads = 'roleResponsibilities';
export const writes = ['HAS_RESPONSIBILITY'] as const;
