import type { Annotations, Quote } from '../annotations.ts';
import type { ClaimContext, ClaimType, ItemLabel } from './claimContext.ts';

/** One list of an annotation part: who holds the items (a tier's or a role's slug), its lead-in and items. */
export interface ListClaim {
  holder: string;
  evidence: readonly Quote[];
  items: readonly Quote[];
}

/**
 * The resolve step of a kind of list claim (a tier's or a role's responsibilities or skills):
 * each item is evidence of itself, and the list's lead-in, when quoted, is evidence of every item.
 */
export function listResolver(spec: {
  /** The part of the annotations, and the name of the field naming the holder in it. */
  part: string;
  key: string;
  lists: (annotations: Annotations) => readonly ListClaim[];
  holder: 'tiers' | 'roles';
  label: ItemLabel;
  type: ClaimType;
}): (annotations: Annotations, at: ClaimContext) => void {
  const { part, key } = spec;
  return (annotations, at) =>
    spec.lists(annotations).forEach((list, i) => {
      const holder = at.entity(spec.holder, list.holder, [part, i, key]);
      const listEvidence = at.evidence([...list.evidence], [part, i, 'evidence']);
      list.items.forEach((q, j) => {
        const { ref, evidence } = at.item(spec.label, q, [part, i, 'items', j]);
        at.claim(spec.type, holder, ref, [...new Set([evidence, ...listEvidence])], [part, i, 'items', j]);
      });
    });
}
