import type { Position } from '../../data/gap.ts';
import { badUserInput } from '../errors.ts';
import type { TierOrRoleRef } from '../__generated__/resolvers.ts';
import { textArgument } from './arguments.ts';

/** A similarity threshold argument, or the server's; BAD_USER_INPUT outside 0 to 1. */
export function minScoreArgument(value: number | null | undefined, fallback: number): number {
  const score = value ?? fallback;
  if (!(score >= 0 && score <= 1))
    throw badUserInput(`minScore must be between 0 and 1, got ${score}`, 'minScore');
  return score;
}

/** A tier or a role named by a `TierOrRoleRef`; BAD_USER_INPUT unless exactly one is. */
export function position(ref: TierOrRoleRef, argument: string): Position {
  const tier = textArgument(ref.tier, `${argument}.tier`);
  const role = textArgument(ref.role, `${argument}.role`);
  if ((tier === null) === (role === null)) {
    throw badUserInput(
      `${argument} must name exactly one of tier or role, such as { tier: "senior-leadership" } or { role: "department-head" }`,
      argument,
    );
  }
  return tier !== null
    ? { label: 'Tier', dbId: `Tier:${tier}` }
    : { label: 'Role', dbId: `Role:${role ?? ''}` };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const ref = (value: unknown): TierOrRoleRef =>
  typeof value === 'object' && value !== null
    ? { tier: text(Reflect.get(value, 'tier')), role: text(Reflect.get(value, 'role')) }
    : {};

/** What a `gap` asks, from its arguments as GraphQL coerced them; undefined when they are not valid. */
export function gapPositions(args: Readonly<Record<string, unknown>>, similarityThreshold: number) {
  try {
    const minScore = args['minScore'];
    return {
      from: position(ref(args['from']), 'from'),
      to: position(ref(args['to']), 'to'),
      source: textArgument(text(args['source']), 'source'),
      minScore: minScoreArgument(typeof minScore === 'number' ? minScore : null, similarityThreshold),
    };
  } catch {
    return undefined;
  }
}

/** What an `overlap` asks, from its arguments as GraphQL coerced them; undefined when they are not valid. */
export function overlapTiers(args: Readonly<Record<string, unknown>>, similarityThreshold: number) {
  try {
    const tiers = Array.isArray(args['tiers']) ? args['tiers'].map((t) => text(t)?.trim() ?? '') : [];
    const [a, b, ...rest] = tiers;
    const minScore = args['minScore'];
    if (!a || !b || rest.length > 0 || a === b) return undefined;
    return {
      tiers: [a, b] as const,
      source: textArgument(text(args['source']), 'source'),
      minScore: minScoreArgument(typeof minScore === 'number' ? minScore : null, similarityThreshold),
    };
  } catch {
    return undefined;
  }
}
