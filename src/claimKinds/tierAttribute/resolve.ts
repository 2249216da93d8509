import { nodeId } from '../../data/model.ts';
import type { Annotations } from '../../ingest/annotations.ts';
import type { ClaimContext } from '../../ingest/resolve/claimContext.ts';

/** A tier's filterable values (orientation, time horizon, ...), from the catalogue's closed list. */
export function resolve(annotations: Annotations, at: ClaimContext): void {
  annotations.attributes.forEach((attribute, i) => {
    const tier = at.entity('tiers', attribute.tier, ['attributes', i, 'tier']);
    const [kind = '', value = ''] = attribute.value.split('/');
    const known = at.catalogue.attributes.find((a) => a.kind === kind && a.value === value);
    if (!known) {
      const allowed = at.catalogue.attributes.map((a) => `${a.kind}/${a.value}`).join(', ');
      at.fail(['attributes', i, 'value'], `unknown attribute "${attribute.value}"; known: ${allowed}`);
    }
    const slug = `${kind}-${value}`;
    const ref = at.plan.addNode({
      label: 'Attribute',
      id: nodeId('Attribute', slug),
      props: { slug, name: known.name, kind, value },
    });
    const evidence = at.evidence(attribute.evidence, ['attributes', i, 'evidence']);
    at.claim('HAS_ATTRIBUTE', tier, ref, evidence, ['attributes', i], { kind });
  });
}
export const reads = 'attributes';
export const writes = ['HAS_ATTRIBUTE'] as const;
