// The explorer's controller: it holds the state, turns what the reader does and what the API
// answers into events for `reduce`, runs each request in its slot (a newer request cancels the
// one it supersedes) and renders the views from the state after every event.
import {
  fetchCompare,
  fetchDisagreements,
  fetchNames,
  fetchNeighborhood,
  fetchNodeDetails,
  fetchOrgCharts,
  fetchPath,
  fetchSearch,
  fetchStart,
  type Comparison,
  type SearchHit,
  type StartData,
} from './api.ts';
import { failureOf } from '../shared/failure.ts';
import { SourcePicker } from '../shared/sourcePicker.ts';
import type { ExplorerElements } from './elements.ts';
import { firstLimit, type Expansion, type ModelNode } from './graphModel.ts';
import { GraphView } from './graphView.ts';
import { OrgChartDrawing } from './orgChartDrawing.ts';
import { currentGraph, expansionOf, nodeOf, shownLabels, urlStateOf } from './derived.ts';
import { renderExplorer } from './render.ts';
import { RequestSlots } from '../shared/requestSlots.ts';
import {
  initialState,
  reduce,
  type ExplorerEvent,
  type ExplorerState,
  type PanelRequest,
  type PanelView,
} from './state.ts';
import { formatUrlState, parseUrlState, type UrlState } from './urlState.ts';

/**
 * What the canvas opens on: the ladder of levels, top down, a handful of nodes whatever the size of
 * the graph; in a graph without a ladder, the most connected tiers.
 */
export function overviewNodes(data: StartData): ModelNode[] {
  if (data.levels.length > 0)
    return [...data.levels]
      .sort((a, b) => a.rank - b.rank)
      .map((level) => ({ id: level.id, label: 'Level', name: level.name, slug: level.slug }));
  return data.stats.mostConnected.flatMap(({ node }) =>
    'slug' in node ? [{ id: node.id, label: 'Tier', name: node.name, slug: node.slug }] : [],
  );
}

/** The tiers, the most connected first (the first two are compared first), then by name. */
export function tiersByConnection(data: StartData): StartData['tiers'] {
  const rank = new Map(data.stats.mostConnected.map(({ node }, index) => [node.id, index]));
  const order = (id: string) => rank.get(id) ?? rank.size;
  return [...data.tiers].sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name));
}

type Work<T> = (signal: AbortSignal) => Promise<T>;

export class ExplorerController {
  private current = initialState();
  private restoring = false;
  private relayout = false;
  private lastGraphSlot = 'start';
  private readonly slots: RequestSlots;
  readonly view: GraphView;
  readonly orgChart: OrgChartDrawing;
  readonly picker: SourcePicker;

  constructor(
    private readonly ui: ExplorerElements,
    private readonly location: Location,
    private readonly history: History,
  ) {
    this.slots = new RequestSlots((inFlight) => {
      if (inFlight > 0) ui.graph.setAttribute('aria-busy', 'true');
      else ui.graph.removeAttribute('aria-busy');
    });
    this.view = new GraphView(ui.graph, {
      select: (id) => this.select(id),
      toggle: (id) => this.toggle(id),
    });
    this.orgChart = new OrgChartDrawing(ui.orgChartCanvas, (id) => this.drawAndExpand(id));
    this.picker = new SourcePicker({
      label: 'Claims of',
      allLabel: 'All articles',
      countNoun: 'statements',
      choose: (slug) => this.chooseSource(slug),
    });
    ui.pickerSlot.replaceChildren(this.picker.element);
  }

  get state(): ExplorerState {
    return this.current;
  }

  dispatch(event: ExplorerEvent): void {
    this.current = reduce(this.current, event);
    renderExplorer(this.ui, this.current, this, this.relayout);
    this.relayout = false;
    if (!this.restoring) {
      const query = formatUrlState(urlStateOf(this.current));
      if (query !== this.location.search)
        this.history.replaceState(null, '', `${this.location.pathname}${query}`);
    }
  }

  private request<T>(
    slot: string,
    panel: PanelRequest,
    message: string,
    work: Work<T>,
    done: (answer: T) => void,
  ) {
    if (panel === 'graph') this.lastGraphSlot = slot;
    return this.slots.run(
      slot,
      (signal) => {
        this.dispatch({ type: 'loading', request: panel, message });
        return work(signal);
      },
      done,
      (error) => this.dispatch({ type: 'failed', request: panel, failure: failureOf(error) }),
    );
  }

  private neighbours(id: string, limit: number, signal: AbortSignal, source = this.current.source) {
    return fetchNeighborhood(id, limit, source, shownLabels(this.current), signal);
  }

  private async expansion(id: string, limit: number, signal: AbortSignal, source = this.current.source) {
    return [id, expansionOf(await this.neighbours(id, limit, signal, source), limit)] as [string, Expansion];
  }

  private nameOf(id: string, fallback: string): string {
    return currentGraph(this.current).nodes.find((node) => node.id === id)?.name ?? fallback;
  }

  expand(id: string, limit: number): void {
    void this.request(
      `expand:${id}`,
      'graph',
      `Loading neighbours of ${this.nameOf(id, 'the node')}…`,
      (signal) => this.neighbours(id, limit, signal),
      (graph) => this.dispatch({ type: 'expanded', id, expansion: expansionOf(graph, limit) }),
    );
  }

  toggle(id: string): void {
    if (currentGraph(this.current).expanded.has(id)) this.dispatch({ type: 'collapsed', id });
    else this.expand(id, firstLimit);
  }

  private loadDetails(): void {
    const id = this.current.selected;
    if (id === null) return;
    void this.request(
      'details',
      'details',
      `Loading ${this.nameOf(id, 'details')}…`,
      (signal) => fetchNodeDetails(id, this.current.source, signal),
      (details) => this.dispatch({ type: 'detailsLoaded', id, details }),
    );
  }

  select(id: string, reveal = false): void {
    if (this.current.selected === id) return;
    this.dispatch({ type: 'selected', id });
    if (reveal) this.view.reveal(id);
    this.loadDetails();
  }

  private pathWork(
    ends: { from: string; to: string },
    source: string | null,
  ): Work<Awaited<ReturnType<typeof fetchPath>>> {
    return (signal) => fetchPath(ends, source, this.current.hiddenLabels.has('Statement'), signal);
  }

  findPath(): void {
    const { from, to } = this.current.pathEnds;
    if (!from || !to) return;
    void this.request(
      'path',
      'path',
      `Finding a path from ${from.name} to ${to.name}…`,
      this.pathWork({ from: from.id, to: to.id }, this.current.source),
      (path) => this.dispatch({ type: 'pathFound', path }),
    );
  }

  clearPath(): void {
    this.slots.cancel('path');
    this.dispatch({ type: 'pathCleared' });
  }

  setPathEnd(end: 'from' | 'to', id: string): void {
    const node = currentGraph(this.current).nodes.find((candidate) => candidate.id === id);
    if (node) this.dispatch({ type: 'pathEndSet', end, node });
  }

  search(text: string): void {
    this.dispatch({ type: 'searched', text });
    void this.slots.run(
      'search',
      (signal) => fetchSearch(text, signal),
      (hits) => this.dispatch({ type: 'searchLoaded', text, hits }),
      (error) => this.dispatch({ type: 'searchFailed', text, failure: failureOf(error) }),
    );
  }

  private static hitNode(hit: SearchHit): ModelNode {
    return { id: hit.node.id, label: hit.node.__typename, name: hit.node.name, slug: hit.node.slug };
  }

  openHit(hit: SearchHit): void {
    this.dispatch({ type: 'pinned', nodes: [ExplorerController.hitNode(hit)], expansions: [] });
    this.select(hit.node.id);
  }

  /** A path's end straight from a search hit: the hit is drawn, and is that end. */
  pathFromHit(end: 'from' | 'to', hit: SearchHit): void {
    const node = ExplorerController.hitNode(hit);
    this.dispatch({ type: 'pinned', nodes: [node], expansions: [] });
    this.dispatch({ type: 'pathEndSet', end, node });
  }

  /** Asks again for every expansion (and the path) after the source or the shown labels changed. */
  private reload(message: string): void {
    const state = this.current;
    for (const id of state.expansions.keys()) this.slots.cancel(`expand:${id}`);
    this.slots.cancel('path');
    const { from, to } = state.pathEnds;
    const path =
      state.path.state !== 'idle' && from && to
        ? this.pathWork({ from: from.id, to: to.id }, state.source)
        : null;
    void this.request(
      'reload',
      'graph',
      message,
      (signal) =>
        Promise.all([
          Promise.all([...state.expansions].map(([id, { limit }]) => this.expansion(id, limit, signal))),
          path ? path(signal) : null,
        ]),
      ([expansions, found]) => this.dispatch({ type: 'reloaded', expansions, path: found }),
    );
  }

  chooseSource(source: string | null): void {
    this.dispatch({ type: 'sourceChosen', source });
    this.reload('Reloading for the chosen article…');
    if (this.current.selected !== null) this.loadDetails();
    if (this.current.view === 'compare') this.loadCompare();
    if (this.current.view === 'orgChart') this.loadOrgChart();
  }

  toggleLabel(label: string): void {
    this.dispatch({ type: 'labelToggled', label });
    this.reload(`${this.current.hiddenLabels.has(label) ? 'Hiding' : 'Showing'} ${label} nodes…`);
  }

  loadCompare(): void {
    void this.request(
      'compare',
      'compare',
      'Comparing the tiers…',
      (signal) => fetchCompare(this.current.compared, this.current.source, signal),
      (comparison) => this.dispatch({ type: 'compareLoaded', comparison }),
    );
  }

  private loadDisagreements(): void {
    void this.request(
      'disagreements',
      'disagreements',
      'Finding disagreements…',
      fetchDisagreements,
      (list) => this.dispatch({ type: 'disagreementsLoaded', disagreements: list }),
    );
  }

  /** The org charts of the article chosen under "Claims of" (or of every article). */
  loadOrgChart(): void {
    const source = this.current.source;
    void this.request(
      'orgChart',
      'orgChart',
      'Loading the org chart…',
      (signal) => fetchOrgCharts(source, signal),
      (charts) => this.dispatch({ type: 'orgChartLoaded', source, charts }),
    );
  }

  openView(next: PanelView): void {
    this.dispatch({ type: 'viewOpened', view: next });
    if (next === 'compare') this.loadCompare();
    else if (next === 'disagreements' && this.current.disagreements.state !== 'done')
      this.loadDisagreements();
    else if (next === 'orgChart' && this.current.orgChart.state !== 'done') this.loadOrgChart();
  }

  compareTier(id: string): void {
    const slug = currentGraph(this.current).nodes.find((node) => node.id === id)?.slug;
    const other = this.current.tiers.find((tier) => tier.slug !== slug)?.slug;
    if (slug && other) this.dispatch({ type: 'tiersCompared', tiers: [slug, other] });
    this.openView('compare');
  }

  /**
   * A comparison row: its tiers, dimension and characteristics, named from the comparison itself;
   * each characteristic expanded so that the edges to its tier and dimension are drawn.
   */
  drawRow(row: Comparison['rows'][number], tiers: Comparison['tiers']): void {
    const characteristics = row.cells.flatMap((cell) => cell.characteristics);
    const nodes = [
      ...tiers.map((tier) => ({ id: tier.id, label: 'Tier', name: tier.name, slug: tier.slug })),
      nodeOf(row.dimension.id, row.dimension.name),
      ...characteristics.map((characteristic) => nodeOf(characteristic.id, characteristic.name)),
    ].flatMap((node) => node ?? []);
    void this.request(
      'draw',
      'graph',
      'Drawing…',
      (signal) => Promise.all(characteristics.map(({ id }) => this.expansion(id, firstLimit, signal))),
      (expansions) => this.dispatch({ type: 'pinned', nodes, expansions }),
    );
  }

  drawAndExpand(id: string): void {
    void this.request(
      'draw',
      'graph',
      'Drawing…',
      (signal) => this.neighbours(id, firstLimit, signal),
      (graph) => {
        const start = graph.nodes[0];
        if (!start) return;
        this.dispatch({ type: 'pinned', nodes: [start], expansions: [[id, expansionOf(graph, firstLimit)]] });
        this.select(id);
      },
    );
  }

  retry(panel: PanelRequest | 'search'): void {
    void this.slots.retry(panel === 'graph' ? this.lastGraphSlot : panel);
  }

  showOverview(): void {
    this.relayout = true;
    this.dispatch({ type: 'overviewShown' });
  }

  /** Opens the view a link describes: its nodes, expansions, path and selection. */
  private followLink(link: UrlState): void {
    this.restoring = true;
    const alone = link.nodes.filter((id) => !link.expanded.some((expansion) => expansion.id === id));
    void this.request(
      'link',
      'graph',
      'Opening the link…',
      (signal) =>
        Promise.all([
          Promise.all(link.expanded.map(({ id, limit }) => this.expansion(id, limit, signal, link.source))),
          fetchNames(alone, signal),
          link.path ? this.pathWork(link.path, link.source)(signal) : null,
        ]),
      ([expansions, named, path]) => this.linkFollowed(link, expansions, named, path),
    );
  }

  private linkFollowed(
    link: UrlState,
    expansions: [string, Expansion][],
    named: Awaited<ReturnType<typeof fetchNames>>,
    path: Awaited<ReturnType<typeof fetchPath>> | null,
  ): void {
    const starts = new Map<string, ModelNode>();
    for (const [, expansion] of expansions)
      if (expansion.nodes[0]) starts.set(expansion.nodes[0].id, expansion.nodes[0]);
    for (const node of named)
      starts.set(node.id, { id: node.id, label: node.__typename, name: node.name, slug: node.slug });
    const roots = link.nodes.flatMap((id) => starts.get(id) ?? []);
    const end = (id: string | undefined) => path?.nodes.find((node) => node.id === id) ?? null;
    this.relayout = true;
    this.restoring = false;
    this.dispatch({
      type: 'linkFollowed',
      roots: roots.length > 0 || expansions.length > 0 ? roots : [...this.current.overview],
      expansions,
      path,
      ends: { from: end(link.path?.from), to: end(link.path?.to) },
    });
    if (link.selected && currentGraph(this.current).nodes.some((node) => node.id === link.selected))
      this.select(link.selected);
  }

  /** Loads the article list and the overview, then opens the address's link if it has one. */
  start(): void {
    const link = parseUrlState(this.location.search);
    if (link) this.dispatch({ type: 'optionsSet', ...link });
    void this.request('start', 'graph', 'Loading the overview…', fetchStart, (data) => {
      if (link?.source && !data.sources.some((source) => source.slug === link.source)) {
        this.dispatch({
          type: 'noted',
          note: `The link asks for claims of “${link.source}”, which is not an article here; showing every article.`,
        });
        this.dispatch({ type: 'sourceChosen', source: null });
      }
      const following = link !== null && (link.nodes.length > 0 || link.expanded.length > 0);
      this.relayout = !following;
      this.dispatch({
        type: 'started',
        sources: data.sources,
        edgeStyles: data.edgeStyles,
        tiers: tiersByConnection(data),
        overview: overviewNodes(data),
        showOverview: !following,
      });
      if (following) this.followLink({ ...link, source: this.current.source });
    });
  }
}
