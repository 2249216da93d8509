import { nodeId } from '../../data/model.ts';
import type { Annotations } from '../../ingest/annotations.ts';
import type { ClaimContext } from '../../ingest/resolve/claimContext.ts';

/**
 * The dimensions an article compares tiers on (`COMPARES_ON` from the source), and each tier's
 * characteristic there: a node of its own per tier, dimension and source, with its summary.
 */
export function resolve(annotations: Annotations, at: ClaimContext): void {
  annotations.dimensions.forEach((claim, i) => {
    const dimension = at.entity('dimensions', claim.dimension, ['dimensions', i, 'dimension']);
    const evidence = at.evidence(claim.evidence, ['dimensions', i, 'evidence']);
    at.claim('COMPARES_ON', at.sourceRef, dimension, evidence, ['dimensions', i]);
    const dimensionName = String(at.plan.nodeProperty(dimension, 'name') ?? claim.dimension);
    claim.characteristics.forEach((characteristic, j) => {
      const path = ['dimensions', i, 'characteristics', j];
      const tier = at.entity('tiers', characteristic.tier, [...path, 'tier']);
      const tierEvidence = at.evidence(characteristic.evidence, [...path, 'evidence']);
      const slug = `${characteristic.tier}--${claim.dimension}--${at.source}`;
      const tierName = String(at.plan.nodeProperty(tier, 'name') ?? characteristic.tier);
      const ref = at.plan.addNode({
        label: 'Characteristic',
        id: nodeId('Characteristic', slug),
        props: {
          slug,
          name: `${tierName}: ${dimensionName.toLowerCase()}`,
          summary: characteristic.summary,
          source: at.source,
          tier: characteristic.tier,
          dimension: claim.dimension,
          method: at.method,
          confidence: at.confidenceAt(path),
        },
      });
      at.claim('HAS_CHARACTERISTIC', tier, ref, tierEvidence, path);
      at.claim('ON_DIMENSION', ref, dimension, tierEvidence, path);
    });
  });
}
export const reads = 'dimensions';
export const writes = ['COMPARES_ON', 'HAS_CHARACTERISTIC', 'ON_DIMENSION'] as const;
