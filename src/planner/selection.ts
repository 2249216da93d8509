import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
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

/**
 * The trees already made, by field node (Apollo keeps one parsed document per query text, so a
 * field node is the same for every request of that text), then by parent type and variables:
 * the tree depends on nothing else. Trees are only read, never changed, so they are shared.
 */
const treesByField = new WeakMap<FieldNode, LRUCache<string, ResolveTree[]>>();

/** The tree of the field being resolved: made once per document, parent type and variables. */
export function currentSelection(info: GraphQLResolveInfo): ResolveTree[] {
  const [node, ...more] = info.fieldNodes;
  if (!node || more.length > 0) return parsedSelection(info);
  let trees = treesByField.get(node);
  if (!trees) {
    trees = new LRUCache({ max: 64 });
    treesByField.set(node, trees);
  }
  const key = JSON.stringify([info.parentType.name, info.variableValues]);
  const known = trees.get(key);
  if (known) return known;
  const made = parsedSelection(info);
  trees.set(key, made);
  return made;
}

function parsedSelection(info: GraphQLResolveInfo): ResolveTree[] {
  const tree = parseResolveInfo(info);
  return isResolveTree(tree) ? [tree] : [];
}
