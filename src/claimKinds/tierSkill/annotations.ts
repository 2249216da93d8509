import { z } from 'zod';
import { tierList } from '../../ingest/annotationParts.ts';

/** `skills: [{ tier, evidence, items }]`: a tier's list of skills and qualifications. */
export const part = { skills: z.array(tierList).default([]) };
