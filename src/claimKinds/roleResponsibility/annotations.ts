import { z } from 'zod';
import { listItems, slug } from '../../ingest/annotationParts.ts';

/** `roleResponsibilities: [{ role, evidence, items }]`: a role's own list of duties. Optional: few pages speak of roles themselves. */
export const part = {
  roleResponsibilities: z.array(z.object({ role: slug, ...listItems }).strict()).optional(),
};
