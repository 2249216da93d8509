// What the address bar holds, so that a reload or a shared link restores the view: the nodes placed
// on the canvas (the rest follow from the expanded ones), what was expanded or dismissed, the
// selection, the "Claims of" choice, the path, which labels are shown and the layout.
//
// Node ids are written as the graph's own keys (`Tier:senior-management`), readable in a link;
// the API's ids are those keys base64url-encoded. Besides the full form, a short form opens the
// explorer on one node: `/explorer?focus=Tier:senior-management&source=<slug>` draws the node,
// expands its neighbours and selects it.

export const layoutNames = ['force', 'hierarchy', 'rings'] as const;
export type LayoutName = (typeof layoutNames)[number];

export interface UrlState {
  /** Nodes placed on the canvas by the user (or the three tiers at start), as API ids. */
  nodes: string[];
  /** Expanded nodes, with the neighbourhood size asked for. */
  expanded: { id: string; limit: number }[];
  /** Nodes removed from the canvas although an expansion brings them. */
  dismissed: string[];
  selected: string | null;
  /** Slug of the article whose claims are shown; null for all. */
  source: string | null;
  path: { from: string; to: string } | null;
  /** Labels hidden from the canvas. */
  hiddenLabels: string[];
  layout: LayoutName;
}

/**
 * Hidden by default: statements (their text lives in the panel, and they outnumber the rest) and
 * levels (the ladder is the overview the explorer opens on; around a tier they would take places
 * among its first neighbours). Roots and pinned nodes are drawn whatever their label.
 */
export const defaultHiddenLabels: readonly string[] = ['Level', 'Statement'];

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The API id of a graph key such as `Role:cfo`. */
export function apiId(key: string): string {
  return base64url(new TextEncoder().encode(key));
}

/** The graph key behind an API id, or null if it is not one. */
export function graphKey(id: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  try {
    const binary = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    const key = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
    return /^[A-Za-z]+:\S/.test(key) && apiId(key) === id ? key : null;
  } catch {
    return null;
  }
}

// A node in a link: its graph key, or (as the API gives it) its encoded id.
function idFromLink(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]+:\S/.test(trimmed)) return apiId(trimmed);
  return graphKey(trimmed) === null ? null : trimmed;
}

function keyForLink(id: string): string {
  return graphKey(id) ?? id;
}

function idList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').flatMap((part) => idFromLink(part) ?? []))];
}

function limitOf(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : 30;
}

/** The state a link describes; null when it describes none (the explorer then starts from the tiers). */
export function parseUrlState(search: string): UrlState | null {
  const params = new URLSearchParams(search);
  const source = params.get('source')?.trim() || null;
  const layoutParam = params.get('layout');
  const layout = layoutNames.find((name) => name === layoutParam) ?? 'force';
  const hiddenParam = params.get('hide');
  const hiddenLabels =
    hiddenParam === null ? [...defaultHiddenLabels] : hiddenParam.split(',').filter((label) => label !== '');
  const focus = params.get('focus');
  if (focus !== null) {
    const id = idFromLink(focus);
    if (id === null) return null;
    return {
      nodes: [id],
      expanded: [{ id, limit: 30 }],
      dismissed: [],
      selected: id,
      source,
      path: null,
      hiddenLabels,
      layout,
    };
  }
  const nodes = idList(params.get('nodes'));
  const expanded = (params.get('expand') ?? '')
    .split(',')
    .filter((part) => part !== '')
    .flatMap((part) => {
      const [key, limit] = part.split('*');
      const id = key === undefined ? null : idFromLink(key);
      return id === null ? [] : [{ id, limit: limitOf(limit) }];
    });
  const [from, to] = idList(params.get('path'));
  if (nodes.length === 0 && expanded.length === 0 && !from) {
    return source === null && hiddenParam === null && layoutParam === null
      ? null
      : {
          nodes: [],
          expanded: [],
          dismissed: [],
          selected: null,
          source,
          path: null,
          hiddenLabels,
          layout,
        };
  }
  const selected = params.get('selected');
  return {
    nodes,
    expanded,
    dismissed: idList(params.get('dismissed')),
    selected: selected === null ? null : idFromLink(selected),
    source,
    path: from && to ? { from, to } : null,
    hiddenLabels,
    layout,
  };
}

/** The query string (with its `?`) that `parseUrlState` reads back as `state`. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.nodes.length > 0) params.set('nodes', state.nodes.map(keyForLink).join(','));
  if (state.expanded.length > 0)
    params.set(
      'expand',
      state.expanded
        .map(({ id, limit }) => (limit === 30 ? keyForLink(id) : `${keyForLink(id)}*${limit}`))
        .join(','),
    );
  if (state.dismissed.length > 0) params.set('dismissed', state.dismissed.map(keyForLink).join(','));
  if (state.selected) params.set('selected', keyForLink(state.selected));
  if (state.source) params.set('source', state.source);
  if (state.path) params.set('path', `${keyForLink(state.path.from)},${keyForLink(state.path.to)}`);
  const hidden = [...state.hiddenLabels].sort();
  if (hidden.join(',') !== [...defaultHiddenLabels].sort().join(',')) params.set('hide', hidden.join(','));
  if (state.layout !== 'force') params.set('layout', state.layout);
  const query = params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%2A/g, '*');
  return query === '' ? '' : `?${query}`;
}
