import './explorer.css';
import {
  fetchNeighborhood,
  fetchNodeDetails,
  fetchPath,
  fetchSearch,
  fetchStart,
  type SearchHit,
  type SourceInfo,
} from './api.ts';
import { openDeepLink } from './deepLink.ts';
import { renderDetails, renderPanelMessage } from './detailsPanel.ts';
import { h, requiredElement, snippetNodes } from './dom.ts';
import {
  firstLimit,
  maxLimit,
  nextLimit,
  visibleGraph,
  type Expansion,
  type ModelEdge,
  type ModelNode,
} from './graphModel.ts';
import { renderLegend } from './legend.ts';
import { GraphView } from './graphView.ts';

const ui = {
  graph: requiredElement('graph', HTMLDivElement),
  details: requiredElement('details', HTMLElement),
  status: requiredElement('status', HTMLParagraphElement),
  error: requiredElement('error', HTMLParagraphElement),
  notices: requiredElement('notices', HTMLUListElement),
  sourceFilter: requiredElement('source-filter', HTMLFieldSetElement),
  searchForm: requiredElement('search-form', HTMLFormElement),
  searchText: requiredElement('search-text', HTMLInputElement),
  searchResults: requiredElement('search-results', HTMLOListElement),
  pathFrom: requiredElement('path-from', HTMLOutputElement),
  pathTo: requiredElement('path-to', HTMLOutputElement),
  pathFind: requiredElement('path-find', HTMLButtonElement),
  pathClear: requiredElement('path-clear', HTMLButtonElement),
  pathResult: requiredElement('path-result', HTMLParagraphElement),
  legend: requiredElement('legend', HTMLElement),
};

const state = {
  sources: [] as SourceInfo[],
  /** Slug of the article to show claims of; null for both. */
  source: null as string | null,
  roots: [] as ModelNode[],
  expansions: new Map<string, Expansion>(),
  pinnedNodes: [] as ModelNode[],
  pinnedEdges: [] as ModelEdge[],
  selected: null as string | null,
  pathEnds: { from: null as ModelNode | null, to: null as ModelNode | null },
  pending: 0,
};

const view = new GraphView(ui.graph, { select: (id) => void select(id), toggle: (id) => void toggle(id) });

function current() {
  return visibleGraph({
    roots: state.roots,
    expansions: state.expansions,
    pinnedNodes: state.pinnedNodes,
    pinnedEdges: state.pinnedEdges,
  });
}

function nodeById(id: string): ModelNode | undefined {
  return current().nodes.find((node) => node.id === id);
}

/** Runs a request with its loading message shown and any failure shown as an error. */
async function withLoading<T>(message: string, work: () => Promise<T>): Promise<T | undefined> {
  state.pending += 1;
  ui.status.textContent = message;
  ui.graph.setAttribute('aria-busy', 'true');
  ui.error.hidden = true;
  try {
    return await work();
  } catch (error) {
    ui.error.textContent = `${message.replace(/…$/, '')} failed: ${error instanceof Error ? error.message : String(error)}`;
    ui.error.hidden = false;
    return undefined;
  } finally {
    state.pending -= 1;
    if (state.pending === 0) {
      ui.graph.removeAttribute('aria-busy');
      ui.status.textContent = `${current().nodes.length} nodes shown.`;
    }
  }
}

function redraw(): void {
  const graph = current();
  const truncated = new Set([...graph.expanded].filter((id) => state.expansions.get(id)?.truncated));
  view.draw(graph, { truncated, sources: state.sources.map((source) => source.slug) });
  ui.notices.replaceChildren(
    ...[...truncated].map((id) => {
      const expansion = state.expansions.get(id);
      const name = nodeById(id)?.name ?? id;
      const shown = (expansion?.nodes.length ?? 1) - 1;
      const item = h('li', {}, `${name}: ${shown} neighbours shown, more exist. `);
      if (expansion && expansion.limit < maxLimit) {
        const more = h('button', { type: 'button' }, `Load more for ${name}`);
        more.addEventListener('click', () => void expand(id, nextLimit(expansion.limit)));
        item.append(more);
      } else {
        item.append(
          `${maxLimit} is the most the API returns per node; search or find a path to reach the rest.`,
        );
      }
      return item;
    }),
  );
}

async function expand(id: string, limit: number): Promise<void> {
  const name = nodeById(id)?.name ?? 'the node';
  const graph = await withLoading(`Loading neighbours of ${name}…`, () =>
    fetchNeighborhood(id, limit, state.source),
  );
  if (!graph) return;
  state.expansions.set(id, { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated, limit });
  redraw();
  if (state.selected === id) await showDetails(id);
}

async function toggle(id: string): Promise<void> {
  if (current().expanded.has(id)) {
    state.expansions.delete(id);
    redraw();
    if (state.selected === id) await showDetails(id);
  } else {
    await expand(id, firstLimit);
  }
}

async function showDetails(id: string): Promise<void> {
  const node = nodeById(id);
  renderPanelMessage(ui.details, `Loading ${node?.name ?? 'details'}…`);
  try {
    const details = await fetchNodeDetails(id, state.source);
    if (state.selected !== id) return;
    if (!details) {
      renderPanelMessage(ui.details, 'This node is no longer in the graph.', 'alert');
      return;
    }
    const expansion = state.expansions.get(id);
    renderDetails(ui.details, details, {
      expanded: current().expanded.has(id),
      truncated: expansion?.truncated ?? false,
      toggle: () => void toggle(id),
      loadMore: () => void expand(id, nextLimit(expansion?.limit ?? firstLimit)),
      pathFrom: () => setPathEnd('from', id),
      pathTo: () => setPathEnd('to', id),
    });
  } catch (error) {
    if (state.selected === id)
      renderPanelMessage(
        ui.details,
        `Could not load the details: ${error instanceof Error ? error.message : String(error)}`,
        'alert',
      );
  }
}

async function select(id: string): Promise<void> {
  if (state.selected === id) return;
  state.selected = id;
  view.select(id);
  await showDetails(id);
}

function setPathEnd(end: 'from' | 'to', id: string): void {
  const node = nodeById(id);
  if (!node) return;
  state.pathEnds[end] = node;
  (end === 'from' ? ui.pathFrom : ui.pathTo).textContent = node.name;
  ui.pathFind.disabled = !(state.pathEnds.from && state.pathEnds.to);
}

// Nodes of all shortest paths, grouped by distance: alternatives at one step are joined by "or".
function describePath(nodes: readonly { name: string; distance: number }[]): string {
  const steps = new Map<number, string[]>();
  for (const node of nodes) steps.set(node.distance, [...(steps.get(node.distance) ?? []), node.name]);
  return [...steps.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, names]) => names.join(' or '))
    .join(' → ');
}

async function findPath(): Promise<void> {
  const { from, to } = state.pathEnds;
  if (!from || !to) return;
  const path = await withLoading(`Finding a path from ${from.name} to ${to.name}…`, () =>
    fetchPath(from.id, to.id),
  );
  if (!path) return;
  if (path.nodes.length === 0) {
    ui.pathResult.textContent = `No path of 6 hops or fewer links ${from.name} and ${to.name}.`;
    view.markPath([], []);
    return;
  }
  state.pinnedNodes.push(...path.nodes);
  state.pinnedEdges.push(...path.edges);
  redraw();
  view.markPath(
    path.nodes.map((node) => node.id),
    path.edges.map((edge) => edge.id),
  );
  ui.pathResult.textContent = `Shortest path (${Math.max(...path.nodes.map((node) => node.distance))} hops): ${describePath(path.nodes)}`;
}

function clearPath(): void {
  state.pathEnds = { from: null, to: null };
  ui.pathFrom.textContent = '(select a node, then “Path from here”)';
  ui.pathTo.textContent = '(select a node, then “Path to here”)';
  ui.pathFind.disabled = true;
  ui.pathResult.textContent = '';
  view.markPath([], []);
}

function pin(hit: SearchHit): void {
  const node: ModelNode = {
    id: hit.node.id,
    label: hit.node.__typename,
    name: hit.node.name,
    slug: hit.node.slug,
  };
  if (!nodeById(node.id)) {
    state.pinnedNodes.push(node);
    redraw();
  }
  void select(node.id);
}

async function search(text: string): Promise<void> {
  const hits = await withLoading(`Searching for “${text}”…`, () => fetchSearch(text));
  if (!hits) return;
  ui.searchResults.replaceChildren(
    ...(hits.length === 0
      ? [h('li', { class: 'muted' }, `Nothing matches “${text}”.`)]
      : hits.map((hit) => {
          const open = h(
            'button',
            { type: 'button', class: 'hit' },
            h('span', { class: 'kind' }, hit.node.__typename),
            ' ',
            h('strong', {}, hit.node.name),
          );
          open.addEventListener('click', () => pin(hit));
          return h(
            'li',
            {},
            open,
            hit.snippet ? h('p', { class: 'snippet' }, ...snippetNodes(hit.snippet)) : null,
          );
        })),
  );
}

async function setSource(source: string | null): Promise<void> {
  state.source = source;
  const expanded = [...state.expansions.entries()];
  const reloaded = await withLoading('Reloading for the chosen source…', () =>
    Promise.all(
      expanded.map(
        async ([id, expansion]) =>
          [id, await fetchNeighborhood(id, expansion.limit, source), expansion.limit] as const,
      ),
    ),
  );
  if (!reloaded) return;
  state.expansions = new Map(
    reloaded.map(([id, graph, limit]) => [
      id,
      { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated, limit },
    ]),
  );
  redraw();
  if (state.selected) await showDetails(state.selected);
}

function renderSourceFilter(sources: readonly SourceInfo[]): void {
  const ordinals = ['First', 'Second', 'Third', 'Fourth'];
  const option = (value: string, text: string, checked: boolean) => {
    const input = h('input', { type: 'radio', name: 'source', value });
    input.checked = checked;
    input.addEventListener('change', () => void setSource(value === '' ? null : value));
    return h('label', {}, input, ` ${text}`);
  };
  ui.sourceFilter.replaceChildren(
    h('legend', {}, 'Claims of'),
    option('', 'Both articles', true),
    ...sources.map((source, index) =>
      option(source.slug, `${ordinals[index] ?? `Article ${index + 1}`} article: ${source.title}`, false),
    ),
  );
}

async function start(): Promise<void> {
  const data = await withLoading('Loading the tiers…', fetchStart);
  if (!data) return;
  state.sources = data.sources;
  state.roots = data.tiers.map((tier) => ({ id: tier.id, label: 'Tier', name: tier.name, slug: tier.slug }));
  renderSourceFilter(data.sources);
  renderLegend(ui.legend, data.sources);
  redraw();
  ui.status.textContent = `${current().nodes.length} nodes shown.`;
}

ui.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.searchText.value.trim();
  if (text) void search(text);
});
ui.pathFind.addEventListener('click', () => void findPath());
ui.pathClear.addEventListener('click', clearPath);
clearPath();
void start().then(() =>
  openDeepLink(window.location.search, {
    setSource,
    show: (node) => {
      if (!nodeById(node.id)) {
        state.pinnedNodes.push(node);
        redraw();
      }
      void select(node.id);
    },
  }),
);
