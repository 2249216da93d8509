import type { ExplorerElements } from './elements.ts';
import type { ExplorerController } from './explorer.ts';
import { downloadBlob } from './exportImage.ts';
import { currentGraph } from './derived.ts';
import { neighbourInDirection, type Direction } from './keyboard.ts';
import { layoutNames } from './urlState.ts';

const directions: Record<string, Direction> = {
  ArrowRight: 'right',
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The canvas's keys: arrows to neighbours, Enter to expand, +/- to zoom, 0 to fit, Delete to remove. */
function onGraphKey(event: KeyboardEvent, explorer: ExplorerController): void {
  const { view, state } = explorer;
  const selected =
    state.selected !== null && currentGraph(state).nodes.some((node) => node.id === state.selected)
      ? state.selected
      : null;
  const direction = directions[event.key];
  const act = (work: () => void) => {
    event.preventDefault();
    work();
  };
  if (direction) {
    act(() => {
      const next =
        selected === null ? view.central() : neighbourInDirection(view.neighbours(selected), direction);
      if (next !== null) explorer.select(next, true);
    });
  } else if ((event.key === 'Enter' || event.key === ' ') && selected) act(() => explorer.toggle(selected));
  else if (event.key === '+' || event.key === '=') act(() => view.zoomBy(1.25));
  else if (event.key === '-' || event.key === '_') act(() => view.zoomBy(0.8));
  else if (event.key === '0') act(() => view.fit());
  else if ((event.key === 'Delete' || event.key === 'Backspace') && selected)
    act(() => explorer.dispatch({ type: 'dismissed', id: selected }));
}

/** Connects the page's buttons, fields and keys to the explorer. */
export function wireControls(ui: ExplorerElements, explorer: ExplorerController): void {
  const { view } = explorer;
  ui.graph.addEventListener('keydown', (event) => onGraphKey(event, explorer));
  ui.zoomIn.addEventListener('click', () => view.zoomBy(1.25));
  ui.zoomOut.addEventListener('click', () => view.zoomBy(0.8));
  ui.zoomFit.addEventListener('click', () => view.fit());
  ui.overview.addEventListener('click', () => explorer.showOverview());
  ui.layout.addEventListener('change', () => {
    const layout = layoutNames.find((name) => name === ui.layout.value) ?? 'force';
    explorer.dispatch({ type: 'layoutChosen', layout });
    view.layout(layout);
  });
  ui.exportPng.addEventListener('click', () => downloadBlob(view.png(), 'org-graph-explorer.png'));
  ui.exportSvg.addEventListener('click', () =>
    downloadBlob(new Blob([view.svg()], { type: 'image/svg+xml' }), 'org-graph-explorer.svg'),
  );
  for (const [name, tab] of Object.entries(ui.tabs)) {
    tab.addEventListener('click', () => {
      if (name === 'details' || name === 'compare' || name === 'disagreements' || name === 'orgChart')
        explorer.openView(name);
    });
  }
  ui.searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.searchText.value.trim();
    if (text) explorer.search(text);
  });
  ui.path.find.addEventListener('click', () => explorer.findPath());
  ui.path.clear.addEventListener('click', () => explorer.clearPath());
}
