import type { Annotations } from '../../ingest/annotations.ts';
import type { ClaimContext } from '../../ingest/resolve/claimContext.ts';

/** Roles placed in a tier: `MEMBER_OF` from each role to the tier. */
export function resolve({ memberships }: Annotations, at: ClaimContext): void {
  memberships.forEach((membership, i) => {
    const tier = at.entity('tiers', membership.tier, ['memberships', i, 'tier']);
    const evidence = at.evidence(membership.evidence, ['memberships', i, 'evidence']);
    membership.roles.forEach((role, j) => {
      const path = ['memberships', i, 'roles', j];
      at.claim('MEMBER_OF', at.entity('roles', role, path), tier, evidence, path);
    });
  });
}
export const reads = 'memberships';
export const writes = ['MEMBER_OF'] as const;
