import { z } from 'zod';
import { evidence, slug } from '../../ingest/annotationParts.ts';

/** `reportingLines: [{ role, reportsTo: [role, ...], evidence }]`: whom a role reports to directly. Optional: few pages speak of roles themselves. */
export const part = {
  reportingLines: z
    .array(z.object({ role: slug, reportsTo: z.array(slug).min(1), evidence }).strict())
    .optional(),
};
