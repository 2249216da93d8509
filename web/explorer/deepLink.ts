import { fetchNodeDetails } from './api.ts';
import type { ModelNode } from './graphModel.ts';

export interface DeepLinkActions {
  /** Shows claims of one source (null: all), as the source filter does. */
  setSource(source: string | null): Promise<void>;
  /** Draws the node if it is not drawn yet, and selects it. */
  show(node: ModelNode): void;
}

/** A node key (`Tier:senior-management`) as the API's id (its base64url), or an id left as is. */
export function idOfFocus(focus: string): string {
  if (!focus.includes(':')) return focus;
  const bytes = new TextEncoder().encode(focus);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Opens the explorer at the node a link names: `/explorer?focus=<node key or id>&source=<slug>`
 * (the dashboard's links). The source is picked first, so the node's details show its claims.
 */
export async function openDeepLink(search: string, actions: DeepLinkActions): Promise<void> {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  if (!focus) return;
  const source = params.get('source');
  if (source) {
    const radio = document.querySelector<HTMLInputElement>(
      `#source-filter input[value="${CSS.escape(source)}"]`,
    );
    if (radio) {
      radio.checked = true;
      await actions.setSource(source);
    }
  }
  const id = idOfFocus(focus);
  const details = await fetchNodeDetails(id, source);
  if (!details) return;
  const key = focus.includes(':') ? focus : '';
  actions.show({
    id: details.id,
    label: details.__typename,
    name: 'name' in details ? details.name : key,
    slug: key.slice(key.indexOf(':') + 1),
  });
}
