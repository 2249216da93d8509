import type { CypherExecutor } from '../db/cypher.ts';
import { checkedName, nodeLabels, type NodeLabel } from './model.ts';
import type { NodeProjection } from './projection.ts';
import { isLabel, type RecordOf } from './records.ts';

// Labels come from the model's closed list; the key is a parameter.
const lookupQuery = (label: NodeLabel, projection: string) =>
  `MATCH (n:${checkedName(label, nodeLabels)} {id: $dbId}) RETURN ${projection} AS node`;

/**
 * One node by key with what the operation will ask about it, in one statement; null if there is
 * none. (Lookups with nothing planned go through the batching loaders instead.)
 */
export async function lookupNode<L extends NodeLabel>(
  cypher: CypherExecutor,
  label: L,
  dbId: string,
  projection: NodeProjection,
): Promise<RecordOf<L> | null> {
  const query = lookupQuery(label, projection.expression('n'));
  const [row] = await cypher.read<{ node: unknown }>(`node.${label}`, query, { ...projection.params, dbId });
  if (!row) return null;
  const record = projection.receive(row.node);
  return isLabel(record, label) ? record : null;
}
