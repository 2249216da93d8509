import { describe, expect, it } from 'vitest';
import { claimMarker } from '../../web/explorer/claimMarker.ts';

describe('the explorer’s marker of how a claim was made', () => {
  it('marks an extracted claim in words, with its confidence', () => {
    expect(claimMarker({ method: 'EXTRACTED', confidence: 0.72 })).toEqual({
      text: 'extracted · 0.72',
      title: "Found automatically in the article's text, not curated by hand; confidence 0.72 of 1.",
    });
    expect(claimMarker({ method: 'EXTRACTED', confidence: 0.5 })?.text).toBe('extracted · 0.50');
  });

  it('leaves a curated claim unmarked', () => {
    expect(claimMarker({ method: 'CURATED', confidence: 1 })).toBeNull();
  });
});
