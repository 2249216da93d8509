import { z } from 'zod';
import { evidence, slug } from '../../ingest/annotationParts.ts';

/** `memberships: [{ tier, roles, evidence }]`: roles a source places in a tier. */
export const part = {
  memberships: z.array(z.object({ tier: slug, roles: z.array(slug).min(1), evidence }).strict()).default([]),
};
