import * as characteristic from './characteristic/relation.ts';
import * as collaboration from './collaboration/relation.ts';
import * as levelPlacement from './levelPlacement/relation.ts';
import * as membership from './membership/relation.ts';
import * as tierAttribute from './tierAttribute/relation.ts';
import * as tierResponsibility from './tierResponsibility/relation.ts';
import * as reportingLine from './reportingLine/relation.ts';
import * as roleResponsibility from './roleResponsibility/relation.ts';
import * as roleSkill from './roleSkill/relation.ts';
import * as tierSkill from './tierSkill/relation.ts';

/**
 * The kinds of sourced claim, one folder each (README, "Adding a kind of claim"), with the
 * relations each states, in the order counts and statistics list them. A kind's folder holds
 * everything particular to it: `relation.ts` (its relations, their drawing and claim records),
 * `schema.graphql`, `annotations.ts` and `resolve.ts` (its part of the annotation format and the
 * loader step reading it), `fields.ts` (the API fields that follow it). This file and the two
 * beside it (`annotations.ts`, `ingest.ts`, `fields.ts`) register each folder once per layer.
 * A `relation.ts` may also name the records of other GraphQL types the kind answers with
 * (`records`: type name to `file#Record` in its folder), which codegen maps.
 */
export const claimKindModules = {
  membership,
  tierAttribute,
  tierResponsibility,
  tierSkill,
  levelPlacement,
  characteristic,
  collaboration,
  roleResponsibility,
  roleSkill,
  reportingLine,
};
export type ClaimKindName = keyof typeof claimKindModules;

/** The GraphQL types a kind answers with and the records their resolvers receive, for codegen. */
export function graphqlRecords(kind: ClaimKindName): Record<string, string> {
  const module: object = claimKindModules[kind];
  const claimRecords = claimKindModules[kind].relations.flatMap((relation) =>
    relation.claimType ? [[relation.claimType, `relation.ts#${relation.claimType}Record`] as const] : [],
  );
  const others = 'records' in module && isNames(module.records) ? Object.entries(module.records) : [];
  return Object.fromEntries([...claimRecords, ...others]);
}
const isNames = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
