import { similarPairs } from '../similarity/textSimilarity.ts';

/**
 * The one place the consensus views (consensus.ts) take claim similarity from: the scored pairs
 * of texts that the similarity of src/similarity/ finds alike, each pair once. Whatever scores
 * claims there (and is stored as `SIMILAR_TO`) is what groups them here.
 */
export interface ClaimText {
  id: string;
  text: string;
}

export interface ClaimPair {
  from: string;
  to: string;
  score: number;
}

/** Pairs of the texts scoring at least `floor`, compared all against all. */
export function scoredClaimPairs(texts: readonly ClaimText[], floor: number): ClaimPair[] {
  const compared = texts.map((t) => ({ id: t.id, text: t.text, group: '' }));
  return similarPairs(compared, new Set(texts.map((t) => t.id)), floor);
}
