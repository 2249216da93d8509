import { z } from 'zod';
import { isSlug } from '../textMatching.ts';

/** What the parts of the annotation format share (annotations.ts, each claim kind's `annotations.ts`). */

export const slug = z.string().refine(isSlug, {
  message:
    'must be a kebab-case slug such as senior-management or совет-директоров (lowercase letters of any script, digits, single hyphens)',
});

/**
 * A passage of the article: a quote, optionally pinned to a section when it appears twice. A list
 * item may also carry its `name` when it is part of a sentence ("approving leave and overtime"),
 * rather than the whole bullet.
 */
export const quote = z.union([
  z.string().min(3),
  z.object({ quote: z.string().min(3), in: slug.optional(), name: z.string().min(2).optional() }).strict(),
]);
export type Quote = z.infer<typeof quote>;
export const evidence = z
  .array(quote)
  .min(1, { message: 'needs at least one quote: no claim without evidence' });

/**
 * The items of a list claim (responsibilities, skills) beside the entity that holds them: the
 * list's lead-in, when quoted, says the items belong to it, and each item is evidence of itself.
 */
export const listItems = {
  /** Quotes that say the items belong to it (the list's lead-in sentence). */
  evidence: z.array(quote).default([]),
  /** One quote per item; each names the statement the item is. */
  items: z.array(quote).min(1),
};

/** A tier's list of items. */
export const tierList = z.object({ tier: slug, ...listItems }).strict();
