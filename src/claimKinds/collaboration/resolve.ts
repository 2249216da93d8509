import type { Annotations } from '../../ingest/annotations.ts';
import type { ClaimContext } from '../../ingest/resolve/claimContext.ts';

/** Why two tiers must work together: each benefit is `BETWEEN` it and every tier of the group. */
export function resolve({ collaboration }: Annotations, at: ClaimContext): void {
  if (!collaboration) return;
  const tiers = collaboration.tiers.map((t, i) => at.entity('tiers', t, ['collaboration', 'tiers', i]));
  const groupEvidence = at.evidence(collaboration.evidence, ['collaboration', 'evidence']);
  collaboration.benefits.forEach((q, i) => {
    const path = ['collaboration', 'benefits', i];
    const { ref, evidence } = at.item('CollaborationBenefit', q, path);
    for (const tier of tiers) at.claim('BETWEEN', ref, tier, [evidence, ...groupEvidence], path);
  });
}
export const reads = 'collaboration';
export const writes = ['BETWEEN'] as const;
