import { requiredElement } from '../shared/dom.ts';

/** The elements of the explorer's page the views render into. */
export interface ExplorerElements {
  graph: HTMLDivElement;
  graphFailure: HTMLElement;
  details: HTMLElement;
  compare: HTMLElement;
  disagreements: HTMLElement;
  orgChart: HTMLElement;
  /** Over the graph while the Org chart view is open: the charts drawn. */
  orgChartCanvas: HTMLDivElement;
  status: HTMLElement;
  notices: HTMLUListElement;
  pickerSlot: HTMLElement;
  searchForm: HTMLFormElement;
  searchText: HTMLInputElement;
  searchResults: HTMLOListElement;
  path: {
    section: HTMLElement;
    from: HTMLOutputElement;
    to: HTMLOutputElement;
    find: HTMLButtonElement;
    clear: HTMLButtonElement;
    result: HTMLElement;
    sources: HTMLElement;
  };
  legend: HTMLElement;
  overview: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  zoomFit: HTMLButtonElement;
  layout: HTMLSelectElement;
  exportPng: HTMLButtonElement;
  exportSvg: HTMLButtonElement;
  tabs: {
    details: HTMLButtonElement;
    compare: HTMLButtonElement;
    disagreements: HTMLButtonElement;
    orgChart: HTMLButtonElement;
  };
}

/** Finds the explorer's elements in `document`; a missing one is an error in the page. */
export function explorerElements(): ExplorerElements {
  return {
    graph: requiredElement('graph', HTMLDivElement),
    graphFailure: requiredElement('graph-failure', HTMLElement),
    details: requiredElement('details', HTMLElement),
    compare: requiredElement('compare', HTMLElement),
    disagreements: requiredElement('disagreements', HTMLElement),
    orgChart: requiredElement('org-chart', HTMLElement),
    orgChartCanvas: requiredElement('org-chart-canvas', HTMLDivElement),
    status: requiredElement('status', HTMLParagraphElement),
    notices: requiredElement('notices', HTMLUListElement),
    pickerSlot: requiredElement('source-choice', HTMLElement),
    searchForm: requiredElement('search-form', HTMLFormElement),
    searchText: requiredElement('search-text', HTMLInputElement),
    searchResults: requiredElement('search-results', HTMLOListElement),
    path: {
      section: requiredElement('path-finder', HTMLElement),
      from: requiredElement('path-from', HTMLOutputElement),
      to: requiredElement('path-to', HTMLOutputElement),
      find: requiredElement('path-find', HTMLButtonElement),
      clear: requiredElement('path-clear', HTMLButtonElement),
      result: requiredElement('path-result', HTMLElement),
      sources: requiredElement('path-sources', HTMLElement),
    },
    legend: requiredElement('legend', HTMLElement),
    overview: requiredElement('show-overview', HTMLButtonElement),
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
      orgChart: requiredElement('tab-org-chart', HTMLButtonElement),
    },
  };
}
