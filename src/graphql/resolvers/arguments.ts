import { anyClaim, type ClaimFilter } from '../../data/claims.ts';
import type { EntityFilterValues } from '../../data/organisation.ts';
import { decodeId, type DecodedId } from '../../data/ids.ts';
import { nodeLabels, type NodeLabel } from '../../data/model.ts';
import { badUserInput } from '../errors.ts';
import type { ClaimMethod, EntityFilter, Orientation, TimeHorizon } from '../__generated__/resolvers.ts';

const orientationValues: Record<Orientation, string> = { STRATEGIC: 'strategic', OPERATIONAL: 'operational' };
const timeHorizonValues: Record<TimeHorizon, string> = { LONG_TERM: 'long-term', DAY_TO_DAY: 'day-to-day' };

/** The optional text of a filter or argument: trimmed, at most 200 characters, null when empty. */
export function textArgument(value: string | null | undefined, argument: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 200)
    throw badUserInput(`${argument} must be at most 200 characters, got ${trimmed.length}`, argument);
  return trimmed === '' ? null : trimmed;
}

export function entityFilter(filter: EntityFilter | null | undefined): EntityFilterValues {
  return {
    source: textArgument(filter?.source, 'filter.source'),
    tier: textArgument(filter?.tier, 'filter.tier'),
    orientation: filter?.orientation ? orientationValues[filter.orientation] : null,
    timeHorizon: filter?.timeHorizon ? timeHorizonValues[filter.timeHorizon] : null,
    text: textArgument(filter?.text, 'filter.text'),
  };
}

/** An integer argument within bounds, or BAD_USER_INPUT saying what is allowed. */
export function boundedInt(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badUserInput(`${argument} must be between ${min} and ${max}, got ${n}`, argument);
  return n;
}

/** A node id from a client; BAD_USER_INPUT if it is not one this API issued. */
export function nodeIdArgument(id: string, argument: string): DecodedId {
  const decoded = decodeId(id);
  if (!decoded)
    throw badUserInput(
      `${argument} is not a valid node id: use the id field of a node returned by this API`,
      argument,
    );
  return decoded;
}

/** Which claims a list keeps by `method` and `minConfidence`; BAD_USER_INPUT for a confidence outside 0..1. */
export function claimFilter(
  method: ClaimMethod | null | undefined,
  minConfidence: number | null | undefined,
): ClaimFilter {
  if (minConfidence !== null && minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw badUserInput(
      `minConfidence must be between 0 and 1 (1 keeps only fully confident claims), got ${minConfidence}`,
      'minConfidence',
    );
  }
  if ((method ?? null) === null && (minConfidence ?? null) === null) return anyClaim;
  return { method: method ?? null, minConfidence: minConfidence ?? null };
}

/** Node labels to keep, each one of the model's; null keeps all. BAD_USER_INPUT names the allowed ones. */
export function labelsArgument(labels: readonly string[] | null | undefined): NodeLabel[] | null {
  if (labels === null || labels === undefined) return null;
  return labels.map((label) => {
    const known = nodeLabels.find((l) => l === label);
    if (!known)
      throw badUserInput(
        `labels: ${label} is not a node label; use any of ${nodeLabels.join(', ')}`,
        'labels',
      );
    return known;
  });
}
