import { z } from 'zod';
import { tierList } from '../../ingest/annotationParts.ts';

/** `responsibilities: [{ tier, evidence, items }]`: a tier's list of responsibilities. */
export const part = { responsibilities: z.array(tierList).default([]) };
