import { z } from 'zod';
import { evidence, slug } from '../../ingest/annotationParts.ts';

/** `dimensions: [{ dimension, evidence, characteristics: [{ tier, summary, evidence }] }]`. */
export const part = {
  dimensions: z
    .array(
      z
        .object({
          dimension: slug,
          evidence,
          characteristics: z
            .array(z.object({ tier: slug, summary: z.string().min(1), evidence }).strict())
            .default([]),
        })
        .strict(),
    )
    .default([]),
};
