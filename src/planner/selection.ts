import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The subtrees selected on type `typeName` under each tree (aliases and fragments merged by the parser). */
export function selections(trees: readonly ResolveTree[], typeName: string, field: string): ResolveTree[] {
  return trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName[typeName] ?? {}).filter((sub) => sub.name === field),
  );
}

function isResolveTree(value: unknown): value is ResolveTree {
  return (
    typeof value === 'object' &&
    value !== null &&
    'fieldsByTypeName' in value &&
    'name' in value &&
    typeof value.name === 'string'
  );
}

/** The tree of the field being resolved. */
export function currentSelection(info: GraphQLResolveInfo): ResolveTree[] {
  const tree = parseResolveInfo(info);
  return isResolveTree(tree) ? [tree] : [];
}
