/**
 * The explorer opened at one node: `/explorer?focus=<node key>&source=<slug>`. The API's ids are
 * a node's key (`Tier:senior-management`) in base64url; the link carries the key itself, so it
 * reads as what it points at.
 */
export function explorerHref(id: string, source: string | null): string {
  const params = new URLSearchParams({ focus: nodeKey(id) });
  if (source !== null) params.set('source', source);
  return `/explorer?${params.toString()}`;
}

/** The node key inside an API id (base64url of `Label:slug`). */
export function nodeKey(id: string): string {
  const base64 = id.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) =>
    c.charCodeAt(0),
  );
  return new TextDecoder().decode(bytes);
}

/** The key of a source's node, for the sources the dashboard lists by slug. */
export const sourceKey = (slug: string) => `Source:${slug}`;
