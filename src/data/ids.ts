import { nodeLabels, type NodeLabel } from './model.ts';

/** GraphQL ids are the node's `Label:slug` key, base64url-encoded so clients treat them as opaque. */
export function encodeId(dbId: string): string {
  return Buffer.from(dbId, 'utf8').toString('base64url');
}

export interface DecodedId {
  dbId: string;
  label: NodeLabel;
  slug: string;
}

/**
 * The node key behind a GraphQL id, or null when the id is not one of ours. Slugs keep letters of
 * every script (two to four bytes each in UTF-8), so an id may be long: up to 2,000 characters.
 */
export function decodeId(id: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(id)) return null;
  const dbId = Buffer.from(id, 'base64url').toString('utf8');
  const colon = dbId.indexOf(':');
  const label = dbId.slice(0, colon);
  const slug = dbId.slice(colon + 1);
  const known = nodeLabels.find((l) => l === label);
  if (colon <= 0 || !known || !slug || encodeId(dbId) !== id) return null;
  return { dbId, label: known, slug };
}
