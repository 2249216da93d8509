import { z } from 'zod';
import { evidence, slug } from '../../ingest/annotationParts.ts';

/** `attributes: [{ tier, value: kind/value, evidence }]`: a tier's values from the catalogue's closed list. */
export const part = {
  attributes: z
    .array(
      z
        .object({
          tier: slug,
          value: z
            .string()
            .regex(/^[a-z-]+\/[a-z-]+$/, { message: 'must be kind/value, such as orientation/strategic' }),
          evidence,
        })
        .strict(),
    )
    .default([]),
};
