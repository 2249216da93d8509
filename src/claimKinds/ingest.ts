import type { Annotations } from '../ingest/annotations.ts';
import type { ClaimContext, ClaimType } from '../ingest/resolve/claimContext.ts';
import * as characteristic from './characteristic/resolve.ts';
import * as collaboration from './collaboration/resolve.ts';
import * as levelPlacement from './levelPlacement/resolve.ts';
import * as membership from './membership/resolve.ts';
import * as reportingLine from './reportingLine/resolve.ts';
import * as roleResponsibility from './roleResponsibility/resolve.ts';
import * as roleSkill from './roleSkill/resolve.ts';
import * as tierAttribute from './tierAttribute/resolve.ts';
import * as tierResponsibility from './tierResponsibility/resolve.ts';
import * as tierSkill from './tierSkill/resolve.ts';
import type { ClaimKindName } from './relations.ts';

/**
 * The loader step of each kind of claim (its `resolve.ts`): the part of the annotations it reads
 * and the claim relationships it writes. claimKinds.test.ts checks that every claim type has
 * exactly one writer and every part of the format one reader.
 */
export interface ClaimKindStep {
  kind: ClaimKindName;
  /** The part of the annotations this kind reads. */
  reads: keyof Omit<Annotations, 'source' | 'entities'>;
  /** The claim relationships it writes. */
  writes: readonly ClaimType[];
  resolve: (annotations: Annotations, at: ClaimContext) => void;
}

/** In the order they resolve, which is the order an annotation file's errors are reported in. */
export const claimKindSteps: readonly ClaimKindStep[] = [
  { kind: 'membership', ...membership },
  { kind: 'tierAttribute', ...tierAttribute },
  { kind: 'tierResponsibility', ...tierResponsibility },
  { kind: 'tierSkill', ...tierSkill },
  { kind: 'characteristic', ...characteristic },
  { kind: 'collaboration', ...collaboration },
  { kind: 'roleResponsibility', ...roleResponsibility },
  { kind: 'roleSkill', ...roleSkill },
  { kind: 'reportingLine', ...reportingLine },
  // Last: it places every tier the other kinds named, from what they said about it.
  { kind: 'levelPlacement', ...levelPlacement },
];
