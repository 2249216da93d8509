import { isSemantic } from '../../data/model.ts';
import type { PlanBuilder } from './planBuilder.ts';

/**
 * Provenance on nodes: every semantic node at either end of a claim links with `EVIDENCED_BY` to
 * each statement behind it, once, so "why is this here" is one hop from any entity.
 */
export function addProvenance(plan: PlanBuilder): void {
  const linked = new Set<string>();
  for (const relationship of plan.relationshipsSoFar()) {
    const evidence = relationship.props['evidence'];
    if (!Array.isArray(evidence)) continue;
    for (const end of [relationship.from, relationship.to]) {
      if (!isSemantic(end.label)) continue;
      for (const statement of evidence) {
        const key = `${end.id}>${statement}`;
        if (linked.has(key)) continue;
        linked.add(key);
        plan.addRelationship({
          type: 'EVIDENCED_BY',
          from: end,
          to: { label: 'Statement', id: statement },
          props: { source: plan.sourceSlug },
        });
      }
    }
  }
}
