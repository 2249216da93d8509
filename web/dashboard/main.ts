import './dashboard.css';
import { requiredElement, h } from '../explorer/dom.ts';
import { fetchDisagreements, fetchStats, type Disagreement, type Stats } from './api.ts';
import { renderClaims } from './panels/claims.ts';
import { renderCoverage } from './panels/coverage.ts';
import { renderDisagreements } from './panels/disagreements.ts';
import { renderMostConnected } from './panels/mostConnected.ts';
import { renderOverlap } from './panels/overlap.ts';
import { renderSize } from './panels/size.ts';

/** How often the dashboard asks again; the browser revalidates with If-None-Match. */
const pollMs = 15_000;

const ui = {
  picker: requiredElement('source-picker', HTMLSelectElement),
  status: requiredElement('status', HTMLParagraphElement),
  error: requiredElement('error', HTMLParagraphElement),
  size: requiredElement('panel-size', HTMLDivElement),
  claims: requiredElement('panel-claims', HTMLDivElement),
  coverage: requiredElement('panel-coverage', HTMLDivElement),
  overlap: requiredElement('panel-overlap', HTMLDivElement),
  connected: requiredElement('panel-connected', HTMLDivElement),
  disagreements: requiredElement('panel-disagreements', HTMLDivElement),
};

const statsPanels = [ui.size, ui.claims, ui.coverage, ui.overlap, ui.connected];

const state = {
  /** Slug of the picked source; null for all. */
  source: null as string | null,
  tiers: ['senior-leadership', 'senior-management'] as [string, string],
  stats: null as Stats | null,
  disagreements: null as readonly Disagreement[] | null,
  graphVersion: null as string | null,
};

function setBusy(panels: HTMLElement[], busy: boolean): void {
  for (const panel of panels) {
    if (busy) panel.setAttribute('aria-busy', 'true');
    else panel.removeAttribute('aria-busy');
  }
}

function showFailure(panels: HTMLElement[], what: string, error: unknown): void {
  const message = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
  ui.error.textContent = message;
  ui.error.hidden = false;
  for (const panel of panels) {
    panel.classList.add('failed');
    if (!panel.querySelector('figure, ul')) panel.replaceChildren(h('p', {}, message));
  }
}

function fillPicker(stats: Stats): void {
  if (ui.picker.options.length > 1) return;
  for (const s of stats.perSource) ui.picker.append(h('option', { value: s.source.slug }, s.source.title));
  ui.picker.disabled = false;
}

function renderStats(): void {
  const { stats, source } = state;
  if (!stats) return;
  renderSize(ui.size, stats, source);
  renderClaims(ui.claims, stats, source);
  renderCoverage(ui.coverage, stats, source);
  renderOverlap(ui.overlap, stats, source, {
    tiers: state.tiers,
    choose: (tiers) => {
      state.tiers = tiers;
      void loadStats();
    },
  });
  renderMostConnected(ui.connected, stats, source);
}

function renderAll(): void {
  renderStats();
  if (state.disagreements) renderDisagreements(ui.disagreements, state.disagreements, state.source);
  const version = state.graphVersion ? ` · graph version ${state.graphVersion.slice(0, 8)}` : '';
  ui.status.textContent = `Updated ${new Date().toLocaleTimeString()}${version}`;
}

async function loadStats(): Promise<void> {
  setBusy(statsPanels, true);
  try {
    const answer = await fetchStats(state.tiers, state.source);
    state.stats = answer.data.stats;
    state.graphVersion = answer.graphVersion ?? state.graphVersion;
    fillPicker(answer.data.stats);
    for (const panel of statsPanels) panel.classList.remove('failed');
    renderAll();
  } catch (error) {
    showFailure(statsPanels, 'Loading the statistics', error);
  } finally {
    setBusy(statsPanels, false);
  }
}

async function loadDisagreements(): Promise<void> {
  setBusy([ui.disagreements], true);
  try {
    const answer = await fetchDisagreements();
    state.disagreements = answer.data.disagreements;
    ui.disagreements.classList.remove('failed');
    renderDisagreements(ui.disagreements, state.disagreements, state.source);
  } catch (error) {
    showFailure([ui.disagreements], 'Loading the disagreements', error);
  } finally {
    setBusy([ui.disagreements], false);
  }
}

async function refresh(): Promise<void> {
  ui.error.hidden = true;
  await Promise.all([loadStats(), loadDisagreements()]);
}

ui.picker.addEventListener('change', () => {
  state.source = ui.picker.value === '' ? null : ui.picker.value;
  void loadStats().then(() => {
    if (state.disagreements) renderDisagreements(ui.disagreements, state.disagreements, state.source);
  });
});

let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(renderStats, 200);
});

void refresh();
window.setInterval(() => void refresh(), pollMs);
