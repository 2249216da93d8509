import type { EdgeLook } from './relationDefinition.ts';
import { relationList } from './relations.ts';
import { claimKindOf, claimRelations } from './relations.ts';

/**
 * How drawings show each kind of edge: every kind of claim as its folder describes it
 * (src/claimKinds/<kind>/relation.ts), then the edges no kind claims. Served by the API (a drawn
 * edge's `style`, and `edgeStyles` for a key), so pages keep no copy of the model.
 */
export interface EdgeStyleRecord extends EdgeLook {
  /** Whether the edge is a claim of an article (rather than its evidence, or structure). */
  claim: boolean;
}

/** An article's sentences behind a node (evidence, mentions): sourced, but no claim. */
const evidenceStyle: EdgeStyleRecord = {
  kind: 'evidence',
  name: 'evidence and mentions',
  color: '#8a8a8a',
  hierarchy: false,
  claim: false,
};
/** Links no article states: the articles' sections, similarity. */
const structureStyle: EdgeStyleRecord = {
  kind: 'structure',
  name: 'structure',
  color: '#c4c4c4',
  hierarchy: false,
  claim: false,
};

/** Every style once, the kinds of claim first in the model's order. */
export const edgeStyles: readonly EdgeStyleRecord[] = [
  ...new Map(
    relationList.flatMap((relation) =>
      relation.look ? [[relation.look.kind, { ...relation.look, claim: true }] as const] : [],
    ),
  ).values(),
  evidenceStyle,
  structureStyle,
];

const styleOfKind = new Map(edgeStyles.map((style) => [style.kind, style]));
const lookOfKind = new Map(claimRelations.map(({ kind, relation }) => [kind, relation.look]));

/** The style of a drawn edge, from its type, the labels at its ends and the source stating it. */
export function edgeStyleOf(
  type: string,
  fromLabel: string,
  toLabel: string,
  source: string | null,
): EdgeStyleRecord {
  if (source === null) return structureStyle;
  const kind = claimKindOf(type, fromLabel, toLabel);
  const look = kind === null ? undefined : lookOfKind.get(kind);
  return (look && styleOfKind.get(look.kind)) ?? evidenceStyle;
}
