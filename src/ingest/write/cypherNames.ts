import { checkedName, nodeLabels, relationshipTypes } from '../../data/model.ts';

// Labels and relationship types cannot be Cypher parameters: each is checked against the model's
// closed lists (checkedName) where it is written into a statement.
export const label = (name: string): string => checkedName(name, nodeLabels);
export const relType = (name: string): string => checkedName(name, relationshipTypes);
