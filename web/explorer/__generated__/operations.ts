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

type NamedNode_Attribute_Fragment = { __typename: 'Attribute', slug: string, name: string, id: string };

type NamedNode_CanonicalDimension_Fragment = { __typename: 'CanonicalDimension', slug: string, name: string, id: string };

type NamedNode_Characteristic_Fragment = { __typename: 'Characteristic', slug: string, name: string, id: string };

type NamedNode_CollaborationBenefit_Fragment = { __typename: 'CollaborationBenefit', slug: string, name: string, id: string };

type NamedNode_Dimension_Fragment = { __typename: 'Dimension', slug: string, name: string, id: string };

type NamedNode_Level_Fragment = { __typename: 'Level', slug: string, name: string, id: string };

type NamedNode_Responsibility_Fragment = { __typename: 'Responsibility', slug: string, name: string, id: string };

type NamedNode_Role_Fragment = { __typename: 'Role', slug: string, name: string, id: string };

type NamedNode_Section_Fragment = { __typename: 'Section', slug: string, name: string, id: string };

type NamedNode_Skill_Fragment = { __typename: 'Skill', slug: string, name: string, id: string };

type NamedNode_Source_Fragment = { __typename: 'Source', slug: string, name: string, id: string };

type NamedNode_Statement_Fragment = { __typename: 'Statement', slug: string, name: string, text: string, id: string };

type NamedNode_Tier_Fragment = { __typename: 'Tier', slug: string, name: string, id: string };

export type NamedNodeFragment =
  | NamedNode_Attribute_Fragment
  | NamedNode_CanonicalDimension_Fragment
  | NamedNode_Characteristic_Fragment
  | NamedNode_CollaborationBenefit_Fragment
  | NamedNode_Dimension_Fragment
  | NamedNode_Level_Fragment
  | NamedNode_Responsibility_Fragment
  | NamedNode_Role_Fragment
  | NamedNode_Section_Fragment
  | NamedNode_Skill_Fragment
  | NamedNode_Source_Fragment
  | NamedNode_Statement_Fragment
  | NamedNode_Tier_Fragment
;

export type ExplorerStartQueryVariables = Exact<{
  overview: number;
}>;


export type ExplorerStartQuery = { edgeStyles: Array<{ kind: string, name: string, color: string, claim: boolean, hierarchy: boolean }>, sources: Array<{ slug: string, title: string, statementCount: number }>, levels: Array<{ id: string, slug: string, name: string, rank: number }>, tiers: Array<{ id: string, slug: string, name: string }>, stats: { mostConnected: Array<{ degree: number, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { slug: string, name: string, id: string }
       }> } };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string;
  limit: number;
  source?: string | null | undefined;
  labels?: Array<string> | string | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, label: string, name: string, caption: string, slug: string, distance: number }>, edges: Array<{ id: string, type: string, from: string, to: string, source: string | null, style: { kind: string, name: string, color: string, claim: boolean, hierarchy: boolean } }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string;
  to: string;
  source?: string | null | undefined;
  claimsOnly: boolean;
}>;


export type ExplorerPathQuery = { path: { mixesSources: boolean, sources: Array<string>, nodes: Array<{ id: string, label: string, name: string, caption: string, slug: string, distance: number }>, edges: Array<{ id: string, type: string, from: string, to: string, source: string | null, style: { kind: string, name: string, color: string, claim: boolean, hierarchy: boolean } }> } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ snippet: string | null, node:
      | { __typename: 'Attribute', slug: string, name: string, id: string }
      | { __typename: 'CanonicalDimension', slug: string, name: string, id: string }
      | { __typename: 'Characteristic', slug: string, name: string, id: string }
      | { __typename: 'CollaborationBenefit', slug: string, name: string, id: string }
      | { __typename: 'Dimension', slug: string, name: string, id: string }
      | { __typename: 'Level', slug: string, name: string, id: string }
      | { __typename: 'Responsibility', slug: string, name: string, id: string }
      | { __typename: 'Role', slug: string, name: string, id: string }
      | { __typename: 'Section', slug: string, name: string, id: string }
      | { __typename: 'Skill', slug: string, name: string, id: string }
      | { __typename: 'Source', slug: string, name: string, id: string }
      | { __typename: 'Statement', slug: string, name: string, id: string, source: { title: string } }
      | { __typename: 'Tier', slug: string, name: string, id: string }
     }> };

export type ExplorerNodeDetailsQueryVariables = Exact<{
  id: string;
  source?: string | null | undefined;
  placements?: number | null | undefined;
}>;


export type ExplorerNodeDetailsQuery = { node:
    | { __typename: 'Attribute', name: string, kind: string, value: string, sources: Array<string>, id: string }
    | { __typename: 'CanonicalDimension', name: string, id: string, dimensions: Array<{ id: string, name: string }> }
    | { __typename: 'Characteristic', name: string, summary: string, method: ClaimMethod, confidence: number, id: string, source: { title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'CollaborationBenefit', name: string, description: string | null, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Dimension', name: string, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Level', name: string, rank: number, id: string, levelDescription: string, tiers: Array<{ method: ClaimMethod, confidence: number, tier: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }> }
    | { __typename: 'Responsibility', name: string, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Role', name: string, aliases: Array<string>, id: string, responsibilities: Array<{ method: ClaimMethod, confidence: number, responsibility: { name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, skills: Array<{ method: ClaimMethod, confidence: number, skill: { name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, reportsTo: Array<{ method: ClaimMethod, confidence: number, role: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, directReports: Array<{ method: ClaimMethod, confidence: number, role: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, tiers: Array<{ method: ClaimMethod, confidence: number, tier: { name: string }, source: { title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }>, responsibilities: Array<{ responsibility: { name: string } }>, skills: Array<{ skill: { name: string } }> }> }
    | { __typename: 'Section', name: string, id: string, source: { title: string } }
    | { __typename: 'Skill', name: string, description: string | null, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Source', name: string, title: string, column: string | null, publisher: string | null, id: string }
    | { __typename: 'Statement', name: string, id: string, text: string, section: { name: string }, source: { slug: string, title: string } }
    | { __typename: 'Tier', name: string, id: string, roles: Array<{ method: ClaimMethod, confidence: number, role: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, responsibilities: Array<{ method: ClaimMethod, confidence: number, responsibility: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, skills: Array<{ method: ClaimMethod, confidence: number, skill: { id: string, name: string }, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, attributes: Array<{ kind: string, value: string, method: ClaimMethod, confidence: number, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
   | null };

export type ExplorerCompareQueryVariables = Exact<{
  tiers: Array<string> | string;
  source?: string | null | undefined;
}>;


export type ExplorerCompareQuery = { compare: { tiers: Array<{ id: string, slug: string, name: string }>, rows: Array<{ dimension: { id: string, name: string }, cells: Array<{ tier: { slug: string }, characteristics: Array<{ id: string, name: string, summary: string, method: ClaimMethod, confidence: number, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string } }> }> }> }> } };

export type ExplorerDisagreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDisagreementsQuery = { disagreements: Array<{ kind: DisagreementKind, subject: string, tier: { id: string } | null, role: { id: string } | null, sides: Array<{ claim: string, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }> }> };

export type ExplorerOrgChartQueryVariables = Exact<{
  source?: string | null | undefined;
}>;


export type ExplorerOrgChartQuery = { reportingLines: Array<{ source: { slug: string, title: string }, root: { id: string, name: string }, lines: Array<{ depth: number, method: ClaimMethod, confidence: number, role: { id: string, name: string }, manager: { id: string, name: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }> }> };

export type OwnClaimFragment = { method: ClaimMethod, confidence: number, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> };

export type OwnSkillClaimFragment = { method: ClaimMethod, confidence: number, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> };

export type OwnLineFragment = { method: ClaimMethod, confidence: number, source: { slug: string, title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> };

export type DrawnNodeFragment = { id: string, label: string, name: string, caption: string, slug: string, distance: number };

export type DrawnEdgeFragment = { id: string, type: string, from: string, to: string, source: string | null, style: { kind: string, name: string, color: string, claim: boolean, hierarchy: boolean } };

export type EdgeLookFragment = { kind: string, name: string, color: string, claim: boolean, hierarchy: boolean };

export type EvidenceFragment = { id: string, text: string, section: { name: string }, source: { slug: string, title: string } };
