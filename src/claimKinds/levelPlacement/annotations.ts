import { z } from 'zod';
import { evidence, slug } from '../../ingest/annotationParts.ts';

/**
 * `levels: [{ tier, level, evidence }]`: where the article places its tiers on the reference
 * ladder (a level slug of the catalogue); a tier the annotations do not place is placed by the
 * rules of src/ingest/resolve/levels/. Optional (rather than defaulting to none) so that
 * extraction, which leaves placement to those rules, need not write it.
 */
export const part = {
  levels: z.array(z.object({ tier: slug, level: slug, evidence }).strict()).optional(),
};
