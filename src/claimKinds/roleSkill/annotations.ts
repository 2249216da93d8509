import { z } from 'zod';
import { listItems, slug } from '../../ingest/annotationParts.ts';

/** `roleSkills: [{ role, evidence, items }]`: a role's own list of skills and qualifications (a person specification). Optional: few pages speak of roles themselves. */
export const part = {
  roleSkills: z.array(z.object({ role: slug, ...listItems }).strict()).optional(),
};
