// The dashboard page's entry: find its elements, build the dashboard, load it and follow the graph's changes.
import '../shared/sourcePicker.css';
import './dashboard.css';
import { requiredElement } from '../shared/dom.ts';
import { Dashboard } from './dashboard.ts';
import { followGraphChanges } from './liveUpdates.ts';

/** How often the dashboard asks again when it cannot be told of changes; the browser revalidates with If-None-Match. */
const pollMs = 15_000;

const dashboard = new Dashboard({
  pickerSlot: requiredElement('source-choice', HTMLElement),
  status: requiredElement('status', HTMLParagraphElement),
  coverageFilter: requiredElement('coverage-filter', HTMLInputElement),
  size: requiredElement('panel-size', HTMLDivElement),
  claims: requiredElement('panel-claims', HTMLDivElement),
  levels: requiredElement('panel-levels', HTMLDivElement),
  coverage: requiredElement('panel-coverage', HTMLDivElement),
  overlap: requiredElement('panel-overlap', HTMLDivElement),
  connected: requiredElement('panel-connected', HTMLDivElement),
  disagreements: requiredElement('panel-disagreements', HTMLDivElement),
  orgChart: requiredElement('panel-org-chart', HTMLDivElement),
});
let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => void dashboard.redraw(), 200);
});
void dashboard.refresh();
followGraphChanges(`${location.origin}/graphql`, () => void dashboard.refresh(), pollMs);
