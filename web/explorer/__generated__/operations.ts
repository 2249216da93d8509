/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What sources disagree about. */
export type DisagreementKind =
  /** Which tier a role belongs to. */
  | 'ROLE_TIER'
  /** A tier's orientation, time horizon, scope or level. */
  | 'TIER_ATTRIBUTE'
  /** Which roles belong to a tier. */
  | 'TIER_MEMBERS';

/** Filters shared by the lists of organisational entities; every field is optional and they combine with AND. */
export type EntityFilter = {
  /** Only entities of tiers a source calls strategic or operational (per the same source). */
  orientation?: InputMaybe<Orientation>;
  /** Only what this source (slug) states. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only entities linked to this tier (slug). */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** Only entities of tiers with this time horizon (per the same source). */
  timeHorizon?: InputMaybe<TimeHorizon>;
};

/** Whether a component answers. */
export type HealthStatus =
  /** Answering normally. */
  | 'OK';

/** Strategic (direction, vision) or operational (execution, running the business). */
export type Orientation =
  /** Executes and runs day-to-day operations. */
  | 'OPERATIONAL'
  /** Sets direction and strategy. */
  | 'STRATEGIC';

/** Which statements to list. */
export type StatementFilter = {
  /** Only paragraphs or only bullets. */
  kind?: InputMaybe<StatementKind>;
  /** Only statements that mention this entity (slug of a tier, role or dimension). */
  mentions?: InputMaybe<Scalars['String']['input']>;
  /** Only this source (slug). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Paragraph or bullet. */
export type StatementKind =
  /** A list item. */
  | 'BULLET'
  /** A paragraph. */
  | 'PARAGRAPH';

/** How far ahead a tier looks. */
export type TimeHorizon =
  /** Day-to-day operations. */
  | 'DAY_TO_DAY'
  /** Long-term goals and direction. */
  | 'LONG_TERM';

export type ExplorerStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStartQuery = { sources: Array<{ slug: string, title: string }>, tiers: Array<{ id: string, slug: string, name: string }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string;
  limit: number;
  source?: string | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, label: string, name: string, slug: string, distance: number }>, edges: Array<{ id: string, type: string, from: string, to: string, source: string | null }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExplorerPathQuery = { path: { nodes: Array<{ id: string, label: string, name: string, slug: string, distance: number }>, edges: Array<{ id: string, type: string, from: string, to: string, source: string | null }> } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ snippet: string | null, node:
      | { __typename: 'Attribute', slug: string, name: string, id: string }
      | { __typename: 'Characteristic', slug: string, name: string, id: string }
      | { __typename: 'CollaborationBenefit', slug: string, name: string, id: string }
      | { __typename: 'Dimension', slug: string, name: string, id: string }
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
}>;


export type ExplorerNodeDetailsQuery = { node:
    | { __typename: 'Attribute', name: string, kind: string, value: string, sources: Array<string>, id: string }
    | { __typename: 'Characteristic', name: string, summary: string, id: string, source: { title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'CollaborationBenefit', name: string, description: string | null, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Dimension', name: string, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Responsibility', name: string, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Role', name: string, aliases: Array<string>, id: string, tiers: Array<{ tier: { name: string }, source: { title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }> }
    | { __typename: 'Section', name: string, id: string, source: { title: string } }
    | { __typename: 'Skill', name: string, description: string | null, id: string, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
    | { __typename: 'Source', name: string, title: string, column: string | null, publisher: string | null, id: string }
    | { __typename: 'Statement', name: string, id: string, text: string, section: { name: string }, source: { slug: string, title: string } }
    | { __typename: 'Tier', name: string, id: string, roles: Array<{ role: { name: string }, source: { title: string }, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }>, evidence: Array<{ id: string, text: string, section: { name: string }, source: { slug: string, title: string } }> }
   | null };

export type DrawnNodeFragment = { id: string, label: string, name: string, slug: string, distance: number };

export type DrawnEdgeFragment = { id: string, type: string, from: string, to: string, source: string | null };

export type EvidenceFragment = { id: string, text: string, section: { name: string }, source: { slug: string, title: string } };
