import './explorer.css';
import {
  fetchCompare,
  fetchDisagreements,
  fetchNeighborhood,
  fetchNodeDetails,
  fetchPath,
  fetchSearch,
  fetchStart,
  type DrawnGraph,
  type FoundPath,
  type NodeDetails,
  type SearchHit,
  type SourceInfo,
} from './api.ts';
import { renderCompare, renderDisagreements, type Failure } from './analysisViews.ts';
import { renderDetails, renderPanelMessage } from './detailsPanel.ts';
import { h, requiredElement, snippetNodes } from './dom.ts';
import { downloadBlob } from './exportImage.ts';
import {
  firstLimit,
  maxLimit,
  nextLimit,
  visibleGraph,
  type Expansion,
  type ModelNode,
} from './graphModel.ts';
import { labelLooks } from './graphStyle.ts';
import { GraphView } from './graphView.ts';
import { neighbourInDirection, type Direction } from './keyboard.ts';
import { renderLegend } from './legend.ts';
import { describePath, type PathWords } from './pathDescription.ts';
import {
  defaultHiddenLabels,
  formatUrlState,
  graphKey,
  layoutNames,
  parseUrlState,
  type LayoutName,
  type UrlState,
} from './urlState.ts';

const ui = {
  graph: requiredElement('graph', HTMLDivElement),
  details: requiredElement('details', HTMLElement),
  compare: requiredElement('compare', HTMLElement),
  disagreements: requiredElement('disagreements', HTMLElement),
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
  pathSources: requiredElement('path-sources', HTMLParagraphElement),
  legend: requiredElement('legend', HTMLElement),
  zoomIn: requiredElement('zoom-in', HTMLButtonElement),
  zoomOut: requiredElement('zoom-out', HTMLButtonElement),
  zoomFit: requiredElement('zoom-fit', HTMLButtonElement),
  layout: requiredElement('layout', HTMLSelectElement),
  exportPng: requiredElement('export-png', HTMLButtonElement),
  exportSvg: requiredElement('export-svg', HTMLButtonElement),
  tabs: {
    details: requiredElement('tab-details', HTMLButtonElement),
    compare: requiredElement('tab-compare', HTMLButtonElement),
    disagreements: requiredElement('tab-disagreements', HTMLButtonElement),
  },
};

type PanelView = keyof typeof ui.tabs;

const state = {
  sources: [] as SourceInfo[],
  tiers: [] as { id: string; slug: string; name: string }[],
  /** Slug of the article to show claims of; null for both. */
  source: null as string | null,
  roots: [] as ModelNode[],
  expansions: new Map<string, Expansion>(),
  pinnedNodes: [] as ModelNode[],
  dismissed: new Set<string>(),
  hiddenLabels: new Set<string>(defaultHiddenLabels),
  layout: 'force' as LayoutName,
  selected: null as string | null,
  details: null as NodeDetails | null,
  pathEnds: { from: null as ModelNode | null, to: null as ModelNode | null },
  path: null as FoundPath | null,
  /** Counts path requests and Clears: a path answer is drawn only if nothing came after its request. */
  pathRequest: 0,
  view: 'details' as PanelView,
  compared: ['senior-leadership', 'senior-management'] as [string, string],
  /** Counts views opened: a view's answer is shown only if no view was opened after it was asked. */
  viewRequest: 0,
  pending: 0,
  /** While a link is being restored, the address bar is left as it came. */
  restoring: false,
};

const view = new GraphView(ui.graph, { select: (id) => void select(id), toggle: (id) => void toggle(id) });

function current() {
  return visibleGraph({
    roots: state.roots,
    expansions: state.expansions,
    pinnedNodes: [...state.pinnedNodes, ...(state.path?.nodes ?? [])],
    pinnedEdges: state.path?.edges ?? [],
    dismissed: state.dismissed,
    hiddenLabels: state.hiddenLabels,
  });
}

function nodeById(id: string): ModelNode | undefined {
  return current().nodes.find((node) => node.id === id);
}

/** Labels to ask the API for: all but the hidden ones (null when none is hidden). */
function shownLabels(): string[] | null {
  if (state.hiddenLabels.size === 0) return null;
  return Object.keys(labelLooks).filter((label) => !state.hiddenLabels.has(label));
}

/** Paths avoid the sentences while statements are hidden: chains of claims only. */
function claimsOnly(): boolean {
  return state.hiddenLabels.has('Statement');
}

const ordinals = ['First', 'Second', 'Third', 'Fourth'];
function articleName(slug: string | null): string {
  const index = state.sources.findIndex((source) => source.slug === slug);
  return index < 0 ? 'no article' : `${ordinals[index] ?? `Article ${index + 1}`} article`;
}

function describeStatus(): string {
  const { nodes, edges } = current();
  const hidden = [...state.hiddenLabels].sort();
  return `${nodes.length} nodes and ${edges.length} edges shown${hidden.length > 0 ? `; hidden: ${hidden.join(', ')}` : ''}.`;
}

/** Runs a request with its loading message shown; a failure comes back with the API's message. */
async function loading<T>(message: string, work: () => Promise<T>): Promise<T | Failure> {
  state.pending += 1;
  ui.status.textContent = message;
  ui.graph.setAttribute('aria-busy', 'true');
  ui.error.hidden = true;
  try {
    return await work();
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  } finally {
    state.pending -= 1;
    if (state.pending === 0) {
      ui.graph.removeAttribute('aria-busy');
      ui.status.textContent = describeStatus();
    }
  }
}

function isFailure<T>(outcome: T | Failure): outcome is Failure {
  return typeof outcome === 'object' && outcome !== null && 'failed' in outcome;
}

/** Runs a request with its loading message shown and any failure shown under the graph. */
async function withLoading<T>(message: string, work: () => Promise<T>): Promise<T | undefined> {
  const outcome = await loading(message, work);
  if (!isFailure(outcome)) return outcome;
  ui.error.textContent = `${message.replace(/…$/, '')} failed: ${outcome.failed}`;
  ui.error.hidden = false;
  return undefined;
}

function urlState(): UrlState {
  return {
    nodes: [...state.roots, ...state.pinnedNodes].map((node) => node.id),
    expanded: [...state.expansions.entries()].map(([id, expansion]) => ({ id, limit: expansion.limit })),
    dismissed: [...state.dismissed],
    selected: state.selected,
    source: state.source,
    path:
      state.path && state.pathEnds.from && state.pathEnds.to
        ? { from: state.pathEnds.from.id, to: state.pathEnds.to.id }
        : null,
    hiddenLabels: [...state.hiddenLabels],
    layout: state.layout,
  };
}

/** Writes the view into the address bar, so a reload or a copied link shows it again. */
function syncUrl(): void {
  if (state.restoring) return;
  const query = formatUrlState(urlState());
  if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}`);
}

function redraw(relayout = false): void {
  const graph = current();
  const truncated = new Set([...graph.expanded].filter((id) => state.expansions.get(id)?.truncated));
  view.draw(
    graph,
    { truncated, sources: state.sources.map((source) => source.slug), layout: state.layout },
    relayout,
  );
  view.select(state.selected !== null && nodeById(state.selected) ? state.selected : null);
  view.markPath(
    state.path?.nodes.map((node) => node.id) ?? [],
    state.path?.edges.map((edge) => edge.id) ?? [],
  );
  const notices = [...truncated].map((id) => {
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
  });
  if (state.dismissed.size > 0) {
    const back = h('button', { type: 'button' }, `Bring back ${state.dismissed.size} removed`);
    back.addEventListener('click', () => {
      state.dismissed.clear();
      redraw();
    });
    notices.push(h('li', {}, back));
  }
  ui.notices.replaceChildren(...notices);
  if (state.pending === 0) ui.status.textContent = describeStatus();
  renderSelected();
  syncUrl();
}

async function expand(id: string, limit: number): Promise<void> {
  const name = nodeById(id)?.name ?? 'the node';
  const graph = await withLoading(`Loading neighbours of ${name}…`, () =>
    fetchNeighborhood(id, limit, state.source, shownLabels()),
  );
  if (!graph) return;
  state.expansions.set(id, expansionOf(graph, limit));
  redraw();
}

function expansionOf(graph: DrawnGraph, limit: number): Expansion {
  return { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated, limit };
}

async function toggle(id: string): Promise<void> {
  if (current().expanded.has(id)) {
    state.expansions.delete(id);
    redraw();
  } else {
    await expand(id, firstLimit);
  }
}

function dismiss(id: string): void {
  state.dismissed.add(id);
  state.expansions.delete(id);
  if (state.selected === id) {
    state.selected = null;
    state.details = null;
    renderPanelMessage(ui.details, 'Removed from the canvas. “Bring back” under the graph restores it.');
  }
  redraw();
}

function renderSelected(): void {
  const id = state.selected;
  const details = state.details;
  if (id === null || details === null || details.id !== id) return;
  const graph = current();
  const expansion = state.expansions.get(id);
  const neighbourIds = new Set(
    graph.edges.flatMap((edge) => (edge.from === id ? [edge.to] : edge.to === id ? [edge.from] : [])),
  );
  renderDetails(ui.details, details, {
    expanded: graph.expanded.has(id),
    truncated: expansion?.truncated ?? false,
    toggle: () => void toggle(id),
    loadMore: () => void expand(id, nextLimit(expansion?.limit ?? firstLimit)),
    pathFrom: () => setPathEnd('from', id),
    pathTo: () => setPathEnd('to', id),
    dismiss: () => dismiss(id),
    neighbours: graph.nodes
      .filter((node) => neighbourIds.has(node.id))
      .map((node) => ({ id: node.id, label: node.label, name: node.caption ?? node.name })),
    selectNeighbour: (next) => void select(next, { reveal: true }),
    compare: () => {
      const slug = graph.nodes.find((node) => node.id === id)?.slug;
      const other = state.tiers.find((tier) => tier.slug !== slug)?.slug;
      if (slug && other) state.compared = [slug, other];
      void showView('compare');
    },
  });
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
    state.details = details;
    renderSelected();
  } catch (error) {
    if (state.selected === id)
      renderPanelMessage(
        ui.details,
        `Could not load the details: ${error instanceof Error ? error.message : String(error)}`,
        'alert',
      );
  }
}

async function select(id: string, { reveal = false } = {}): Promise<void> {
  if (state.selected === id) return;
  state.selected = id;
  state.details = null;
  view.select(id);
  if (reveal) view.reveal(id);
  syncUrl();
  if (state.view !== 'details') void showView('details');
  await showDetails(id);
}

function setPathEnd(end: 'from' | 'to', id: string): void {
  const node = nodeById(id);
  if (!node) return;
  state.pathEnds[end] = node;
  (end === 'from' ? ui.pathFrom : ui.pathTo).textContent = node.name;
  ui.pathFind.disabled = !(state.pathEnds.from && state.pathEnds.to);
}

function scopeWords(): string {
  return state.source === null ? '' : ` in the claims of the ${articleName(state.source).toLowerCase()}`;
}

function showPath(words: PathWords): void {
  ui.pathResult.textContent = words.steps;
  ui.pathResult.classList.remove('error');
  ui.pathSources.textContent = words.sources;
  ui.pathSources.classList.toggle('mixed', words.sources.startsWith('Mixes'));
}

async function findPath(): Promise<void> {
  const { from, to } = state.pathEnds;
  if (!from || !to) return;
  const request = (state.pathRequest += 1);
  const path = await loading(`Finding a path from ${from.name} to ${to.name}…`, () =>
    fetchPath(from.id, to.id, state.source, claimsOnly()),
  );
  if (request !== state.pathRequest) return;
  if (isFailure(path)) {
    state.path = null;
    redraw();
    showPath({ steps: `Finding a path failed: ${path.failed}`, sources: '' });
    ui.pathResult.classList.add('error');
    return;
  }
  const scope = scopeWords();
  if (path.nodes.length === 0) {
    state.path = null;
    showPath({ steps: `No path of 6 hops or fewer links ${from.name} and ${to.name}${scope}.`, sources: '' });
    redraw();
    return;
  }
  state.path = path;
  redraw();
  showPath(describePath(path, scope, articleName));
}

function clearPath(): void {
  state.pathRequest += 1;
  state.pathEnds = { from: null, to: null };
  state.path = null;
  ui.pathFrom.textContent = '(select a node, then “Path from here”)';
  ui.pathTo.textContent = '(select a node, then “Path to here”)';
  ui.pathFind.disabled = true;
  showPath({ steps: '', sources: '' });
  redraw();
}

function pinNode(node: ModelNode): void {
  state.dismissed.delete(node.id);
  if (!state.pinnedNodes.some((pinned) => pinned.id === node.id) && !nodeById(node.id))
    state.pinnedNodes.push(node);
}

function pin(hit: SearchHit): void {
  pinNode({ id: hit.node.id, label: hit.node.__typename, name: hit.node.name, slug: hit.node.slug });
  redraw();
  void select(hit.node.id);
}

async function search(text: string): Promise<void> {
  const hits = await loading(`Searching for “${text}”…`, () => fetchSearch(text));
  if (isFailure(hits)) {
    ui.searchResults.replaceChildren(
      h('li', { class: 'error', role: 'alert' }, `Searching for “${text}” failed: ${hits.failed}`),
    );
    return;
  }
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

/** Asks again for every expansion (and the path) after the source or the shown labels changed. */
async function reload(message: string): Promise<void> {
  const expanded = [...state.expansions.entries()];
  const { from, to } = state.pathEnds;
  const askPath = state.path !== null && from !== null && to !== null;
  const request = askPath ? (state.pathRequest += 1) : state.pathRequest;
  const reloaded = await withLoading(message, () =>
    Promise.all([
      Promise.all(
        expanded.map(
          async ([id, expansion]) =>
            [
              id,
              await fetchNeighborhood(id, expansion.limit, state.source, shownLabels()),
              expansion.limit,
            ] as const,
        ),
      ),
      askPath && from && to ? fetchPath(from.id, to.id, state.source, claimsOnly()) : Promise.resolve(null),
    ]),
  );
  if (!reloaded) return;
  const [expansions, path] = reloaded;
  state.expansions = new Map(expansions.map(([id, graph, limit]) => [id, expansionOf(graph, limit)]));
  if (askPath && from && to && request === state.pathRequest) {
    state.path = path && path.nodes.length > 0 ? path : null;
    const scope = scopeWords();
    showPath(
      state.path
        ? describePath(state.path, scope, articleName)
        : { steps: `No path of 6 hops or fewer links ${from.name} and ${to.name}${scope}.`, sources: '' },
    );
  }
  redraw();
}

async function setSource(source: string | null): Promise<void> {
  state.source = source;
  await reload('Reloading for the chosen source…');
  if (state.selected) await showDetails(state.selected);
  if (state.view !== 'details') await showView(state.view);
}

async function toggleLabel(label: string): Promise<void> {
  if (state.hiddenLabels.has(label)) state.hiddenLabels.delete(label);
  else state.hiddenLabels.add(label);
  renderLegend(ui.legend, state.sources, {
    hidden: state.hiddenLabels,
    toggle: (next) => void toggleLabel(next),
  });
  await reload(`${state.hiddenLabels.has(label) ? 'Hiding' : 'Showing'} ${label} nodes…`);
}

function renderSourceFilter(sources: readonly SourceInfo[]): void {
  const option = (value: string, text: string, checked: boolean) => {
    const input = h('input', { type: 'radio', name: 'source', value });
    input.checked = checked;
    input.addEventListener('change', () => void setSource(value === '' ? null : value));
    return h('label', {}, input, ` ${text}`);
  };
  ui.sourceFilter.replaceChildren(
    h('legend', {}, 'Claims of'),
    option('', 'Both articles', state.source === null),
    ...sources.map((source) =>
      option(source.slug, `${articleName(source.slug)}: ${source.title}`, state.source === source.slug),
    ),
  );
}

async function showView(next: PanelView): Promise<void> {
  state.view = next;
  const request = (state.viewRequest += 1);
  for (const [name, tab] of Object.entries(ui.tabs)) tab.setAttribute('aria-selected', String(name === next));
  ui.details.hidden = next !== 'details';
  ui.compare.hidden = next !== 'compare';
  ui.disagreements.hidden = next !== 'disagreements';
  if (next === 'compare') {
    const compareActions = {
      tiers: state.tiers,
      chosen: state.compared,
      choose: (tiers: [string, string]) => {
        state.compared = tiers;
        void showView('compare');
      },
      draw: (ids: string[]) => void drawNodes(ids),
    };
    renderCompare(ui.compare, null, compareActions);
    const comparison = await loading('Comparing the tiers…', () =>
      fetchCompare(state.compared, state.source),
    );
    if (request === state.viewRequest) renderCompare(ui.compare, comparison, compareActions);
  } else if (next === 'disagreements') {
    renderDisagreements(ui.disagreements, null, () => undefined);
    const disagreements = await loading('Finding disagreements…', fetchDisagreements);
    if (request === state.viewRequest)
      renderDisagreements(ui.disagreements, disagreements, (id) => void drawAndExpand(id));
  }
}

/** Each node alone: the API's neighbourhood with no neighbour gives its name and label. */
async function lookUp(ids: readonly string[]): Promise<ModelNode[]> {
  const graphs = await Promise.all(ids.map((id) => fetchNeighborhood(id, 1, state.source, [])));
  return graphs.flatMap((graph) => graph.nodes.slice(0, 1));
}

// A comparison row: its tiers, dimension and characteristics, each characteristic expanded so that
// the edges to its tier and dimension are drawn.
async function drawNodes(ids: readonly string[]): Promise<void> {
  const characteristics = ids.filter((id) => graphKey(id)?.startsWith('Characteristic:'));
  const loaded = await withLoading('Drawing…', () =>
    Promise.all([
      lookUp(ids),
      Promise.all(
        characteristics.map(
          async (id) => [id, await fetchNeighborhood(id, firstLimit, state.source, shownLabels())] as const,
        ),
      ),
    ]),
  );
  if (!loaded) return;
  const [nodes, expansions] = loaded;
  for (const node of nodes) pinNode(node);
  for (const [id, graph] of expansions) state.expansions.set(id, expansionOf(graph, firstLimit));
  redraw();
}

async function drawAndExpand(id: string): Promise<void> {
  const graph = await withLoading('Drawing…', () =>
    fetchNeighborhood(id, firstLimit, state.source, shownLabels()),
  );
  const start = graph?.nodes[0];
  if (!graph || !start) return;
  pinNode(start);
  state.expansions.set(id, expansionOf(graph, firstLimit));
  redraw();
  await select(id);
}

/** Opens the view a link describes: its nodes, expansions, path and selection. */
async function restore(link: UrlState): Promise<void> {
  state.restoring = true;
  state.source = link.source;
  state.hiddenLabels = new Set(link.hiddenLabels);
  state.dismissed = new Set(link.dismissed);
  state.layout = link.layout;
  ui.layout.value = link.layout;
  const request = (state.pathRequest += 1);
  const loaded = await withLoading('Opening the link…', () =>
    Promise.all([
      Promise.all(
        link.expanded.map(
          async ({ id, limit }) =>
            [id, await fetchNeighborhood(id, limit, link.source, shownLabels()), limit] as const,
        ),
      ),
      lookUp(link.nodes.filter((id) => !link.expanded.some((expansion) => expansion.id === id))),
      link.path ? fetchPath(link.path.from, link.path.to, link.source, claimsOnly()) : Promise.resolve(null),
    ]),
  );
  state.restoring = false;
  if (!loaded) return;
  const [expansions, alone, path] = loaded;
  const starts = new Map<string, ModelNode>();
  for (const [, graph] of expansions) if (graph.nodes[0]) starts.set(graph.nodes[0].id, graph.nodes[0]);
  for (const node of alone) starts.set(node.id, node);
  state.roots = link.nodes.flatMap((id) => starts.get(id) ?? []);
  state.expansions = new Map(expansions.map(([id, graph, limit]) => [id, expansionOf(graph, limit)]));
  if (link.path && path && path.nodes.length > 0 && request === state.pathRequest) {
    const ends = [link.path.from, link.path.to].map(
      (id) => path.nodes.find((node) => node.id === id) ?? null,
    );
    state.pathEnds = { from: ends[0] ?? null, to: ends[1] ?? null };
    ui.pathFrom.textContent = state.pathEnds.from?.name ?? '';
    ui.pathTo.textContent = state.pathEnds.to?.name ?? '';
    ui.pathFind.disabled = false;
    state.path = path;
    showPath(describePath(path, scopeWords(), articleName));
  }
  redraw(true);
  if (link.selected && nodeById(link.selected)) await select(link.selected);
}

async function start(): Promise<void> {
  const data = await withLoading('Loading the tiers…', fetchStart);
  if (!data) return;
  state.sources = data.sources;
  state.tiers = data.tiers;
  const link = parseUrlState(location.search);
  if (link?.source && !data.sources.some((source) => source.slug === link.source)) {
    ui.error.textContent = `The link asks for claims of “${link.source}”, which is not an article here; showing both articles.`;
    ui.error.hidden = false;
    link.source = null;
  }
  state.source = link?.source ?? null;
  if (link) state.hiddenLabels = new Set(link.hiddenLabels);
  renderSourceFilter(data.sources);
  renderLegend(ui.legend, data.sources, {
    hidden: state.hiddenLabels,
    toggle: (label) => void toggleLabel(label),
  });
  if (link && (link.nodes.length > 0 || link.expanded.length > 0)) {
    await restore(link);
    if (current().nodes.length > 0) return;
  }
  state.roots = data.tiers.map((tier) => ({ id: tier.id, label: 'Tier', name: tier.name, slug: tier.slug }));
  redraw(true);
}

function exportName(extension: string): string {
  return `org-graph-explorer.${extension}`;
}

ui.graph.addEventListener('keydown', (event) => {
  const directions: Record<string, Direction> = {
    ArrowRight: 'right',
    ArrowLeft: 'left',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  const direction = directions[event.key];
  if (direction) {
    event.preventDefault();
    const from = state.selected !== null && nodeById(state.selected) ? state.selected : null;
    const next = from === null ? view.central() : neighbourInDirection(view.neighbours(from), direction);
    if (next !== null) void select(next, { reveal: true });
  } else if ((event.key === 'Enter' || event.key === ' ') && state.selected) {
    event.preventDefault();
    void toggle(state.selected);
  } else if (event.key === '+' || event.key === '=') {
    event.preventDefault();
    view.zoomBy(1.25);
  } else if (event.key === '-' || event.key === '_') {
    event.preventDefault();
    view.zoomBy(0.8);
  } else if (event.key === '0') {
    event.preventDefault();
    view.fit();
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && state.selected) {
    event.preventDefault();
    dismiss(state.selected);
  }
});
ui.zoomIn.addEventListener('click', () => view.zoomBy(1.25));
ui.zoomOut.addEventListener('click', () => view.zoomBy(0.8));
ui.zoomFit.addEventListener('click', () => view.fit());
ui.layout.addEventListener('change', () => {
  const chosen = layoutNames.find((name) => name === ui.layout.value) ?? 'force';
  state.layout = chosen;
  view.layout(chosen);
  syncUrl();
});
ui.exportPng.addEventListener('click', () => downloadBlob(view.png(), exportName('png')));
ui.exportSvg.addEventListener('click', () =>
  downloadBlob(new Blob([view.svg()], { type: 'image/svg+xml' }), exportName('svg')),
);
for (const [name, tab] of Object.entries(ui.tabs)) {
  tab.addEventListener('click', () => {
    if (name === 'details' || name === 'compare' || name === 'disagreements') void showView(name);
  });
}
ui.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.searchText.value.trim();
  if (text) void search(text);
});
ui.pathFind.addEventListener('click', () => void findPath());
ui.pathClear.addEventListener('click', clearPath);
ui.pathFrom.textContent = '(select a node, then “Path from here”)';
ui.pathTo.textContent = '(select a node, then “Path to here”)';
void start();
