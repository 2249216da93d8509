import type { GraphQLResolveInfo } from 'graphql';
import type { HealthRecord } from '../resolvers/system.ts';
import type { DatabaseInfoRecord } from '../../data/system.ts';
import type { NodeRecord, SourceRecord, SectionRecord, StatementRecord, TierRecord, RoleRecord, ResponsibilityRecord, SkillRecord, DimensionRecord, CharacteristicRecord, AttributeRecord, CollaborationBenefitRecord, LevelRecord, CanonicalDimensionRecord } from '../../data/records.ts';
import type { GraphRecord, GraphNodeRecord, GraphEdgeRecord } from '../../data/graph.ts';
import type { EdgeStyleRecord } from '../../data/edgeStyles.ts';
import type { ResponsibilityConsensusRecord, SkillConsensusRecord, CharacteristicConsensusRecord, DimensionConsensusRecord, LevelCoverageRecord } from '../../data/consensus.ts';
import type { ComparisonRecord, ComparisonRowRecord, ComparisonCellRecord } from '../../data/comparison.ts';
import type { DisagreementRecord, DisagreementSideRecord } from '../../data/disagreements.ts';
import type { SearchHitRecord } from '../../data/search.ts';
import type { StatsRecord } from '../resolvers/analytics.ts';
import type { SourceStatsRecord, TierOverlapRecord, DegreeEntryRecord, CoverageEntryRecord } from '../../data/analytics.ts';
import type { GapRecord, GapBySourceRecord, ClaimGapRecord } from '../../data/gap.ts';
import type { TierClaimRecord, ClaimMatchRecord } from '../../data/tierClaims.ts';
import type { RoleHoldingRecord } from '../fieldBuilders.ts';
import type { FacetRecord } from '../../data/facets.ts';
import type { SimilarResponsibilityRecord, SimilarSkillRecord, SimilarCharacteristicRecord } from '../../data/similarity.ts';
import type { MembershipRecord } from '../../claimKinds/membership/relation.ts';
import type { AttributeClaimRecord } from '../../claimKinds/tierAttribute/relation.ts';
import type { ResponsibilityClaimRecord } from '../../claimKinds/tierResponsibility/relation.ts';
import type { SkillClaimRecord } from '../../claimKinds/tierSkill/relation.ts';
import type { LevelPlacementRecord } from '../../claimKinds/levelPlacement/relation.ts';
import type { RoleResponsibilityClaimRecord } from '../../claimKinds/roleResponsibility/relation.ts';
import type { RoleSkillClaimRecord } from '../../claimKinds/roleSkill/relation.ts';
import type { ReportingLineRecord } from '../../claimKinds/reportingLine/relation.ts';
import type { OrgChartRecord, ReportingLinkRecord } from '../../claimKinds/reportingLine/orgChart.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A value dashboards filter tiers on: an orientation, time horizon, scope or management level. */
export type Attribute = Node & {
  __typename?: 'Attribute';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** orientation, time-horizon, scope or management-level. */
  kind: Scalars['String']['output'];
  /** Display name of the value. */
  name: Scalars['String']['output'];
  /** kind-value, such as orientation-strategic. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that ascribe it to a tier. */
  sources: Array<Scalars['String']['output']>;
  /** The value, such as strategic. */
  value: Scalars['String']['output'];
};

/** A source's claim about one attribute of a tier (orientation, time horizon, scope, management level). */
export type AttributeClaim = {
  __typename?: 'AttributeClaim';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The sentences that say so. */
  evidence: Array<Statement>;
  /** orientation, time-horizon, scope or management-level. */
  kind: Scalars['String']['output'];
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** Display name of the value. */
  name: Scalars['String']['output'];
  /** The article that says so. */
  source: Source;
  /** The tier. */
  tier: Tier;
  /** strategic, operational, long-term, day-to-day, internal, external, top, strategic-level, middle-level. */
  value: Scalars['String']['output'];
};

/** Who may cache an answer. */
export type CacheControlScope =
  /** Only the client's own cache. */
  | 'PRIVATE'
  /** Any cache, shared ones included. */
  | 'PUBLIC';

/** Dimensions of different articles that name the same thing ("Time horizon", "Planning horizon", "Time frame"). */
export type CanonicalDimension = Node & {
  __typename?: 'CanonicalDimension';
  /** The articles' dimensions grouped under it, each with its own name. */
  dimensions: Array<Dimension>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** time-horizon, span-of-control, decision-making, ...; an ungrouped dimension's own slug. */
  slug: Scalars['String']['output'];
};

/** How one tier looks on one dimension, according to one source. */
export type Characteristic = Node & {
  __typename?: 'Characteristic';
  /** How sure it is, from 0 to 1: 1 for curated ones, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The dimension. */
  dimension: Dimension;
  /** The sentences the summary rests on. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** How the characteristic came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** Tier and dimension, for display. */
  name: Scalars['String']['output'];
  /** Characteristics on the same dimension whose summaries read about the same, best first (stored SIMILAR_TO relationships). */
  similar: Array<SimilarCharacteristic>;
  /** tier--dimension--source. */
  slug: Scalars['String']['output'];
  /** The article that says so. */
  source: Source;
  /** A curated one-line summary of what the evidence says. */
  summary: Scalars['String']['output'];
  /** The tier. */
  tier: Tier;
};


/** How one tier looks on one dimension, according to one source. */
export type CharacteristicSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

/** Characteristics of one level on one canonical dimension that mean the same. */
export type CharacteristicConsensus = {
  __typename?: 'CharacteristicConsensus';
  /** Each source's characteristic (on its own dimension, named as the article names it), with its evidence, most confident first; a page at a time, as a group grows with the articles. */
  members: Array<Characteristic>;
  /** Their slugs, in order. */
  sources: Array<Scalars['String']['output']>;
  /** The group's wording: its first member's summary. */
  summary: Scalars['String']['output'];
  /** How many distinct sources state it. */
  support: Scalars['Int']['output'];
};


/** Characteristics of one level on one canonical dimension that mean the same. */
export type CharacteristicConsensusMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Claims of one kind on both sides of a gap. */
export type ClaimGap = {
  __typename?: 'ClaimGap';
  /** What `from` holds and `to` holds nothing like. */
  fromOnly: Array<TierClaim>;
  /** Pairs counted as shared: the same entity (score 1) or similar ones. */
  shared: Array<ClaimMatch>;
  /** What `to` holds and `from` holds nothing like. */
  toOnly: Array<TierClaim>;
};

/** Two claims taken to say the same thing. */
export type ClaimMatch = {
  __typename?: 'ClaimMatch';
  /** The claim of the first side (`from`, or the overlap's first tier). */
  from: TierClaim;
  /** 1 for the same entity, else the SIMILAR_TO score of their texts. */
  score: Scalars['Float']['output'];
  /** The claim of the second side. */
  to: TierClaim;
};

/** How a claim came into the graph. */
export type ClaimMethod =
  /** From an article's hand-made annotations, each citing the text it rests on; confidence 1. */
  | 'CURATED'
  /** Found automatically in an article's text; its confidence is the extraction's own, below 1 where it was unsure. */
  | 'EXTRACTED';

/** A reason why senior leadership and senior management must work together. */
export type CollaborationBenefit = Node & {
  __typename?: 'CollaborationBenefit';
  /** What the article says about it. */
  description?: Maybe<Scalars['String']['output']>;
  /** The bullet and the sentence introducing the list. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The benefit's label in the article. */
  name: Scalars['String']['output'];
  /** bridging-strategy, improving-communication, fostering-growth, building-accountability. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that state it. */
  sources: Array<Scalars['String']['output']>;
  /** The tiers it links. */
  tiers: Array<Tier>;
};


/** A reason why senior leadership and senior management must work together. */
export type CollaborationBenefitTiersArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

/** Tiers compared dimension by dimension. */
export type Comparison = {
  __typename?: 'Comparison';
  /** One row per dimension, in name order. */
  rows: Array<ComparisonRow>;
  /** The tiers compared, in the order asked. */
  tiers: Array<Tier>;
};

/** One tier on one dimension: one characteristic per source that describes it (empty if none). */
export type ComparisonCell = {
  __typename?: 'ComparisonCell';
  /** Its characteristics on the row's dimension, one per source. */
  characteristics: Array<Characteristic>;
  /** The tier. */
  tier: Tier;
};

/** One dimension across the compared tiers. */
export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  /** One cell per tier, in the order of `Comparison.tiers`. */
  cells: Array<ComparisonCell>;
  /** The dimension. */
  dimension: Dimension;
};

/** What one source says about one tier. */
export type CoverageEntry = {
  __typename?: 'CoverageEntry';
  /** Claims of that source about that tier. */
  claims: Scalars['Int']['output'];
  /** Dimensions on which the source characterises the tier. */
  dimensions: Array<Dimension>;
  /** The article. */
  source: Source;
  /** The tier. */
  tier: Tier;
};

/** The Neo4j server behind the API, as it describes itself. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** community or enterprise. */
  edition: Scalars['String']['output'];
  /** Database name queried (NEO4J_DATABASE). */
  name: Scalars['String']['output'];
  /** Server version, such as 5.26.30. */
  version: Scalars['String']['output'];
};

/** An entity and its number of relationships. */
export type DegreeEntry = {
  __typename?: 'DegreeEntry';
  /** Relationships it takes part in. */
  degree: Scalars['Int']['output'];
  /** Its GraphQL type name. */
  label: Scalars['String']['output'];
  /** The entity. */
  node: Node;
};

/** Something tiers are compared on. */
export type Dimension = Node & {
  __typename?: 'Dimension';
  /** The canonical dimension it is grouped under (itself, as a group of one, when no other names the same thing). */
  canonical: CanonicalDimension;
  /** Each tier's characteristic on this dimension, per source. */
  characteristics: Array<Characteristic>;
  /** Statements that introduce the dimension. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** primary-focus, decision-making, scope-of-influence, leadership-style, definition, responsibilities, skills-and-qualifications. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that compare on it. */
  sources: Array<Scalars['String']['output']>;
};


/** Something tiers are compared on. */
export type DimensionCharacteristicsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Scalars['String']['input']>;
};


/** Something tiers are compared on. */
export type DimensionEvidenceArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A level on one canonical dimension: what the sources say there. */
export type DimensionConsensus = {
  __typename?: 'DimensionConsensus';
  /** The canonical dimension. */
  dimension: CanonicalDimension;
  /** The characteristics, grouped, most supported first; a page at a time, as they grow with the articles. */
  groups: Array<CharacteristicConsensus>;
  /** How many distinct sources characterise the level on it. */
  support: Scalars['Int']['output'];
};


/** A level on one canonical dimension: what the sources say there. */
export type DimensionConsensusGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Two or more sources saying different things about one subject. */
export type Disagreement = {
  __typename?: 'Disagreement';
  /** For TIER_ATTRIBUTE: which attribute (orientation, time-horizon, ...). */
  attribute?: Maybe<Scalars['String']['output']>;
  /** For LEVEL_CHARACTERISTIC: the canonical dimension. */
  dimension?: Maybe<CanonicalDimension>;
  /** What kind of subject. */
  kind: DisagreementKind;
  /** For LEVEL_CHARACTERISTIC: the level. */
  level?: Maybe<Level>;
  /** The role concerned, if the subject is a role. */
  role?: Maybe<Role>;
  /** What each source says. */
  sides: Array<DisagreementSide>;
  /** The subject in words, such as "Members of Senior management". */
  subject: Scalars['String']['output'];
  /** The tier concerned, if the subject is a tier. */
  tier?: Maybe<Tier>;
};

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

/** One source's side of a disagreement. */
export type DisagreementSide = {
  __typename?: 'DisagreementSide';
  /** Its claim in words, such as "CEO, CFO, COO, CTO" or "strategic". */
  claim: Scalars['String']['output'];
  /** The sentences that say so. */
  evidence: Array<Statement>;
  /** The article. */
  source: Source;
};

/** How drawings show a kind of edge; each kind of claim describes its own, so pages keep no copy of the model. */
export type EdgeStyle = {
  __typename?: 'EdgeStyle';
  /** Whether the edge is an article's claim, rather than its evidence or structure. */
  claim: Scalars['Boolean']['output'];
  /** Its colour, as CSS. */
  color: Scalars['String']['output'];
  /** Whether it orders its ends top-down: its end (a manager) drawn above its start (who reports to it). */
  hierarchy: Scalars['Boolean']['output'];
  /** The kind: a kind of claim (membership, tier-responsibility, ...), or evidence, or structure. */
  kind: Scalars['String']['output'];
  /** What a key calls it. */
  name: Scalars['String']['output'];
};

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

/** One combination of facet values and how many entities have it. */
export type Facet = {
  __typename?: 'Facet';
  /** Distinct entities with this combination. */
  count: Scalars['Int']['output'];
  /** The values, one per key asked, in the order asked. */
  values: Array<FacetValue>;
};

/** What a facet row is grouped by. */
export type FacetKey =
  /** An attribute (kind/value) that the same source gives the claim's tier, such as orientation/strategic. */
  | 'ATTRIBUTE'
  /** Its dimension (for dimensions and characteristics). */
  | 'DIMENSION'
  /** The entity's type, such as Responsibility. */
  | 'LABEL'
  /** How a claim about it came into the graph (CURATED or EXTRACTED). */
  | 'METHOD'
  /** The source of a claim about it. */
  | 'SOURCE'
  /** The tier a claim about it concerns. */
  | 'TIER';

/** A key and its value in a facet row. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** The key. */
  key: FacetKey;
  /** Its value: a label, a slug, kind/value for attributes, or a method. */
  value: Scalars['String']['output'];
};

/** What two positions hold apart and in common. */
export type Gap = {
  __typename?: 'Gap';
  /** Per source that speaks of both positions, in source order. */
  bySource: Array<GapBySource>;
  /** Where one starts (a Tier or a Role). */
  from: Node;
  /** The similarity from which two claims counted as the same. */
  minScore: Scalars['Float']['output'];
  /** Where one would go (a Tier or a Role). */
  to: Node;
};

/** A gap according to one source. */
export type GapBySource = {
  __typename?: 'GapBySource';
  /** The tiers of `from` in this source. */
  fromTiers: Array<Tier>;
  /** Responsibilities apart and shared. */
  responsibilities: ClaimGap;
  /** Skills apart and shared. */
  skills: ClaimGap;
  /** The article. */
  source: Source;
  /** The tiers of `to` in this source. */
  toTiers: Array<Tier>;
};

/** Nodes and edges for drawing a piece of the graph. */
export type Graph = {
  __typename?: 'Graph';
  /** Edges between the returned nodes. */
  edges: Array<GraphEdge>;
  /** True when one path (for `path`), or the drawing (for `neighborhood`), joins edges of more than one source: a chain of claims that no single source makes. */
  mixesSources: Scalars['Boolean']['output'];
  /** Nodes, the start node first. */
  nodes: Array<GraphNode>;
  /** Slugs of the sources the edges come from, in order. */
  sources: Array<Scalars['String']['output']>;
  /** True when the fan-out limit left some neighbours out. */
  truncated: Scalars['Boolean']['output'];
};

/** A new version of the graph and what changed in it. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /**
   * The sources the change added, replaced or removed; empty when that is no longer known (more
   * changes came at once than the graph keeps a record of).
   */
  sources: Array<SourceChange>;
  /** The graph's new version, as `health.graphVersion` and the X-Graph-Version header give it. */
  version: Scalars['String']['output'];
};

/** An edge of a drawn graph. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Id of the node it starts at. */
  from: Scalars['ID']['output'];
  /** Stable id of the edge. */
  id: Scalars['ID']['output'];
  /** Slug of the source that states it; null for structural edges. */
  source?: Maybe<Scalars['String']['output']>;
  /** How to draw it: its kind of claim (or evidence, or structure), colour and direction. */
  style: EdgeStyle;
  /** Id of the node it ends at. */
  to: Scalars['ID']['output'];
  /** Relationship type, such as MEMBER_OF. */
  type: Scalars['String']['output'];
};

/** A node of a drawn graph. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** What a drawing writes on the node: a statement's first words (its name is only its section and ordinal), otherwise the name. */
  caption: Scalars['String']['output'];
  /** Hops from the start node (neighborhood) or position on the path. */
  distance: Scalars['Int']['output'];
  /** The node's id (usable with `node`, `neighborhood` and `path`). */
  id: Scalars['ID']['output'];
  /** Its GraphQL type name, such as Role or Statement. */
  label: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Slug of the node. */
  slug: Scalars['String']['output'];
};

/** Liveness of the API and of the Neo4j database it reads. */
export type Health = {
  __typename?: 'Health';
  /** Version of this API, from its package.json. */
  apiVersion: Scalars['String']['output'];
  /** The Neo4j server this API reads from. */
  database: DatabaseInfo;
  /**
   * The graph's version: a new opaque value after every load of articles, null before the first.
   * GET answers carry it in the X-Graph-Version header and their ETag derives from it.
   */
  graphVersion?: Maybe<Scalars['String']['output']>;
  /** How many nodes carry each label, ordered by label; empty before the first seed. */
  nodeCounts: Array<LabelCount>;
  /** OK when the database answered during this request. */
  status: HealthStatus;
};

/** Whether a component answers. */
export type HealthStatus =
  /** Answering normally. */
  | 'OK';

/** How a role holds a responsibility or skill: a source claims it of the role itself, or of a tier the same source places the role in. */
export type HeldThrough =
  /** The role's own claim (a job profile's duties, a person specification). */
  | 'OWN'
  /** A claim about a tier the role is placed in, by the same source. */
  | 'TIER';

/** Number of nodes with one label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Nodes carrying it. */
  count: Scalars['Int']['output'];
  /** The Neo4j label, such as Role or Statement. */
  label: Scalars['String']['output'];
};

/** A level of the reference ladder, curated in the catalogue. */
export type Level = Node & {
  __typename?: 'Level';
  /**
   * How the sources characterise this level, per canonical dimension (most sources first), each
   * dimension's characteristics grouped and sorted like `responsibilities`.
   */
  characteristics: Array<DimensionConsensus>;
  /** Who belongs at this level. */
  description: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** 1 at the top (governance), growing downwards. */
  rank: Scalars['Int']['output'];
  /**
   * What the sources say this level is responsible for: the responsibilities of the tiers each
   * source places here, grouped so that claims meaning the same across articles form one group,
   * most supported first.
   */
  responsibilities: Array<ResponsibilityConsensus>;
  /** The skills the sources require at this level, grouped and sorted like `responsibilities`. */
  skills: Array<SkillConsensus>;
  /** governance, top, senior, middle or first-line. */
  slug: Scalars['String']['output'];
  /**
   * The tiers placed at this level, one entry per source that places them, by tier name, then
   * source. A page at a time (`first` from `offset`), as the list grows with the articles; the
   * filters apply before the page is taken.
   */
  tiers: Array<LevelPlacement>;
};


/** A level of the reference ladder, curated in the catalogue. */
export type LevelCharacteristicsArgs = {
  dimension?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  minSupport?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A level of the reference ladder, curated in the catalogue. */
export type LevelResponsibilitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  minSupport?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A level of the reference ladder, curated in the catalogue. */
export type LevelSkillsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  minSupport?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A level of the reference ladder, curated in the catalogue. */
export type LevelTiersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** One cell of the level × canonical dimension coverage. */
export type LevelCoverageCell = {
  __typename?: 'LevelCoverageCell';
  /** Characteristics counted. */
  characteristics: Scalars['Int']['output'];
  /** The canonical dimension. */
  dimension: CanonicalDimension;
  /** The level. */
  level: Level;
  /** Distinct sources that characterise a tier they place at the level on a dimension of this group. */
  sources: Scalars['Int']['output'];
};

/** Where one source places a tier on the ladder: a claim like any other, with its evidence. */
export type LevelPlacement = {
  __typename?: 'LevelPlacement';
  /** From 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The statements the placement rests on (the tier's members, its reporting line, its own words). */
  evidence: Array<Statement>;
  /** Where. */
  level: Level;
  /** CURATED when the annotations state it; EXTRACTED when the placement rules derived it. */
  method: ClaimMethod;
  /** The article that places it. */
  source: Source;
  /** The tier placed. */
  tier: Tier;
};

/** A source's claim that a role belongs to a tier. */
export type Membership = {
  __typename?: 'Membership';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The sentences that say so. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The tier's responsibilities according to the same source (the sources mean different things by a tier's name). */
  responsibilities: Array<ResponsibilityClaim>;
  /** The role. */
  role: Role;
  /** The skills the tier needs according to the same source. */
  skills: Array<SkillClaim>;
  /** The article that says so. */
  source: Source;
  /** The tier. */
  tier: Tier;
};

/** Claims made one way. */
export type MethodCount = {
  __typename?: 'MethodCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Curated or extracted. */
  method: ClaimMethod;
};

/** Anything with a stable, opaque id; `Query.node` fetches any of them. */
export type Node = {
  /** Opaque id, stable across re-seeds (derived from the type and slug, never a database id). */
  id: Scalars['ID']['output'];
};

/** One source's org chart below one role. */
export type OrgChart = {
  __typename?: 'OrgChart';
  /** Its reporting lines, top down: by depth, then manager and report by name. */
  lines: Array<ReportingLink>;
  /** The role at its top. */
  root: Role;
  /** The article that draws it. */
  source: Source;
};

/** Strategic (direction, vision) or operational (execution, running the business). */
export type Orientation =
  /** Executes and runs day-to-day operations. */
  | 'OPERATIONAL'
  /** Sets direction and strategy. */
  | 'STRATEGIC';

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, to page backwards from. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type Query = {
  __typename?: 'Query';
  /** The canonical dimensions, in name order, each grouping the articles' dimensions that name the same thing. */
  canonicalDimensions: Array<CanonicalDimension>;
  /** Why senior leadership and senior management must work together. */
  collaborationBenefits: Array<CollaborationBenefit>;
  /** Tiers side by side on each dimension, with each source's characteristic and evidence. */
  compare: Comparison;
  /** One dimension by slug (primary-focus, decision-making, ...); null if unknown. */
  dimension?: Maybe<Dimension>;
  /** Dimensions on which the articles compare tiers, in name order; `source` keeps one article's. */
  dimensions: Array<Dimension>;
  /**
   * Where sources say different things about the same subject, each side with its source and
   * evidence, in the order of their kinds, by subject. A page at a time (`first` from `offset`), as the list grows with the articles.
   */
  disagreements: Array<Disagreement>;
  /** Every style drawings use for edges, the kinds of claim first: the key of a drawing. */
  edgeStyles: Array<EdgeStyle>;
  /**
   * How many entities there are per value of each key asked (label, source, tier, ...), every
   * combination of the keys' values a row, ordered by count then values: a dashboard draws its bar
   * charts and filter lists from one request. Values come from the entities' claims, so SOURCE with
   * TIER counts what each source claims for each tier.
   */
  facets: Array<Facet>;
  /**
   * What `to` holds that `from` does not, and the reverse: responsibilities and skills, according to
   * each source that speaks of both (or the one asked), with claims whose texts are similar (a
   * `SIMILAR_TO` score of at least `minScore`) counted as shared. A role holds its own claims and
   * those of its tiers; each claim says which (`through`). Every claim comes with its evidence.
   */
  gap: Gap;
  /** Whether the API and the Neo4j database behind it answer, with their versions and node counts. */
  health: Health;
  /** One level by slug (governance, top, senior, middle or first-line); null if unknown. */
  level?: Maybe<Level>;
  /**
   * How many sources characterise each level on each canonical dimension (through the tiers they
   * place there): one cell per pair with at least one characteristic; the pairs missing are empty.
   */
  levelCoverage: Array<LevelCoverageCell>;
  /** The reference ladder every article's tiers are placed on, top down: governance, top, senior, middle, first-line. */
  levels: Array<Level>;
  /** The nodes and edges around a node, for drawing: breadth-first up to `depth` hops. */
  neighborhood: Graph;
  /** Any node by its id; null if no such node. */
  node?: Maybe<Node>;
  /** The shortest paths between two nodes, in the same shape as `neighborhood`. */
  path: Graph;
  /**
   * Who reports to whom, as each source tells it, in one statement: a chart per source and top role
   * (so where articles disagree there are several), each line with its depth below the top.
   */
  reportingLines: Array<OrgChart>;
  /** Responsibilities the articles list, in name order. */
  responsibilities: ResponsibilityConnection;
  /** One role by slug (ceo, cfo, department-head, ...); null if unknown. */
  role?: Maybe<Role>;
  /** Roles in name order. */
  roles: RoleConnection;
  /** Search: first the tiers, roles, dimensions, responsibilities and skills whose name or alias is `text` (letter case, spacing and the number of its last word aside; `match` NAME or ALIAS), then the full-text index's hits over statements and entity names, best first (`match` TEXT); a node is listed once. Lucene syntax in `text` is matched literally. */
  search: Array<SearchHit>;
  /** Skills and qualifications the articles list, in name order. */
  skills: SkillConnection;
  /** One article by slug (its file name without .txt); null if unknown. */
  source?: Maybe<Source>;
  /** Every loaded article, in slug order. */
  sources: Array<Source>;
  /** Paragraphs and bullets of the articles, in reading order (source, then position). */
  statements: StatementConnection;
  /** Counts and analytics for dashboards. */
  stats: Stats;
  /** One tier by slug (senior-leadership, senior-management, executive-management); null if unknown. */
  tier?: Maybe<Tier>;
  /** The management tiers in name order, optionally filtered; a page of them with `first` (from `offset`). */
  tiers: Array<Tier>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryCompareArgs = {
  dimensions?: InputMaybe<Array<Scalars['String']['input']>>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tiers: Array<Scalars['String']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryDimensionArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryDimensionsArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryDisagreementsArgs = {
  about?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryFacetsArgs = {
  by: Array<FacetKey>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryGapArgs = {
  from: TierOrRoleRef;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  to: TierOrRoleRef;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryLevelArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryPathArgs = {
  claimsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryReportingLinesArgs = {
  root?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryResponsibilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryRoleArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QuerySkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QuerySourceArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryTierArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Root of every read. The entry points are grouped by domain in the schema files (sources,
 * organisation, comparison, exploration, analytics); this one tells whether the service is healthy.
 */
export type QueryTiersArgs = {
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A source's claim that one role reports to another, seen from one of them: `role` is the other end. */
export type ReportingLine = {
  __typename?: 'ReportingLine';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The sentences that say so. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The other role: the manager (on `reportsTo`) or the report (on `directReports`). */
  role: Role;
  /** The article that says so. */
  source: Source;
};

/** One line of an org chart: a role and its manager, as one source states it. */
export type ReportingLink = {
  __typename?: 'ReportingLink';
  /** How sure the claim is, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** How far below the chart's top the role sits (1: reports to the top). */
  depth: Scalars['Int']['output'];
  /** The sentences that say so. */
  evidence: Array<Statement>;
  /** To whom. */
  manager: Role;
  /** How the claim came into the graph. */
  method: ClaimMethod;
  /** Who reports. */
  role: Role;
  /** The article that says so. */
  source: Source;
};

/** A responsibility an article lists. */
export type Responsibility = Node & {
  __typename?: 'Responsibility';
  /** Statements that list it. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The responsibility, as listed. */
  name: Scalars['String']['output'];
  /**
   * Every role that holds it, per source, each by one claim: the roles a source gives it to
   * themselves (`through: OWN`, a job profile's own list), then the members of the tiers a source
   * says hold it (`through: TIER`, by the same source, as in `roles`). A role holding it both ways
   * appears once each way.
   */
  roleClaims: Array<RoleHolding>;
  /**
   * The roles that hold it through their tiers, per source: each tier a source says holds it, with
   * the roles that same source places in that tier (as memberships, so each says which tier and
   * source). `roleClaims` adds the roles a source gives it to themselves, each saying which.
   */
  roles: Array<Membership>;
  /** Responsibilities whose texts mean about the same, best first (stored SIMILAR_TO relationships). */
  similar: Array<SimilarResponsibility>;
  /** Kebab-case of the name. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that list it. */
  sources: Array<Scalars['String']['output']>;
  /** The tiers that hold it, per source. */
  tiers: Array<ResponsibilityClaim>;
};


/** A responsibility an article lists. */
export type ResponsibilityEvidenceArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A responsibility an article lists. */
export type ResponsibilityRoleClaimsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  through?: InputMaybe<HeldThrough>;
};


/** A responsibility an article lists. */
export type ResponsibilityRolesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A responsibility an article lists. */
export type ResponsibilitySimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** A responsibility an article lists. */
export type ResponsibilityTiersArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A source's claim that a tier holds a responsibility. */
export type ResponsibilityClaim = {
  __typename?: 'ResponsibilityClaim';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The bullet and the sentence introducing the list. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The responsibility. */
  responsibility: Responsibility;
  /** The article that says so. */
  source: Source;
  /** The tier. */
  tier: Tier;
};

/** A page of responsibilities. */
export type ResponsibilityConnection = {
  __typename?: 'ResponsibilityConnection';
  /** The responsibilities of this page with their cursors. */
  edges: Array<ResponsibilityEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Responsibilities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Responsibilities of one level that mean the same, from one or more sources. */
export type ResponsibilityConsensus = {
  __typename?: 'ResponsibilityConsensus';
  /** Each source's claim, with its tier and evidence, most confident first; a page at a time, as a group grows with the articles. */
  members: Array<ResponsibilityClaim>;
  /** The group's wording: its first member's (the best supported). */
  name: Scalars['String']['output'];
  /** Their slugs, in order. */
  sources: Array<Scalars['String']['output']>;
  /** How many distinct sources state it. */
  support: Scalars['Int']['output'];
};


/** Responsibilities of one level that mean the same, from one or more sources. */
export type ResponsibilityConsensusMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A responsibility and its cursor. */
export type ResponsibilityEdge = {
  __typename?: 'ResponsibilityEdge';
  /** Pass as `after` to continue after this responsibility. */
  cursor: Scalars['String']['output'];
  /** The responsibility. */
  node: Responsibility;
};

/** A position in an organisation, such as the CFO. */
export type Role = Node & {
  __typename?: 'Role';
  /** Other names the articles use for it. */
  aliases: Array<Scalars['String']['output']>;
  /** The roles that report to this one, per source. */
  directReports: Array<ReportingLine>;
  /** Statements that support claims about this role. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The levels of this role's tiers: each tier a source places the role in, placed by the same source. */
  levels: Array<LevelPlacement>;
  /** Statements that name this role. */
  mentionedIn: Array<Statement>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Other roles that share a tier with this one according to the same source. */
  peers: Array<Membership>;
  /** The roles this one reports to (its direct managers), per source. */
  reportsTo: Array<ReportingLine>;
  /** Responsibilities articles give this role itself (a job profile's duties), per source; what it holds through its tiers is on `tiers`. */
  responsibilities: Array<RoleResponsibilityClaim>;
  /** Skills and qualifications articles say this role itself needs (a person specification), per source; what its tiers need is on `tiers`. */
  skills: Array<RoleSkillClaim>;
  /** ceo, cfo, department-head, ... */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that place this role. */
  sources: Array<Scalars['String']['output']>;
  /** The tiers this role belongs to, one entry per source that says so. */
  tiers: Array<Membership>;
};


/** A position in an organisation, such as the CFO. */
export type RoleDirectReportsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleEvidenceArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleLevelsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RolePeersArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleReportsToArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleResponsibilitiesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleSkillsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A position in an organisation, such as the CFO. */
export type RoleTiersArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A page of roles. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** The roles of this page with their cursors. */
  edges: Array<RoleEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Roles matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A role and its cursor. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Pass as `after` to continue after this role. */
  cursor: Scalars['String']['output'];
  /** The role. */
  node: Role;
};

/** A role holding a responsibility or skill by one source's claim: its own, or its membership of a tier that holds it. */
export type RoleHolding = {
  __typename?: 'RoleHolding';
  /** How sure the claim is, from 0 to 1 (for TIER, the role's membership of the tier). */
  confidence: Scalars['Float']['output'];
  /** The statements that say so: the item as the article gives it to the role (OWN), or that place the role in the tier (TIER). */
  evidence: Array<Statement>;
  /** How the claim came into the graph (for TIER, the role's membership of the tier). */
  method: ClaimMethod;
  /** The role. */
  role: Role;
  /** The article that says so. */
  source: Source;
  /** OWN: the source gives the role itself the item; TIER: the source places the role in a tier it gives the item. */
  through: HeldThrough;
  /** The tier it holds the item through (TIER); null for its own claim. */
  tier?: Maybe<Tier>;
};

/** A source's claim that a role itself holds a responsibility. */
export type RoleResponsibilityClaim = {
  __typename?: 'RoleResponsibilityClaim';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The duty as the article states it, and the sentence introducing its list. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The responsibility. */
  responsibility: Responsibility;
  /** The role. */
  role: Role;
  /** The article that says so. */
  source: Source;
};

/** A source's claim that a role itself needs a skill or qualification. */
export type RoleSkillClaim = {
  __typename?: 'RoleSkillClaim';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The skill as the article states it, and the sentence introducing its list. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The role. */
  role: Role;
  /** The skill. */
  skill: Skill;
  /** The article that says so. */
  source: Source;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** How it was found: by name or alias (listed first) or by the full-text index. */
  match: SearchMatch;
  /** The statement or entity found. */
  node: Node;
  /** Relevance from the full-text index, higher is better; 0 for a NAME or ALIAS hit the index did not also find (an alias is not indexed). */
  score: Scalars['Float']['output'];
  /** HTML-escaped excerpt of the matched text with the matches in <mark> elements. */
  snippet?: Maybe<Scalars['String']['output']>;
};

/** How a search hit was found; hits come in this order, then by score. */
export type SearchMatch =
  /** One of its aliases is the text searched (tiers, roles and dimensions have aliases, such as "chief executive officer" for the CEO). */
  | 'ALIAS'
  /** Its name is the text searched: a tier, role, dimension, responsibility or skill. */
  | 'NAME'
  /** The full-text index found the words in its text or name. */
  | 'TEXT';

/** A heading of an article and the statements under it. */
export type Section = Node & {
  __typename?: 'Section';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The heading text (the article's title for text before the first heading). */
  name: Scalars['String']['output'];
  /** 1-based order in the article. */
  position: Scalars['Int']['output'];
  /** Source slug and kebab-case heading: senior-management-vs-executive-management/definition. */
  slug: Scalars['String']['output'];
  /** The article. */
  source: Source;
  /** Its paragraphs and bullets, in order. */
  statements: Array<Statement>;
};

/** A characteristic on the same dimension whose text is similar to another's. */
export type SimilarCharacteristic = {
  __typename?: 'SimilarCharacteristic';
  /** The other characteristic, on the same dimension. */
  characteristic: Characteristic;
  /** Cosine of their summaries' TF-IDF vectors (0 to 1). */
  score: Scalars['Float']['output'];
};

/** A responsibility whose text is similar to another's. */
export type SimilarResponsibility = {
  __typename?: 'SimilarResponsibility';
  /** The other responsibility. */
  responsibility: Responsibility;
  /** Cosine of their texts' TF-IDF vectors (0 to 1). */
  score: Scalars['Float']['output'];
};

/** A skill whose text is similar to another's. */
export type SimilarSkill = {
  __typename?: 'SimilarSkill';
  /** Cosine of their texts' TF-IDF vectors (0 to 1). */
  score: Scalars['Float']['output'];
  /** The other skill. */
  skill: Skill;
};

/** A skill or qualification an article lists. */
export type Skill = Node & {
  __typename?: 'Skill';
  /** The rest of the bullet after its label, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** Statements that list it. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The skill, as listed. */
  name: Scalars['String']['output'];
  /**
   * Every role that needs it, per source, each by one claim: the roles a source gives it to
   * themselves (`through: OWN`, a job profile's own list), then the members of the tiers a source
   * says need it (`through: TIER`, by the same source, as in `roles`). A role holding it both ways
   * appears once each way.
   */
  roleClaims: Array<RoleHolding>;
  /**
   * The roles that need it through their tiers, per source: each tier a source says requires it,
   * with the roles that same source places in that tier (as memberships, so each says which tier and
   * source). `roleClaims` adds the roles a source says need it themselves, each saying which.
   */
  roles: Array<Membership>;
  /** Skills whose texts mean about the same, best first (stored SIMILAR_TO relationships). */
  similar: Array<SimilarSkill>;
  /** Kebab-case of the name. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that list it. */
  sources: Array<Scalars['String']['output']>;
  /** The tiers that need it, per source. */
  tiers: Array<SkillClaim>;
};


/** A skill or qualification an article lists. */
export type SkillEvidenceArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A skill or qualification an article lists. */
export type SkillRoleClaimsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  through?: InputMaybe<HeldThrough>;
};


/** A skill or qualification an article lists. */
export type SkillRolesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A skill or qualification an article lists. */
export type SkillSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** A skill or qualification an article lists. */
export type SkillTiersArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A source's claim that a tier needs a skill. */
export type SkillClaim = {
  __typename?: 'SkillClaim';
  /** How sure the claim is, from 0 to 1: 1 for curated claims, the extraction's own score for extracted ones. */
  confidence: Scalars['Float']['output'];
  /** The bullet and the sentence introducing the list. */
  evidence: Array<Statement>;
  /** How the claim came into the graph: curated by hand or extracted automatically. */
  method: ClaimMethod;
  /** The skill. */
  skill: Skill;
  /** The article that says so. */
  source: Source;
  /** The tier. */
  tier: Tier;
};

/** A page of skills. */
export type SkillConnection = {
  __typename?: 'SkillConnection';
  /** The skills of this page with their cursors. */
  edges: Array<SkillEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Skills matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Skills of one level that mean the same, from one or more sources. */
export type SkillConsensus = {
  __typename?: 'SkillConsensus';
  /** Each source's claim, with its tier and evidence, most confident first; a page at a time, as a group grows with the articles. */
  members: Array<SkillClaim>;
  /** The group's wording: its first member's. */
  name: Scalars['String']['output'];
  /** Their slugs, in order. */
  sources: Array<Scalars['String']['output']>;
  /** How many distinct sources state it. */
  support: Scalars['Int']['output'];
};


/** Skills of one level that mean the same, from one or more sources. */
export type SkillConsensusMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A skill and its cursor. */
export type SkillEdge = {
  __typename?: 'SkillEdge';
  /** Pass as `after` to continue after this skill. */
  cursor: Scalars['String']['output'];
  /** The skill. */
  node: Skill;
};

/** An article the graph was built from. */
export type Source = Node & {
  __typename?: 'Source';
  /** Column or rubric printed above the title, if any ("Coffee Break"). */
  column?: Maybe<Scalars['String']['output']>;
  /** Dimensions on which this article compares tiers. */
  dimensions: Array<Dimension>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The article's title. */
  name: Scalars['String']['output'];
  /** Publisher, where the text names one. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Headings of the article, in order. */
  sections: Array<Section>;
  /** File name without .txt, such as senior-leadership-vs-senior-management. */
  slug: Scalars['String']['output'];
  /** Number of statements loaded from the article. */
  statementCount: Scalars['Int']['output'];
  /** The article's title, as printed. */
  title: Scalars['String']['output'];
};


/** An article the graph was built from. */
export type SourceDimensionsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

/** How one change of the graph touched one source. */
export type SourceChange = {
  __typename?: 'SourceChange';
  /** Whether it was added, replaced or removed. */
  change: SourceChangeKind;
  /** The source's slug. */
  slug: Scalars['String']['output'];
};

/** What happened to a source. */
export type SourceChangeKind =
  /** Loaded into a graph that did not hold it. */
  | 'ADDED'
  /** Taken out of the graph. */
  | 'REMOVED'
  /** Loaded again, replacing the version the graph held. */
  | 'REPLACED';

/** What one source contributes. */
export type SourceStats = {
  __typename?: 'SourceStats';
  /** Its claims by relationship type. */
  claims: Array<TypeCount>;
  /** Its claims by how they came into the graph, curated first. */
  methods: Array<MethodCount>;
  /** The article. */
  source: Source;
  /** Its statements. */
  statements: Scalars['Int']['output'];
};

/** A paragraph or bullet of an article: the evidence every claim in the graph points to. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Key within the source: section slug and 1-based ordinal. */
  key: Scalars['String']['output'];
  /** Paragraph or bullet. */
  kind: StatementKind;
  /** Label of a bullet before its colon ("Senior leadership"), if any. */
  lead?: Maybe<Scalars['String']['output']>;
  /** Tiers, roles and dimensions it names. */
  mentions: Array<Node>;
  /** Section heading and ordinal, for display. */
  name: Scalars['String']['output'];
  /** 1-based order in the article. */
  position: Scalars['Int']['output'];
  /** The section it is under. */
  section: Section;
  /** Source slug and statement key: senior-management-vs-executive-management/responsibilities.4. */
  slug: Scalars['String']['output'];
  /** The article. */
  source: Source;
  /** The article's own text, unchanged (typographic quotes and dashes included). */
  text: Scalars['String']['output'];
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page with their cursors. */
  edges: Array<StatementEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Statements matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statement and its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as `after` to continue after this statement. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

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

/** Counts and analytics over the whole graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Which source speaks to which tier, on which dimensions, with how many claims. */
  coverage: Array<CoverageEntry>;
  /** The entities with the most relationships. */
  mostConnected: Array<DegreeEntry>;
  /** Nodes per label. */
  nodes: Array<LabelCount>;
  /** What two tiers share: roles, responsibilities and skills, with Jaccard indexes. */
  overlap: TierOverlap;
  /** Per source: statements and claims by type. */
  perSource: Array<SourceStats>;
  /** Relationships per type. */
  relationships: Array<TypeCount>;
};


/** Counts and analytics over the whole graph. */
export type StatsMostConnectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** Counts and analytics over the whole graph. */
export type StatsOverlapArgs = {
  minScore?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tiers: Array<Scalars['String']['input']>;
};

/**
 * Changes of the graph, as they happen. Served over the GraphQL over SSE protocol at
 * /graphql/stream (POST with `Accept: text/event-stream`), not at /graphql.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * An event each time the graph gets a new version (a load or removal of articles, by any process
   * writing to this database), with the sources it changed. Checked about every
   * GRAPH_CHANGE_POLL_MS milliseconds.
   */
  graphChanged: GraphChange;
};

/** A tier of management as the articles describe it. */
export type Tier = Node & {
  __typename?: 'Tier';
  /** Orientation, time horizon, scope and management level, per source. */
  attributes: Array<AttributeClaim>;
  /** How this tier looks on each dimension of comparison, per source. */
  characteristics: Array<Characteristic>;
  /** Collaboration benefits that involve this tier. */
  collaborationBenefits: Array<CollaborationBenefit>;
  /** Statements that support claims about this tier. */
  evidence: Array<Statement>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Where each source places this tier on the reference ladder. */
  levels: Array<LevelPlacement>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Responsibilities of this tier, per source. */
  responsibilities: Array<ResponsibilityClaim>;
  /** Roles placed in this tier, one entry per source that says so. */
  roles: Array<Membership>;
  /** Skills and qualifications this tier needs, per source. */
  skills: Array<SkillClaim>;
  /** senior-leadership, senior-management or executive-management. */
  slug: Scalars['String']['output'];
  /** Slugs of the sources that say something about this tier. */
  sources: Array<Scalars['String']['output']>;
};


/** A tier of management as the articles describe it. */
export type TierAttributesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierCharacteristicsArgs = {
  dimension?: InputMaybe<Scalars['String']['input']>;
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierCollaborationBenefitsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierEvidenceArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierLevelsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierResponsibilitiesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierRolesArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** A tier of management as the articles describe it. */
export type TierSkillsArgs = {
  method?: InputMaybe<ClaimMethod>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A claim that a tier, or a role itself, holds a responsibility or needs a skill. */
export type TierClaim = {
  __typename?: 'TierClaim';
  /** How sure the claim is (1 for curated). */
  confidence: Scalars['Float']['output'];
  /** The statements that say so. */
  evidence: Array<Statement>;
  /** The responsibility or skill. */
  item: Node;
  /** How the claim came into the graph. */
  method: ClaimMethod;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The role it is claimed for itself; null for a tier's claim. */
  role?: Maybe<Role>;
  /** The article that claims it. */
  source: Source;
  /** Whether a role holds it itself (OWN: `role` is set) or through its tier (TIER: `tier` is set). */
  through: HeldThrough;
  /** The tier it is claimed for; null for a role's own claim. */
  tier?: Maybe<Tier>;
};

/** A tier or a role, by slug: exactly one of the two. */
export type TierOrRoleRef = {
  /** A role's slug, such as department-head: its own claims and those of the tiers each source places it in. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** A tier's slug, such as senior-leadership. */
  tier?: InputMaybe<Scalars['String']['input']>;
};

/** What two tiers share. */
export type TierOverlap = {
  __typename?: 'TierOverlap';
  /** Jaccard index of their responsibility sets. */
  responsibilitiesJaccard: Scalars['Float']['output'];
  /** Size of the intersection over the union of their role sets. */
  rolesJaccard: Scalars['Float']['output'];
  /** Responsibilities both hold. */
  sharedResponsibilities: Array<Responsibility>;
  /** Roles placed in both (by any source, or the one asked). */
  sharedRoles: Array<Role>;
  /** Skills both need. */
  sharedSkills: Array<Skill>;
  /** The similarity from which the soft fields counted two claims as the same. */
  similarityThreshold: Scalars['Float']['output'];
  /** Jaccard index of their skill sets. */
  skillsJaccard: Scalars['Float']['output'];
  /** Jaccard index of the responsibility sets with similar ones counted as shared (one-to-one, best scores first). */
  softResponsibilitiesJaccard: Scalars['Float']['output'];
  /** Pairs of responsibilities counted as shared by the soft index: the same one (score 1) or similar ones, with both sides' claims. */
  softSharedResponsibilities: Array<ClaimMatch>;
  /** Pairs of skills counted as shared by the soft index. */
  softSharedSkills: Array<ClaimMatch>;
  /** Jaccard index of the skill sets with similar ones counted as shared. */
  softSkillsJaccard: Scalars['Float']['output'];
  /** The two tiers. */
  tiers: Array<Tier>;
};

/** How far ahead a tier looks. */
export type TimeHorizon =
  /** Day-to-day operations. */
  | 'DAY_TO_DAY'
  /** Long-term goals and direction. */
  | 'LONG_TERM';

/** Relationships of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Relationship type. */
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Attribute: ResolverTypeWrapper<AttributeRecord>;
  AttributeClaim: ResolverTypeWrapper<AttributeClaimRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  CanonicalDimension: ResolverTypeWrapper<CanonicalDimensionRecord>;
  Characteristic: ResolverTypeWrapper<CharacteristicRecord>;
  CharacteristicConsensus: ResolverTypeWrapper<CharacteristicConsensusRecord>;
  ClaimGap: ResolverTypeWrapper<ClaimGapRecord>;
  ClaimMatch: ResolverTypeWrapper<ClaimMatchRecord>;
  ClaimMethod: ClaimMethod;
  CollaborationBenefit: ResolverTypeWrapper<CollaborationBenefitRecord>;
  Comparison: ResolverTypeWrapper<ComparisonRecord>;
  ComparisonCell: ResolverTypeWrapper<ComparisonCellRecord>;
  ComparisonRow: ResolverTypeWrapper<ComparisonRowRecord>;
  CoverageEntry: ResolverTypeWrapper<CoverageEntryRecord>;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfoRecord>;
  DegreeEntry: ResolverTypeWrapper<DegreeEntryRecord>;
  Dimension: ResolverTypeWrapper<DimensionRecord>;
  DimensionConsensus: ResolverTypeWrapper<DimensionConsensusRecord>;
  Disagreement: ResolverTypeWrapper<DisagreementRecord>;
  DisagreementKind: DisagreementKind;
  DisagreementSide: ResolverTypeWrapper<DisagreementSideRecord>;
  EdgeStyle: ResolverTypeWrapper<EdgeStyleRecord>;
  EntityFilter: EntityFilter;
  Facet: ResolverTypeWrapper<FacetRecord>;
  FacetKey: FacetKey;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gap: ResolverTypeWrapper<GapRecord>;
  GapBySource: ResolverTypeWrapper<GapBySourceRecord>;
  Graph: ResolverTypeWrapper<GraphRecord>;
  GraphChange: ResolverTypeWrapper<GraphChange>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRecord>;
  GraphNode: ResolverTypeWrapper<GraphNodeRecord>;
  Health: ResolverTypeWrapper<HealthRecord>;
  HealthStatus: HealthStatus;
  HeldThrough: HeldThrough;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Level: ResolverTypeWrapper<LevelRecord>;
  LevelCoverageCell: ResolverTypeWrapper<LevelCoverageRecord>;
  LevelPlacement: ResolverTypeWrapper<LevelPlacementRecord>;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MethodCount: ResolverTypeWrapper<MethodCount>;
  Node: ResolverTypeWrapper<NodeRecord>;
  OrgChart: ResolverTypeWrapper<OrgChartRecord>;
  Orientation: Orientation;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingLine: ResolverTypeWrapper<ReportingLineRecord>;
  ReportingLink: ResolverTypeWrapper<ReportingLinkRecord>;
  Responsibility: ResolverTypeWrapper<ResponsibilityRecord>;
  ResponsibilityClaim: ResolverTypeWrapper<ResponsibilityClaimRecord>;
  ResponsibilityConnection: ResolverTypeWrapper<Omit<ResponsibilityConnection, 'edges'> & { edges: Array<ResolversTypes['ResponsibilityEdge']> }>;
  ResponsibilityConsensus: ResolverTypeWrapper<ResponsibilityConsensusRecord>;
  ResponsibilityEdge: ResolverTypeWrapper<Omit<ResponsibilityEdge, 'node'> & { node: ResolversTypes['Responsibility'] }>;
  Role: ResolverTypeWrapper<RoleRecord>;
  RoleConnection: ResolverTypeWrapper<Omit<RoleConnection, 'edges'> & { edges: Array<ResolversTypes['RoleEdge']> }>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  RoleHolding: ResolverTypeWrapper<RoleHoldingRecord>;
  RoleResponsibilityClaim: ResolverTypeWrapper<RoleResponsibilityClaimRecord>;
  RoleSkillClaim: ResolverTypeWrapper<RoleSkillClaimRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SearchMatch: SearchMatch;
  Section: ResolverTypeWrapper<SectionRecord>;
  SimilarCharacteristic: ResolverTypeWrapper<SimilarCharacteristicRecord>;
  SimilarResponsibility: ResolverTypeWrapper<SimilarResponsibilityRecord>;
  SimilarSkill: ResolverTypeWrapper<SimilarSkillRecord>;
  Skill: ResolverTypeWrapper<SkillRecord>;
  SkillClaim: ResolverTypeWrapper<SkillClaimRecord>;
  SkillConnection: ResolverTypeWrapper<Omit<SkillConnection, 'edges'> & { edges: Array<ResolversTypes['SkillEdge']> }>;
  SkillConsensus: ResolverTypeWrapper<SkillConsensusRecord>;
  SkillEdge: ResolverTypeWrapper<Omit<SkillEdge, 'node'> & { node: ResolversTypes['Skill'] }>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceChange: ResolverTypeWrapper<SourceChange>;
  SourceChangeKind: SourceChangeKind;
  SourceStats: ResolverTypeWrapper<SourceStatsRecord>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  Stats: ResolverTypeWrapper<StatsRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tier: ResolverTypeWrapper<TierRecord>;
  TierClaim: ResolverTypeWrapper<TierClaimRecord>;
  TierOrRoleRef: TierOrRoleRef;
  TierOverlap: ResolverTypeWrapper<TierOverlapRecord>;
  TimeHorizon: TimeHorizon;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Attribute: AttributeRecord;
  AttributeClaim: AttributeClaimRecord;
  Boolean: Scalars['Boolean']['output'];
  CanonicalDimension: CanonicalDimensionRecord;
  Characteristic: CharacteristicRecord;
  CharacteristicConsensus: CharacteristicConsensusRecord;
  ClaimGap: ClaimGapRecord;
  ClaimMatch: ClaimMatchRecord;
  CollaborationBenefit: CollaborationBenefitRecord;
  Comparison: ComparisonRecord;
  ComparisonCell: ComparisonCellRecord;
  ComparisonRow: ComparisonRowRecord;
  CoverageEntry: CoverageEntryRecord;
  DatabaseInfo: DatabaseInfoRecord;
  DegreeEntry: DegreeEntryRecord;
  Dimension: DimensionRecord;
  DimensionConsensus: DimensionConsensusRecord;
  Disagreement: DisagreementRecord;
  DisagreementSide: DisagreementSideRecord;
  EdgeStyle: EdgeStyleRecord;
  EntityFilter: EntityFilter;
  Facet: FacetRecord;
  FacetValue: FacetValue;
  Float: Scalars['Float']['output'];
  Gap: GapRecord;
  GapBySource: GapBySourceRecord;
  Graph: GraphRecord;
  GraphChange: GraphChange;
  GraphEdge: GraphEdgeRecord;
  GraphNode: GraphNodeRecord;
  Health: HealthRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  Level: LevelRecord;
  LevelCoverageCell: LevelCoverageRecord;
  LevelPlacement: LevelPlacementRecord;
  Membership: MembershipRecord;
  MethodCount: MethodCount;
  Node: NodeRecord;
  OrgChart: OrgChartRecord;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReportingLine: ReportingLineRecord;
  ReportingLink: ReportingLinkRecord;
  Responsibility: ResponsibilityRecord;
  ResponsibilityClaim: ResponsibilityClaimRecord;
  ResponsibilityConnection: Omit<ResponsibilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResponsibilityEdge']> };
  ResponsibilityConsensus: ResponsibilityConsensusRecord;
  ResponsibilityEdge: Omit<ResponsibilityEdge, 'node'> & { node: ResolversParentTypes['Responsibility'] };
  Role: RoleRecord;
  RoleConnection: Omit<RoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoleEdge']> };
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  RoleHolding: RoleHoldingRecord;
  RoleResponsibilityClaim: RoleResponsibilityClaimRecord;
  RoleSkillClaim: RoleSkillClaimRecord;
  SearchHit: SearchHitRecord;
  Section: SectionRecord;
  SimilarCharacteristic: SimilarCharacteristicRecord;
  SimilarResponsibility: SimilarResponsibilityRecord;
  SimilarSkill: SimilarSkillRecord;
  Skill: SkillRecord;
  SkillClaim: SkillClaimRecord;
  SkillConnection: Omit<SkillConnection, 'edges'> & { edges: Array<ResolversParentTypes['SkillEdge']> };
  SkillConsensus: SkillConsensusRecord;
  SkillEdge: Omit<SkillEdge, 'node'> & { node: ResolversParentTypes['Skill'] };
  Source: SourceRecord;
  SourceChange: SourceChange;
  SourceStats: SourceStatsRecord;
  Statement: StatementRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  Stats: StatsRecord;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tier: TierRecord;
  TierClaim: TierClaimRecord;
  TierOrRoleRef: TierOrRoleRef;
  TierOverlap: TierOverlapRecord;
  TypeCount: TypeCount;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttributeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attribute'] = ResolversParentTypes['Attribute']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttributeClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttributeClaim'] = ResolversParentTypes['AttributeClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CanonicalDimensionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CanonicalDimension'] = ResolversParentTypes['CanonicalDimension']> = {
  dimensions?: Resolver<Array<ResolversTypes['Dimension']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CharacteristicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Characteristic'] = ResolversParentTypes['Characteristic']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['Dimension'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  similar?: Resolver<Array<ResolversTypes['SimilarCharacteristic']>, ParentType, ContextType, RequireFields<CharacteristicSimilarArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CharacteristicConsensusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CharacteristicConsensus'] = ResolversParentTypes['CharacteristicConsensus']> = {
  members?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType, RequireFields<CharacteristicConsensusMembersArgs, 'first' | 'offset'>>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimGap'] = ResolversParentTypes['ClaimGap']> = {
  fromOnly?: Resolver<Array<ResolversTypes['TierClaim']>, ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType>;
  toOnly?: Resolver<Array<ResolversTypes['TierClaim']>, ParentType, ContextType>;
};

export type ClaimMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimMatch'] = ResolversParentTypes['ClaimMatch']> = {
  from?: Resolver<ResolversTypes['TierClaim'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['TierClaim'], ParentType, ContextType>;
};

export type CollaborationBenefitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CollaborationBenefit'] = ResolversParentTypes['CollaborationBenefit']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, Partial<CollaborationBenefitTiersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  rows?: Resolver<Array<ResolversTypes['ComparisonRow']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type ComparisonCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparisonCell'] = ResolversParentTypes['ComparisonCell']> = {
  characteristics?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type ComparisonRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparisonRow'] = ResolversParentTypes['ComparisonRow']> = {
  cells?: Resolver<Array<ResolversTypes['ComparisonCell']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['Dimension'], ParentType, ContextType>;
};

export type CoverageEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageEntry'] = ResolversParentTypes['CoverageEntry']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['Dimension']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type DatabaseInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatabaseInfo'] = ResolversParentTypes['DatabaseInfo']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DegreeEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DegreeEntry'] = ResolversParentTypes['DegreeEntry']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type DimensionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dimension'] = ResolversParentTypes['Dimension']> = {
  canonical?: Resolver<ResolversTypes['CanonicalDimension'], ParentType, ContextType>;
  characteristics?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType, Partial<DimensionCharacteristicsArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<DimensionEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DimensionConsensusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DimensionConsensus'] = ResolversParentTypes['DimensionConsensus']> = {
  dimension?: Resolver<ResolversTypes['CanonicalDimension'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['CharacteristicConsensus']>, ParentType, ContextType, RequireFields<DimensionConsensusGroupsArgs, 'first' | 'offset'>>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  attribute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimension?: Resolver<Maybe<ResolversTypes['CanonicalDimension']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DisagreementKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  sides?: Resolver<Array<ResolversTypes['DisagreementSide']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type DisagreementSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisagreementSide'] = ResolversParentTypes['DisagreementSide']> = {
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type EdgeStyleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgeStyle'] = ResolversParentTypes['EdgeStyle']> = {
  claim?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hierarchy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Facet'] = ResolversParentTypes['Facet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type FacetValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  key?: Resolver<ResolversTypes['FacetKey'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  bySource?: Resolver<Array<ResolversTypes['GapBySource']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type GapBySourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapBySource'] = ResolversParentTypes['GapBySource']> = {
  fromTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  responsibilities?: Resolver<ResolversTypes['ClaimGap'], ParentType, ContextType>;
  skills?: Resolver<ResolversTypes['ClaimGap'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  toTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  mixesSources?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  sources?: Resolver<Array<ResolversTypes['SourceChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  style?: Resolver<ResolversTypes['EdgeStyle'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  database?: Resolver<ResolversTypes['DatabaseInfo'], ParentType, ContextType>;
  graphVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeCounts?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LevelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Level'] = ResolversParentTypes['Level']> = {
  characteristics?: Resolver<Array<ResolversTypes['DimensionConsensus']>, ParentType, ContextType, RequireFields<LevelCharacteristicsArgs, 'first' | 'minSupport'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['ResponsibilityConsensus']>, ParentType, ContextType, RequireFields<LevelResponsibilitiesArgs, 'first' | 'minSupport'>>;
  skills?: Resolver<Array<ResolversTypes['SkillConsensus']>, ParentType, ContextType, RequireFields<LevelSkillsArgs, 'first' | 'minSupport'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['LevelPlacement']>, ParentType, ContextType, RequireFields<LevelTiersArgs, 'first' | 'offset'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevelCoverageCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LevelCoverageCell'] = ResolversParentTypes['LevelCoverageCell']> = {
  characteristics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['CanonicalDimension'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LevelPlacementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LevelPlacement'] = ResolversParentTypes['LevelPlacement']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['ResponsibilityClaim']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillClaim']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type MethodCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MethodCount'] = ResolversParentTypes['MethodCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Attribute' | 'CanonicalDimension' | 'Characteristic' | 'CollaborationBenefit' | 'Dimension' | 'Level' | 'Responsibility' | 'Role' | 'Section' | 'Skill' | 'Source' | 'Statement' | 'Tier', ParentType, ContextType>;
};

export type OrgChartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrgChart'] = ResolversParentTypes['OrgChart']> = {
  lines?: Resolver<Array<ResolversTypes['ReportingLink']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  canonicalDimensions?: Resolver<Array<ResolversTypes['CanonicalDimension']>, ParentType, ContextType>;
  collaborationBenefits?: Resolver<Array<ResolversTypes['CollaborationBenefit']>, ParentType, ContextType>;
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'tiers'>>;
  dimension?: Resolver<Maybe<ResolversTypes['Dimension']>, ParentType, ContextType, RequireFields<QueryDimensionArgs, 'slug'>>;
  dimensions?: Resolver<Array<ResolversTypes['Dimension']>, ParentType, ContextType, Partial<QueryDimensionsArgs>>;
  disagreements?: Resolver<Array<ResolversTypes['Disagreement']>, ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'first' | 'offset'>>;
  edgeStyles?: Resolver<Array<ResolversTypes['EdgeStyle']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['Facet']>, ParentType, ContextType, RequireFields<QueryFacetsArgs, 'by' | 'first'>>;
  gap?: Resolver<ResolversTypes['Gap'], ParentType, ContextType, RequireFields<QueryGapArgs, 'from' | 'to'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType, RequireFields<QueryLevelArgs, 'slug'>>;
  levelCoverage?: Resolver<Array<ResolversTypes['LevelCoverageCell']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['Level']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  path?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryPathArgs, 'claimsOnly' | 'from' | 'maxDepth' | 'to'>>;
  reportingLines?: Resolver<Array<ResolversTypes['OrgChart']>, ParentType, ContextType, Partial<QueryReportingLinesArgs>>;
  responsibilities?: Resolver<ResolversTypes['ResponsibilityConnection'], ParentType, ContextType, RequireFields<QueryResponsibilitiesArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'slug'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  skills?: Resolver<ResolversTypes['SkillConnection'], ParentType, ContextType, RequireFields<QuerySkillsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'slug'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType, RequireFields<QueryTierArgs, 'slug'>>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType, RequireFields<QueryTiersArgs, 'offset'>>;
};

export type ReportingLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingLine'] = ResolversParentTypes['ReportingLine']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ReportingLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingLink'] = ResolversParentTypes['ReportingLink']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  manager?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ResponsibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Responsibility'] = ResolversParentTypes['Responsibility']> = {
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<ResponsibilityEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleClaims?: Resolver<Array<ResolversTypes['RoleHolding']>, ParentType, ContextType, Partial<ResponsibilityRoleClaimsArgs>>;
  roles?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<ResponsibilityRolesArgs>>;
  similar?: Resolver<Array<ResolversTypes['SimilarResponsibility']>, ParentType, ContextType, RequireFields<ResponsibilitySimilarArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['ResponsibilityClaim']>, ParentType, ContextType, Partial<ResponsibilityTiersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResponsibilityClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponsibilityClaim'] = ResolversParentTypes['ResponsibilityClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  responsibility?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type ResponsibilityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponsibilityConnection'] = ResolversParentTypes['ResponsibilityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResponsibilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponsibilityConsensusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponsibilityConsensus'] = ResolversParentTypes['ResponsibilityConsensus']> = {
  members?: Resolver<Array<ResolversTypes['ResponsibilityClaim']>, ParentType, ContextType, RequireFields<ResponsibilityConsensusMembersArgs, 'first' | 'offset'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponsibilityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponsibilityEdge'] = ResolversParentTypes['ResponsibilityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  directReports?: Resolver<Array<ResolversTypes['ReportingLine']>, ParentType, ContextType, Partial<RoleDirectReportsArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<RoleEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['LevelPlacement']>, ParentType, ContextType, Partial<RoleLevelsArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peers?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<RolePeersArgs>>;
  reportsTo?: Resolver<Array<ResolversTypes['ReportingLine']>, ParentType, ContextType, Partial<RoleReportsToArgs>>;
  responsibilities?: Resolver<Array<ResolversTypes['RoleResponsibilityClaim']>, ParentType, ContextType, Partial<RoleResponsibilitiesArgs>>;
  skills?: Resolver<Array<ResolversTypes['RoleSkillClaim']>, ParentType, ContextType, Partial<RoleSkillsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<RoleTiersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RoleHoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleHolding'] = ResolversParentTypes['RoleHolding']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  through?: Resolver<ResolversTypes['HeldThrough'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type RoleResponsibilityClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleResponsibilityClaim'] = ResolversParentTypes['RoleResponsibilityClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  responsibility?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type RoleSkillClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleSkillClaim'] = ResolversParentTypes['RoleSkillClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SimilarCharacteristicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarCharacteristic'] = ResolversParentTypes['SimilarCharacteristic']> = {
  characteristic?: Resolver<ResolversTypes['Characteristic'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SimilarResponsibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarResponsibility'] = ResolversParentTypes['SimilarResponsibility']> = {
  responsibility?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SimilarSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarSkill'] = ResolversParentTypes['SimilarSkill']> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<SkillEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleClaims?: Resolver<Array<ResolversTypes['RoleHolding']>, ParentType, ContextType, Partial<SkillRoleClaimsArgs>>;
  roles?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<SkillRolesArgs>>;
  similar?: Resolver<Array<ResolversTypes['SimilarSkill']>, ParentType, ContextType, RequireFields<SkillSimilarArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['SkillClaim']>, ParentType, ContextType, Partial<SkillTiersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SkillClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillClaim'] = ResolversParentTypes['SkillClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type SkillConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillConnection'] = ResolversParentTypes['SkillConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SkillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillConsensusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillConsensus'] = ResolversParentTypes['SkillConsensus']> = {
  members?: Resolver<Array<ResolversTypes['SkillClaim']>, ParentType, ContextType, RequireFields<SkillConsensusMembersArgs, 'first' | 'offset'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillEdge'] = ResolversParentTypes['SkillEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['Dimension']>, ParentType, ContextType, Partial<SourceDimensionsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceChange'] = ResolversParentTypes['SourceChange']> = {
  change?: Resolver<ResolversTypes['SourceChangeKind'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceStats'] = ResolversParentTypes['SourceStats']> = {
  claims?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['MethodCount']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  coverage?: Resolver<Array<ResolversTypes['CoverageEntry']>, ParentType, ContextType>;
  mostConnected?: Resolver<Array<ResolversTypes['DegreeEntry']>, ParentType, ContextType, RequireFields<StatsMostConnectedArgs, 'first'>>;
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['TierOverlap'], ParentType, ContextType, RequireFields<StatsOverlapArgs, 'tiers'>>;
  perSource?: Resolver<Array<ResolversTypes['SourceStats']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  graphChanged?: SubscriptionResolver<ResolversTypes['GraphChange'], "graphChanged", ParentType, ContextType>;
};

export type TierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier']> = {
  attributes?: Resolver<Array<ResolversTypes['AttributeClaim']>, ParentType, ContextType, Partial<TierAttributesArgs>>;
  characteristics?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType, Partial<TierCharacteristicsArgs>>;
  collaborationBenefits?: Resolver<Array<ResolversTypes['CollaborationBenefit']>, ParentType, ContextType, Partial<TierCollaborationBenefitsArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<TierEvidenceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['LevelPlacement']>, ParentType, ContextType, Partial<TierLevelsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['ResponsibilityClaim']>, ParentType, ContextType, Partial<TierResponsibilitiesArgs>>;
  roles?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<TierRolesArgs>>;
  skills?: Resolver<Array<ResolversTypes['SkillClaim']>, ParentType, ContextType, Partial<TierSkillsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TierClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TierClaim'] = ResolversParentTypes['TierClaim']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ClaimMethod'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  through?: Resolver<ResolversTypes['HeldThrough'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type TierOverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TierOverlap'] = ResolversParentTypes['TierOverlap']> = {
  responsibilitiesJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rolesJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedResponsibilities?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType>;
  sharedRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  sharedSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  similarityThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skillsJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  softResponsibilitiesJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  softSharedResponsibilities?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType>;
  softSharedSkills?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType>;
  softSkillsJaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Attribute?: AttributeResolvers<ContextType>;
  AttributeClaim?: AttributeClaimResolvers<ContextType>;
  CanonicalDimension?: CanonicalDimensionResolvers<ContextType>;
  Characteristic?: CharacteristicResolvers<ContextType>;
  CharacteristicConsensus?: CharacteristicConsensusResolvers<ContextType>;
  ClaimGap?: ClaimGapResolvers<ContextType>;
  ClaimMatch?: ClaimMatchResolvers<ContextType>;
  CollaborationBenefit?: CollaborationBenefitResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonCell?: ComparisonCellResolvers<ContextType>;
  ComparisonRow?: ComparisonRowResolvers<ContextType>;
  CoverageEntry?: CoverageEntryResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  DegreeEntry?: DegreeEntryResolvers<ContextType>;
  Dimension?: DimensionResolvers<ContextType>;
  DimensionConsensus?: DimensionConsensusResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementSide?: DisagreementSideResolvers<ContextType>;
  EdgeStyle?: EdgeStyleResolvers<ContextType>;
  Facet?: FacetResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapBySource?: GapBySourceResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Level?: LevelResolvers<ContextType>;
  LevelCoverageCell?: LevelCoverageCellResolvers<ContextType>;
  LevelPlacement?: LevelPlacementResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MethodCount?: MethodCountResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OrgChart?: OrgChartResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingLine?: ReportingLineResolvers<ContextType>;
  ReportingLink?: ReportingLinkResolvers<ContextType>;
  Responsibility?: ResponsibilityResolvers<ContextType>;
  ResponsibilityClaim?: ResponsibilityClaimResolvers<ContextType>;
  ResponsibilityConnection?: ResponsibilityConnectionResolvers<ContextType>;
  ResponsibilityConsensus?: ResponsibilityConsensusResolvers<ContextType>;
  ResponsibilityEdge?: ResponsibilityEdgeResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  RoleHolding?: RoleHoldingResolvers<ContextType>;
  RoleResponsibilityClaim?: RoleResponsibilityClaimResolvers<ContextType>;
  RoleSkillClaim?: RoleSkillClaimResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SimilarCharacteristic?: SimilarCharacteristicResolvers<ContextType>;
  SimilarResponsibility?: SimilarResponsibilityResolvers<ContextType>;
  SimilarSkill?: SimilarSkillResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  SkillClaim?: SkillClaimResolvers<ContextType>;
  SkillConnection?: SkillConnectionResolvers<ContextType>;
  SkillConsensus?: SkillConsensusResolvers<ContextType>;
  SkillEdge?: SkillEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceChange?: SourceChangeResolvers<ContextType>;
  SourceStats?: SourceStatsResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TierClaim?: TierClaimResolvers<ContextType>;
  TierOverlap?: TierOverlapResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
