import {
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { nodeLabels, type NodeLabel } from '../data/model.ts';
import { shownProperties, type PropertySelection } from '../data/nodeProperties.ts';

/**
 * The shown properties (nodeProperties.ts) an operation selects, per label: a shown property is
 * shown by the field of the same name on the label's type, wherever in the operation it appears
 * (any alias, fragment or interface). One set per label for the whole operation, so every record
 * of a label this request caches carries what any of its resolvers will read.
 */
export function selectedProperties(info: GraphQLResolveInfo): PropertySelection {
  // Apollo keeps one parsed document per query text, so this runs once per distinct operation.
  let selection = byOperation.get(info.operation);
  if (!selection) {
    selection = operationProperties(info.schema, info.operation, Object.values(info.fragments));
    byOperation.set(info.operation, selection);
  }
  return selection;
}

const byOperation = new WeakMap<OperationDefinitionNode, PropertySelection>();
const isNodeLabel = (name: string): name is NodeLabel => (nodeLabels as readonly string[]).includes(name);

/** The shown properties `operation` (with the document's `fragments`) selects, per label. */
export function operationProperties(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
): PropertySelection {
  const selection = new Map<NodeLabel, Set<string>>(nodeLabels.map((label) => [label, new Set<string>()]));
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(field) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      // A field asked on an interface (Node) is asked of every type implementing it.
      const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
      for (const type of types) {
        if (isNodeLabel(type.name) && shownProperties[type.name].includes(field.name.value))
          selection.get(type.name)?.add(field.name.value);
      }
    },
  });
  visit(operation, visitor);
  for (const fragment of fragments) visit(fragment, visitor);
  return selection;
}
