// The dashboard's state, changed only by events (`reduce` is pure). Each request's answer is
// tagged with the source it was asked for: an answer for a source no longer picked changes
// nothing, even if it arrives after its request could be cancelled.
import type { Failure } from '../shared/failure.ts';
import type { PickableSource } from '../shared/sourcePicker.ts';
import type { Disagreement, OrgChart, Stats } from './api.ts';
import { firstDepth } from './panels/orgChart.ts';

export type Request<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; data: T }
  | { state: 'failed'; failure: Failure };

export interface DashboardState {
  /** Slug of the picked source; null for all. */
  source: string | null;
  /** Every source, for the picker, with its number of claims. */
  sources: readonly PickableSource[];
  /** The two tiers whose overlap is shown; empty until the first answer names tiers. */
  tiers: readonly [string, string];
  stats: Request<Stats>;
  /** The stats' graph version (X-Graph-Version) and what they were asked for: a poll that finds the same changes nothing. */
  graphVersion: string | null;
  statsFor: string | null;
  disagreements: Request<readonly Disagreement[]>;
  /** The picked source's org charts; idle while no source is picked. */
  orgChart: Request<readonly OrgChart[]>;
  /** Levels below each chart's top the org chart lists. */
  orgChartDepth: number;
  /** Sources listed in "Claims per source", and disagreements listed. */
  claimsShown: number;
  disagreementsShown: number;
  /** Disagreements (by key) listing all their positions rather than the first few. */
  disagreementsOpen: readonly string[];
  /** Words a tier's name must contain to be a row of the coverage map. */
  coverageFilter: string;
}

export type DashboardEvent =
  | { type: 'sourcePicked'; source: string | null }
  | { type: 'tiersPicked'; tiers: readonly [string, string] }
  | { type: 'statsLoading' }
  | { type: 'statsLoaded'; source: string | null; stats: Stats; graphVersion: string | null; asked: string }
  | { type: 'statsFailed'; source: string | null; failure: Failure }
  | { type: 'disagreementsLoading' }
  | { type: 'disagreementsLoaded'; disagreements: readonly Disagreement[] }
  | { type: 'disagreementsFailed'; failure: Failure }
  | { type: 'orgChartLoading' }
  | { type: 'orgChartLoaded'; source: string; charts: readonly OrgChart[] }
  | { type: 'orgChartFailed'; source: string; failure: Failure }
  | { type: 'orgChartDeeper' }
  | { type: 'moreClaims' }
  | { type: 'moreDisagreements' }
  | { type: 'positionsToggled'; key: string; open: boolean }
  | { type: 'coverageFiltered'; text: string };

/** How many rows a list shows at first, and adds on "more". */
export const pageSize = 10;

export function initialState(): DashboardState {
  return {
    source: null,
    sources: [],
    tiers: ['senior-leadership', 'senior-management'],
    stats: { state: 'idle' },
    graphVersion: null,
    statsFor: null,
    disagreements: { state: 'idle' },
    orgChart: { state: 'idle' },
    orgChartDepth: firstDepth,
    claimsShown: pageSize,
    disagreementsShown: pageSize,
    disagreementsOpen: [],
    coverageFilter: '',
  };
}

/** The sources as the picker lists them, with their claims counted. */
export function pickable(stats: Stats): PickableSource[] {
  return stats.perSource.map((s) => ({
    slug: s.source.slug,
    title: s.source.title,
    count: s.methods.reduce((sum, m) => sum + m.count, 0),
  }));
}

/** What a statistics request asks for, as one comparable string. */
export function statsQuestion(state: DashboardState): string {
  return JSON.stringify([state.source, state.tiers]);
}

export function reduce(state: DashboardState, event: DashboardEvent): DashboardState {
  switch (event.type) {
    case 'sourcePicked':
      return {
        ...state,
        source: event.source,
        stats: { state: 'loading' },
        orgChart: event.source === null ? { state: 'idle' } : { state: 'loading' },
        orgChartDepth: firstDepth,
        claimsShown: pageSize,
        disagreementsShown: pageSize,
      };
    case 'tiersPicked':
      return { ...state, tiers: event.tiers };
    case 'statsLoading':
      return state.stats.state === 'done' ? state : { ...state, stats: { state: 'loading' } };
    case 'statsLoaded':
      return event.source === state.source
        ? {
            ...state,
            sources: pickable(event.stats),
            stats: { state: 'done', data: event.stats },
            graphVersion: event.graphVersion,
            statsFor: event.asked,
          }
        : state;
    case 'statsFailed':
      return event.source === state.source
        ? { ...state, stats: { state: 'failed', failure: event.failure } }
        : state;
    case 'disagreementsLoading':
      return state.disagreements.state === 'done' ? state : { ...state, disagreements: { state: 'loading' } };
    case 'disagreementsLoaded':
      return { ...state, disagreements: { state: 'done', data: event.disagreements } };
    case 'disagreementsFailed':
      return { ...state, disagreements: { state: 'failed', failure: event.failure } };
    case 'orgChartLoading':
      return state.orgChart.state === 'done' ? state : { ...state, orgChart: { state: 'loading' } };
    case 'orgChartLoaded':
      return event.source === state.source
        ? { ...state, orgChart: { state: 'done', data: event.charts } }
        : state;
    case 'orgChartFailed':
      return event.source === state.source
        ? { ...state, orgChart: { state: 'failed', failure: event.failure } }
        : state;
    case 'orgChartDeeper':
      return { ...state, orgChartDepth: state.orgChartDepth + 1 };
    case 'moreClaims':
      return { ...state, claimsShown: state.claimsShown + pageSize };
    case 'moreDisagreements':
      return { ...state, disagreementsShown: state.disagreementsShown + pageSize };
    case 'positionsToggled':
      return {
        ...state,
        disagreementsOpen: event.open
          ? [...state.disagreementsOpen.filter((key) => key !== event.key), event.key]
          : state.disagreementsOpen.filter((key) => key !== event.key),
      };
    case 'coverageFiltered':
      return { ...state, coverageFilter: event.text };
  }
}
