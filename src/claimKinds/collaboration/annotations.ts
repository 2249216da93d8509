import { z } from 'zod';
import { evidence, quote, slug } from '../../ingest/annotationParts.ts';

/** `collaboration: { tiers, evidence, benefits }`: why a group of tiers must work together. */
export const part = {
  collaboration: z
    .object({ tiers: z.array(slug).min(2), evidence, benefits: z.array(quote).min(1) })
    .strict()
    .optional(),
};
