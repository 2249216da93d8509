import manifest from '../../docs/examples/persisted-operations.json' with { type: 'json' };
import { persistedGet, type PersistedAnswer, type PersistedOperation } from '../shared/persistedGet.ts';
import type {
  DashboardStatsQuery,
  DashboardStatsQueryVariables,
  DisagreementsQuery,
  DisagreementsQueryVariables,
  OrgChartQuery,
  OrgChartQueryVariables,
} from './__generated__/operations.ts';

/**
 * The dashboard's whole contract with the API: three operations of the persisted-operations
 * manifest (docs/examples), sent by hash. Only names and hashes reach the page's code paths;
 * the operations' text stays on the server.
 */
function operation(name: string): PersistedOperation {
  const found = manifest.operations.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`operation ${name} is not in the persisted-operations manifest`);
  return { name: found.name, id: found.id };
}

const dashboardStats = operation('DashboardStats');
const disagreements = operation('Disagreements');
const orgChart = operation('OrgChart');

/** The statistics request's answer as the panels read it: the graph's statistics beside the ladder's coverage. */
export type Stats = DashboardStatsQuery['stats'] & Pick<DashboardStatsQuery, 'levels' | 'levelCoverage'>;

export function statsOf(answer: DashboardStatsQuery): Stats {
  return { ...answer.stats, levels: answer.levels, levelCoverage: answer.levelCoverage };
}
export type Disagreement = DisagreementsQuery['disagreements'][number];
export type OrgChart = OrgChartQuery['reportingLines'][number];

/** How many of the most connected entities the dashboard shows. */
export const topEntities = 10;

export function fetchStats(
  tiers: [string, string],
  source: string | null,
  signal: AbortSignal,
): Promise<PersistedAnswer<DashboardStatsQuery>> {
  return persistedGet<DashboardStatsQuery, DashboardStatsQueryVariables>(
    dashboardStats,
    { tiers, source, top: topEntities },
    signal,
  );
}

export function fetchDisagreements(signal: AbortSignal): Promise<PersistedAnswer<DisagreementsQuery>> {
  return persistedGet<DisagreementsQuery, DisagreementsQueryVariables>(disagreements, {}, signal);
}

/** The org charts one source states: a chart per top role. */
export function fetchOrgChart(source: string, signal: AbortSignal): Promise<PersistedAnswer<OrgChartQuery>> {
  return persistedGet<OrgChartQuery, OrgChartQueryVariables>(orgChart, { source }, signal);
}
