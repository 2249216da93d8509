// Renders every view of the explorer from the state. A view is rendered again only when a part
// of the state it reads has changed (compared by identity, since `reduce` never edits in place),
// so a panel keeps its open sections and focus while unrelated things happen.
import { renderCompare, renderDisagreements, disagreementsPage } from './analysisViews.ts';
import { renderDetailsView } from './detailsPanel.ts';
import type { ExplorerElements } from './elements.ts';
import type { ExplorerController } from './explorer.ts';
import { currentGraph } from './derived.ts';
import type { VisibleGraph } from './graphModel.ts';
import { renderLegend } from './legend.ts';
import { renderOrgChart } from './orgChartView.ts';
import type { ExplorerState } from './state.ts';
import {
  describeStatus,
  renderGraphFailure,
  renderNotices,
  renderPath,
  renderSearch,
  titleOf,
} from './views.ts';

const seen = new WeakMap<ExplorerElements, Map<string, readonly unknown[]>>();

/** Whether any of `inputs` differs from what `view` was last rendered with (and remembers them). */
function changed(ui: ExplorerElements, view: string, inputs: readonly unknown[]): boolean {
  const memory = seen.get(ui) ?? new Map<string, readonly unknown[]>();
  seen.set(ui, memory);
  const before = memory.get(view);
  memory.set(view, inputs);
  return !before || before.length !== inputs.length || before.some((input, index) => input !== inputs[index]);
}

function renderPanels(
  ui: ExplorerElements,
  state: ExplorerState,
  graph: VisibleGraph,
  explorer: ExplorerController,
) {
  for (const [name, tab] of Object.entries(ui.tabs))
    tab.setAttribute('aria-selected', String(name === state.view));
  ui.details.hidden = state.view !== 'details';
  ui.compare.hidden = state.view !== 'compare';
  ui.disagreements.hidden = state.view !== 'disagreements';
  ui.orgChart.hidden = state.view !== 'orgChart';
  const charted =
    state.view === 'orgChart' && state.orgChart.state === 'done' && state.orgChart.data.length > 0;
  ui.orgChartCanvas.hidden = !charted;
  // Drawn while shown, or fitted again when shown anew: a hidden canvas has no size to fit to.
  if (changed(ui, 'orgChartShown', [charted]) && charted) explorer.orgChart.refit();
  if (
    changed(ui, 'details', [
      state.details,
      state.selected,
      graph.nodes.length,
      graph.edges.length,
      state.expansions,
    ])
  )
    renderDetailsView(ui.details, state, graph, {
      toggle: (id) => explorer.toggle(id),
      loadMore: (id, limit) => explorer.expand(id, limit),
      pathEnd: (end, id) => explorer.setPathEnd(end, id),
      dismiss: (id) => explorer.dispatch({ type: 'dismissed', id }),
      select: (id) => explorer.select(id, true),
      compare: (id) => explorer.compareTier(id),
      retry: () => explorer.retry('details'),
    });
  if (changed(ui, 'compare', [state.compare, state.compared, state.tiers]))
    renderCompare(ui.compare, state.compare, {
      tiers: state.tiers,
      chosen: state.compared,
      choose: (tiers) => {
        explorer.dispatch({ type: 'tiersCompared', tiers });
        explorer.loadCompare();
      },
      draw: (row, tiers) => explorer.drawRow(row, tiers),
      retry: () => explorer.retry('compare'),
    });
  if (changed(ui, 'disagreements', [state.disagreements, state.disagreementsShown]))
    renderDisagreements(ui.disagreements, state.disagreements, {
      draw: (id) => explorer.drawAndExpand(id),
      retry: () => explorer.retry('disagreements'),
      shown: state.disagreementsShown,
      more: () => explorer.dispatch({ type: 'moreDisagreements', page: disagreementsPage }),
    });
  if (changed(ui, 'orgChart', [state.orgChart, state.edgeStyles]))
    renderOrgChart(ui.orgChart, state.orgChart, {
      scope: state.source === null ? null : titleOf(state, state.source),
      // The reporting line's colour as the API serves it: the edge kind drawn top down.
      draw: (trees) =>
        explorer.orgChart.draw(trees, state.edgeStyles.find((style) => style.hierarchy)?.color ?? '#888888'),
      retry: () => explorer.retry('orgChart'),
    });
}

/** Draws the canvas and renders every view whose inputs changed. */
export function renderExplorer(
  ui: ExplorerElements,
  state: ExplorerState,
  explorer: ExplorerController,
  relayout: boolean,
): void {
  const graph = currentGraph(state);
  const path = state.path.state === 'done' ? state.path.data : null;
  if (
    relayout ||
    changed(ui, 'canvas', [
      state.roots,
      state.expansions,
      state.pinned,
      state.dismissed,
      state.hiddenLabels,
      path,
    ])
  ) {
    const truncated = new Set([...graph.expanded].filter((id) => state.expansions.get(id)?.truncated));
    explorer.view.draw(graph, { truncated, layout: state.layout }, relayout);
    explorer.view.markPath(
      path?.nodes.map((node) => node.id) ?? [],
      path?.edges.map((edge) => edge.id) ?? [],
    );
    renderNotices(ui.notices, state, graph, {
      loadMore: (id, limit) => explorer.expand(id, limit),
      bringBack: () => explorer.dispatch({ type: 'broughtBack' }),
    });
  }
  explorer.view.select(
    state.selected !== null && graph.nodes.some((node) => node.id === state.selected) ? state.selected : null,
  );
  ui.status.textContent =
    state.graph.state === 'loading' ? state.graph.message : describeStatus(state, graph);
  ui.status.dataset['state'] = state.graph.state;
  ui.layout.value = state.layout;
  renderGraphFailure(ui.graphFailure, state, () => explorer.retry('graph'));
  explorer.picker.set(
    state.sources.map((source) => ({ slug: source.slug, title: source.title, count: source.statementCount })),
    state.source,
  );
  if (changed(ui, 'legend', [state.hiddenLabels, state.edgeStyles]))
    renderLegend(ui.legend, {
      hidden: state.hiddenLabels,
      toggle: (label) => explorer.toggleLabel(label),
      edgeStyles: state.edgeStyles,
    });
  if (changed(ui, 'path', [state.path, state.pathEnds, state.sources, state.source]))
    renderPath(ui.path, state, () => explorer.retry('path'));
  if (changed(ui, 'search', [state.search]))
    renderSearch(ui.searchResults, state, {
      open: (hit) => explorer.openHit(hit),
      pathFrom: (hit) => explorer.pathFromHit('from', hit),
      pathTo: (hit) => explorer.pathFromHit('to', hit),
      retry: () => explorer.retry('search'),
    });
  renderPanels(ui, state, graph, explorer);
}
