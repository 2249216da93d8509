import type { ClaimMethod } from './__generated__/operations.ts';

/** How a claim came into the graph, as the API reports it on every claim and characteristic. */
export interface Provenance {
  method: ClaimMethod;
  confidence: number;
}

/** What the panel writes next to a claim: a short label, and the sentence behind it for a tooltip. */
export interface ClaimMarker {
  text: string;
  title: string;
}

/**
 * The marker of a claim found automatically in the text, with the extraction's confidence
 * ("extracted · 0.72"); none for a curated claim, which is what the graph mostly holds. The
 * marker is text, so it reads the same without colour and to a screen reader.
 */
export function claimMarker({ method, confidence }: Provenance): ClaimMarker | null {
  if (method === 'CURATED') return null;
  const score = confidence.toFixed(2);
  return {
    text: `extracted · ${score}`,
    title: `Found automatically in the article's text, not curated by hand; confidence ${score} of 1.`,
  };
}
