import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { anyClaim, keeps } from '../../src/data/claims.ts';
import { claimProjection, coreProperties, projectedClaim } from '../../src/data/nodeProperties.ts';
import { toClaim, toRecord } from '../../src/data/records.ts';
import { claimFilter } from '../../src/graphql/resolvers/arguments.ts';

const characteristic = {
  id: 'Characteristic:senior-leadership--primary-focus--first',
  slug: 'senior-leadership--primary-focus--first',
  name: 'Senior leadership: primary focus',
  summary: 'Shapes the vision.',
  source: 'first',
  tier: 'senior-leadership',
  dimension: 'primary-focus',
};

describe('how a claim was made, as read from the graph', () => {
  it('is what the claim stores, and curated with confidence 1 where it stores nothing (graphs seeded before)', () => {
    expect(
      toClaim('MEMBER_OF', {
        source: 'first',
        evidence: ['Statement:first/a.1'],
        method: 'EXTRACTED',
        confidence: 0.72,
      }),
    ).toEqual({
      type: 'MEMBER_OF',
      source: 'first',
      evidence: ['Statement:first/a.1'],
      kind: null,
      method: 'EXTRACTED',
      confidence: 0.72,
    });
    expect(toClaim('MEMBER_OF', { source: 'first', evidence: [] })).toMatchObject({
      method: 'CURATED',
      confidence: 1,
    });
    expect(
      toClaim('MEMBER_OF', { source: 'first', evidence: [], method: null, confidence: null }),
    ).toMatchObject({ method: 'CURATED', confidence: 1 });
    expect(
      toClaim('MEMBER_OF', { source: 'first', evidence: [], method: 'CURATED', confidence: 1 }),
    ).toMatchObject({ method: 'CURATED', confidence: 1 });
  });

  it('is read from a characteristic node the same way', () => {
    expect(toRecord({ ...characteristic, method: 'EXTRACTED', confidence: 0.6 })).toMatchObject({
      label: 'Characteristic',
      method: 'EXTRACTED',
      confidence: 0.6,
    });
    expect(toRecord(characteristic)).toMatchObject({
      label: 'Characteristic',
      method: 'CURATED',
      confidence: 1,
    });
    // Planned reads name the properties they read: these two always, since lists filter on them.
    expect(coreProperties.Characteristic).toEqual(expect.arrayContaining(['method', 'confidence']));
  });

  it('refuses a stored value the API cannot show truthfully, as a broken graph', () => {
    expect(() => toClaim('MEMBER_OF', { source: 'first', evidence: [], method: 'extracted' })).toThrow(
      'claim with an unknown method: "extracted"',
    );
    expect(() => toClaim('MEMBER_OF', { source: 'first', evidence: [], confidence: 1.2 })).toThrow(
      'claim with a confidence outside [0, 1]: 1.2',
    );
    expect(() => toRecord({ ...characteristic, confidence: '0.5' })).toThrow(
      'claim with a confidence outside [0, 1]: "0.5"',
    );
  });

  it('comes back from a planned statement in the order the statement projects it', () => {
    expect(claimProjection('r')).toBe('[r.source, r.evidence, r.kind, r.method, r.confidence]');
    const row = ['first', ['Statement:first/a.1'], 'orientation', 'EXTRACTED', 0.4];
    expect(toClaim('HAS_ATTRIBUTE', projectedClaim(row))).toEqual({
      type: 'HAS_ATTRIBUTE',
      source: 'first',
      evidence: ['Statement:first/a.1'],
      kind: 'orientation',
      method: 'EXTRACTED',
      confidence: 0.4,
    });
  });
});

describe('filtering claims by method and confidence', () => {
  const curated = { method: 'CURATED', confidence: 1 } as const;
  const extracted = { method: 'EXTRACTED', confidence: 0.72 } as const;

  it('keeps claims made the way asked and at least as confident as asked', () => {
    expect([curated, extracted].filter((c) => keeps(anyClaim, c))).toEqual([curated, extracted]);
    expect([curated, extracted].filter((c) => keeps(claimFilter('EXTRACTED', null), c))).toEqual([extracted]);
    expect([curated, extracted].filter((c) => keeps(claimFilter('CURATED', undefined), c))).toEqual([
      curated,
    ]);
    expect([curated, extracted].filter((c) => keeps(claimFilter(null, 0.72), c))).toEqual([
      curated,
      extracted,
    ]);
    expect([curated, extracted].filter((c) => keeps(claimFilter(null, 0.73), c))).toEqual([curated]);
    expect([curated, extracted].filter((c) => keeps(claimFilter(undefined, 0), c))).toEqual([
      curated,
      extracted,
    ]);
  });

  it('refuses a minConfidence outside 0..1 as BAD_USER_INPUT naming the argument', () => {
    for (const bad of [1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      let error: unknown;
      try {
        claimFilter(null, bad);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, String(bad)).toBeInstanceOf(GraphQLError);
      expect(error instanceof GraphQLError && error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'minConfidence',
      });
      expect(error instanceof GraphQLError && error.message).toBe(
        `minConfidence must be between 0 and 1 (1 keeps only fully confident claims), got ${bad}`,
      );
    }
  });
});
