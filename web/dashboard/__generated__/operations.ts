/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How a claim came into the graph. */
export type ClaimMethod =
  /** From an article's hand-made annotations, each citing the text it rests on; confidence 1. */
  | 'CURATED'
  /** Found automatically in an article's text; its confidence is the extraction's own, below 1 where it was unsure. */
  | 'EXTRACTED';

/** What sources disagree about. */
export type DisagreementKind =
  /** Characteristics of one level on one canonical dimension that contradict each other. */
  | 'LEVEL_CHARACTERISTIC'
  /** Which tier a role belongs to. */
  | 'ROLE_TIER'
  /** A tier's orientation, time horizon, scope or level. */
  | 'TIER_ATTRIBUTE'
  /** Where a tier of one name is placed on the ladder of levels. */
  | 'TIER_LEVEL'
  /** Which roles belong to a tier. */
  | 'TIER_MEMBERS';

export type OrgChartQueryVariables = Exact<{
  source?: string | null | undefined;
}>;


export type OrgChartQuery = { reportingLines: Array<{ source: { slug: string, title: string }, root: { id: string, slug: string, name: string }, lines: Array<{ depth: number, method: ClaimMethod, confidence: number, role: { id: string, slug: string, name: string }, manager: { id: string, slug: string, name: string }, evidence: Array<{ id: string, text: string }> }> }> };

export type DisagreementsQueryVariables = Exact<{
  about?: string | null | undefined;
}>;


export type DisagreementsQuery = { disagreements: Array<{ kind: DisagreementKind, subject: string, attribute: string | null, tier: { id: string, slug: string, name: string } | null, role: { id: string, slug: string, name: string } | null, sides: Array<{ claim: string, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string }> }> }> };

export type DashboardStatsQueryVariables = Exact<{
  tiers?: Array<string> | string;
  source?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type DashboardStatsQuery = { stats: { nodes: Array<{ label: string, count: number }>, relationships: Array<{ type: string, count: number }>, perSource: Array<{ statements: number, source: { id: string, slug: string, title: string }, claims: Array<{ type: string, count: number }>, methods: Array<{ method: ClaimMethod, count: number }> }>, overlap: { rolesJaccard: number, responsibilitiesJaccard: number, skillsJaccard: number, softResponsibilitiesJaccard: number, softSkillsJaccard: number, similarityThreshold: number, tiers: Array<{ id: string, slug: string, name: string }>, sharedRoles: Array<{ id: string, slug: string, name: string }>, sharedResponsibilities: Array<{ id: string, name: string }>, sharedSkills: Array<{ id: string, name: string }>, softSharedResponsibilities: Array<{ score: number, from: { name: string, source: { slug: string }, evidence: Array<{ text: string }> }, to: { name: string, source: { slug: string }, evidence: Array<{ text: string }> } }> }, mostConnected: Array<{ label: string, degree: number, node:
        | { name: string, id: string }
        | { id: string }
        | { name: string, id: string }
        | { name: string, id: string }
        | { name: string, id: string }
        | { id: string }
        | { name: string, id: string }
        | { name: string, id: string }
        | { id: string }
        | { name: string, id: string }
        | { id: string }
        | { id: string }
        | { name: string, id: string }
       }>, coverage: Array<{ claims: number, source: { slug: string }, tier: { id: string, slug: string, name: string }, dimensions: Array<{ id: string, slug: string, name: string }> }> }, levels: Array<{ id: string, slug: string, name: string, rank: number }>, levelCoverage: Array<{ sources: number, characteristics: number, level: { slug: string }, dimension: { id: string, slug: string, name: string } }> };
