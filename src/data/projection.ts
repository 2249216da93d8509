import type { CypherParams } from '../db/cypher.ts';
import { toRecord, type NodeRecord } from './records.ts';

/**
 * What a data-layer query returns for each node it lists: by default its properties; with a plan
 * (src/planner), also everything the operation will ask about it, fetched in the same statement
 * and handed to the request's loaders, so the resolvers that follow find it there and send no
 * query of their own.
 */
export interface NodeProjection {
  /** The Cypher expression projecting node variable `variable`; call once per statement. */
  expression(variable: string): string;
  /** Parameters the expression uses (after `expression` was called). */
  readonly params: CypherParams;
  /** Takes one projected value, caches what came with it, and returns the node's record. */
  receive(value: unknown): NodeRecord;
}

type Projected = Record<string, unknown>;
const projected = (value: unknown): Projected =>
  value !== null && typeof value === 'object' ? (value as Projected) : {};

/** Every property of the node and nothing around it: what reads without a plan use. */
export const propertiesOnly: NodeProjection = {
  expression: (variable) => `${variable} {.*}`,
  params: {},
  receive: (value) => toRecord(projected(value)),
};
