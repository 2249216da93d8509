// The dashboard's controller: the state changes only through `reduce`; each of its two requests
// has its slot, so picking another source cancels the answer still coming for the one before; the
// panels render from the state, one panel per task so the page never freezes while they draw.
import { failureOf, failureNotice } from '../shared/failure.ts';
import { RequestSlots } from '../shared/requestSlots.ts';
import { SourcePicker } from '../shared/sourcePicker.ts';
import { fetchDisagreements, fetchOrgChart, fetchStats, statsOf, type Stats } from './api.ts';
import { renderClaims } from './panels/claims.ts';
import { renderCoverage } from './panels/coverage.ts';
import { renderDisagreements } from './panels/disagreements.ts';
import { renderLevels } from './panels/levels.ts';
import { renderMostConnected } from './panels/mostConnected.ts';
import { renderOrgChart } from './panels/orgChart.ts';
import { renderOverlap } from './panels/overlap.ts';
import { renderSize } from './panels/size.ts';
import { initialState, reduce, statsQuestion, type DashboardEvent, type DashboardState } from './state.ts';

export interface DashboardElements {
  pickerSlot: HTMLElement;
  status: HTMLElement;
  coverageFilter: HTMLInputElement;
  size: HTMLElement;
  claims: HTMLElement;
  levels: HTMLElement;
  coverage: HTMLElement;
  overlap: HTMLElement;
  connected: HTMLElement;
  disagreements: HTMLElement;
  orgChart: HTMLElement;
}

type StatsPanel = 'size' | 'claims' | 'levels' | 'coverage' | 'overlap' | 'connected';
const statsPanels: readonly StatsPanel[] = ['size', 'claims', 'levels', 'coverage', 'overlap', 'connected'];
type Panel = StatsPanel | 'disagreements' | 'orgChart';

/** Lets the browser paint and handle input before the next piece of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Dashboard {
  private current = initialState();
  private readonly slots = new RequestSlots();
  private readonly picker: SourcePicker;
  /** Counts renders; each panel remembers the last render that claimed it, and only that one draws it. */
  private rendering = 0;
  private readonly claimedBy = new Map<string, number>();

  constructor(private readonly ui: DashboardElements) {
    this.picker = new SourcePicker({
      label: 'Source',
      allLabel: 'All sources',
      countNoun: 'claims',
      choose: (slug) => this.pickSource(slug),
    });
    ui.pickerSlot.replaceChildren(this.picker.element);
    ui.coverageFilter.addEventListener('input', () => {
      void this.dispatch({ type: 'coverageFiltered', text: ui.coverageFilter.value.trim() }, ['coverage']);
    });
  }

  get state(): DashboardState {
    return this.current;
  }

  /** Applies an event and renders the panels it concerns (all by default). */
  dispatch(event: DashboardEvent, panels?: readonly Panel[]): Promise<void> {
    this.current = reduce(this.current, event);
    return this.render(panels ?? [...statsPanels, 'disagreements', 'orgChart']);
  }

  loadStats(): Promise<void> {
    const { source, tiers } = this.current;
    const asked = statsQuestion(this.current);
    void this.dispatch({ type: 'statsLoading' }, []);
    return this.slots.run(
      'stats',
      (signal) => fetchStats([tiers[0], tiers[1]], source, signal),
      (answer) => {
        const unchanged =
          answer.graphVersion !== null &&
          answer.graphVersion === this.current.graphVersion &&
          asked === this.current.statsFor;
        if (unchanged) return;
        void this.dispatch(
          {
            type: 'statsLoaded',
            source,
            stats: statsOf(answer.data),
            graphVersion: answer.graphVersion,
            asked,
          },
          statsPanels,
        );
      },
      (error) => void this.dispatch({ type: 'statsFailed', source, failure: failureOf(error) }, statsPanels),
    );
  }

  loadDisagreements(): Promise<void> {
    void this.dispatch({ type: 'disagreementsLoading' }, []);
    return this.slots.run(
      'disagreements',
      (signal) => fetchDisagreements(signal),
      (answer) =>
        void this.dispatch({ type: 'disagreementsLoaded', disagreements: answer.data.disagreements }, [
          'disagreements',
        ]),
      (error) =>
        void this.dispatch({ type: 'disagreementsFailed', failure: failureOf(error) }, ['disagreements']),
    );
  }

  /** The picked source's org charts; none asked while every source is shown. */
  loadOrgChart(): Promise<void> {
    const { source } = this.current;
    if (source === null) {
      this.slots.cancel('orgChart');
      return this.render(['orgChart']);
    }
    void this.dispatch({ type: 'orgChartLoading' }, []);
    return this.slots.run(
      'orgChart',
      (signal) => fetchOrgChart(source, signal),
      (answer) =>
        void this.dispatch({ type: 'orgChartLoaded', source, charts: answer.data.reportingLines }, [
          'orgChart',
        ]),
      (error) =>
        void this.dispatch({ type: 'orgChartFailed', source, failure: failureOf(error) }, ['orgChart']),
    );
  }

  /** A new source: the statistics and org chart asked again (the answers for the last one cancelled), and a failed panel retried. */
  pickSource(source: string | null): void {
    void this.dispatch({ type: 'sourcePicked', source });
    void this.loadStats();
    void this.loadOrgChart();
    if (this.current.disagreements.state === 'failed') void this.loadDisagreements();
  }

  refresh(): Promise<void> {
    return Promise.all([this.loadStats(), this.loadDisagreements(), this.loadOrgChart()]).then(
      () => undefined,
    );
  }

  /** Draws the statistics' panels again, for a new width. */
  redraw(): Promise<void> {
    return this.render(statsPanels);
  }

  private async render(panels: readonly Panel[]): Promise<void> {
    const run = (this.rendering += 1);
    const state = this.current;
    this.picker.set(state.sources, state.source);
    const version = state.graphVersion ? ` · graph version ${state.graphVersion.slice(0, 8)}` : '';
    this.ui.status.textContent =
      state.stats.state === 'done'
        ? `Updated ${new Date().toLocaleTimeString()}${version}`
        : state.stats.state === 'failed'
          ? 'Some panels could not be loaded: each says why.'
          : 'Loading…';
    for (const panel of panels) this.claimedBy.set(panel, run);
    for (const panel of panels) {
      // A chart is drawn in a task of its own, apart from the answer's arrival and the state's
      // change (a loading or failed note is cheap, and shows at once).
      const request =
        panel === 'disagreements' ? state.disagreements : panel === 'orgChart' ? state.orgChart : state.stats;
      if (request.state === 'done') await nextTask();
      if (this.claimedBy.get(panel) !== run) continue;
      try {
        if (panel === 'disagreements') this.renderDisagreements(state);
        else if (panel === 'orgChart') this.renderOrgChart(state);
        else this.renderStatsPanel(panel, state);
      } catch (error) {
        // A panel that cannot draw its answer says so; the others still draw theirs.
        const container = this.ui[panel];
        container.dataset['state'] = 'failed';
        container.replaceChildren(
          failureNotice(
            'Drawing this panel',
            { words: 'The page could not draw this answer.', detail: String(error) },
            () => void this.render([panel]),
          ),
        );
      }
      await nextTask();
    }
  }

  private renderStatsPanel(panel: StatsPanel, state: DashboardState): void {
    const container = this.ui[panel];
    const request = state.stats;
    container.dataset['state'] = request.state;
    if (request.state === 'idle' || request.state === 'loading') {
      container.setAttribute('aria-busy', 'true');
      if (!container.querySelector('figure')) container.replaceChildren(loadingNote());
      return;
    }
    container.removeAttribute('aria-busy');
    if (request.state === 'failed') {
      container.replaceChildren(
        failureNotice('Loading the statistics', request.failure, () => void this.loadStats()),
      );
      return;
    }
    this.drawStats(panel, container, request.data, state);
  }

  private drawStats(panel: StatsPanel, container: HTMLElement, stats: Stats, state: DashboardState): void {
    const { source } = state;
    if (panel === 'size') renderSize(container, stats, source);
    else if (panel === 'claims')
      renderClaims(container, stats, {
        source,
        shown: state.claimsShown,
        more: () => void this.dispatch({ type: 'moreClaims' }, ['claims']),
      });
    else if (panel === 'levels') renderLevels(container, stats, source);
    else if (panel === 'coverage') renderCoverage(container, stats, source, state.coverageFilter);
    else if (panel === 'overlap')
      renderOverlap(container, stats, source, {
        tiers: [state.tiers[0], state.tiers[1]],
        choose: (tiers) => {
          void this.dispatch({ type: 'tiersPicked', tiers }, []);
          void this.loadStats();
        },
      });
    else renderMostConnected(container, stats, source);
  }

  private renderOrgChart(state: DashboardState): void {
    const container = this.ui.orgChart;
    const request = state.orgChart;
    // With every source shown nothing is asked: the panel has settled on its note.
    container.dataset['state'] = state.source === null ? 'done' : request.state;
    container.toggleAttribute('aria-busy', request.state === 'loading');
    if (state.source === null)
      container.replaceChildren(note('Pick a source above to see who reports to whom in it.'));
    else if (request.state === 'idle' || request.state === 'loading')
      container.replaceChildren(loadingNote());
    else if (request.state === 'failed')
      container.replaceChildren(
        failureNotice('Loading the org chart', request.failure, () => void this.loadOrgChart()),
      );
    else
      renderOrgChart(container, request.data, {
        source: state.source,
        depth: state.orgChartDepth,
        deeper: () => void this.dispatch({ type: 'orgChartDeeper' }, ['orgChart']),
      });
  }

  private renderDisagreements(state: DashboardState): void {
    const container = this.ui.disagreements;
    const request = state.disagreements;
    container.dataset['state'] = request.state;
    if (request.state === 'idle' || request.state === 'loading') {
      container.setAttribute('aria-busy', 'true');
      container.replaceChildren(loadingNote());
      return;
    }
    container.removeAttribute('aria-busy');
    if (request.state === 'failed') {
      container.replaceChildren(
        failureNotice('Finding the disagreements', request.failure, () => void this.loadDisagreements()),
      );
      return;
    }
    renderDisagreements(container, request.data, {
      source: state.source,
      shown: state.disagreementsShown,
      more: () => void this.dispatch({ type: 'moreDisagreements' }, ['disagreements']),
      open: state.disagreementsOpen,
      toggle: (key, open) => void this.dispatch({ type: 'positionsToggled', key, open }, ['disagreements']),
    });
  }
}

function note(text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = 'muted';
  element.textContent = text;
  return element;
}

function loadingNote(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = 'Loading…';
  return note;
}
