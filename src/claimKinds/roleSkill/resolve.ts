import { listResolver } from '../../ingest/resolve/listClaims.ts';

/** A role's own skills and qualifications: `REQUIRES_SKILL` from the role to each item. */
export const resolve = listResolver({
  part: 'roleSkills',
  key: 'role',
  lists: (annotations) => (annotations.roleSkills ?? []).map((list) => ({ ...list, holder: list.role })),
  holder: 'roles',
  label: 'Skill',
  type: 'REQUIRES_SKILL',
});
export const reads = 'roleSkills';
export const writes = ['REQUIRES_SKILL'] as const;
