import type { CodegenConfig } from '@graphql-codegen/cli';
import { claimKindModules, graphqlRecords, type ClaimKindName } from './src/claimKinds/relations.ts';

/** Each kind's claim types (and any other type it answers with) read the records its folder builds. */
const claimMappers = Object.fromEntries(
  Object.keys(claimKindModules)
    .filter((kind): kind is ClaimKindName => kind in claimKindModules)
    .flatMap((kind) =>
      Object.entries(graphqlRecords(kind)).map(([type, record]) => [
        type,
        `../../claimKinds/${kind}/${record}`,
      ]),
    ),
);

/**
 * Resolver types come from the SDL in schema/, and so do the types of the explorer page's operations. The generated file is committed so that code
 * review shows type changes, and `npm test` runs `--check` so a stale copy fails the build.
 */
const config: CodegenConfig = {
  schema: ['schema/*.graphql', 'src/claimKinds/*/schema.graphql'],
  generates: {
    'src/graphql/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: false,
        useIndexSignature: false,
        contextType: '../context.ts#GraphQLContext',
        // GraphQL types whose resolvers receive our own records rather than the GraphQL shape.
        mappers: {
          Health: '../resolvers/system.ts#HealthRecord',
          DatabaseInfo: '../../data/system.ts#DatabaseInfoRecord',
          Node: '../../data/records.ts#NodeRecord',
          Source: '../../data/records.ts#SourceRecord',
          Section: '../../data/records.ts#SectionRecord',
          Statement: '../../data/records.ts#StatementRecord',
          Tier: '../../data/records.ts#TierRecord',
          Role: '../../data/records.ts#RoleRecord',
          Responsibility: '../../data/records.ts#ResponsibilityRecord',
          Skill: '../../data/records.ts#SkillRecord',
          Dimension: '../../data/records.ts#DimensionRecord',
          Characteristic: '../../data/records.ts#CharacteristicRecord',
          Attribute: '../../data/records.ts#AttributeRecord',
          Graph: '../../data/graph.ts#GraphRecord',
          GraphNode: '../../data/graph.ts#GraphNodeRecord',
          GraphEdge: '../../data/graph.ts#GraphEdgeRecord',
          EdgeStyle: '../../data/edgeStyles.ts#EdgeStyleRecord',
          CollaborationBenefit: '../../data/records.ts#CollaborationBenefitRecord',
          Level: '../../data/records.ts#LevelRecord',
          CanonicalDimension: '../../data/records.ts#CanonicalDimensionRecord',
          ResponsibilityConsensus: '../../data/consensus.ts#ResponsibilityConsensusRecord',
          SkillConsensus: '../../data/consensus.ts#SkillConsensusRecord',
          CharacteristicConsensus: '../../data/consensus.ts#CharacteristicConsensusRecord',
          DimensionConsensus: '../../data/consensus.ts#DimensionConsensusRecord',
          LevelCoverageCell: '../../data/consensus.ts#LevelCoverageRecord',
          Comparison: '../../data/comparison.ts#ComparisonRecord',
          ComparisonRow: '../../data/comparison.ts#ComparisonRowRecord',
          ComparisonCell: '../../data/comparison.ts#ComparisonCellRecord',
          Disagreement: '../../data/disagreements.ts#DisagreementRecord',
          DisagreementSide: '../../data/disagreements.ts#DisagreementSideRecord',
          SearchHit: '../../data/search.ts#SearchHitRecord',
          Stats: '../resolvers/analytics.ts#StatsRecord',
          SourceStats: '../../data/analytics.ts#SourceStatsRecord',
          TierOverlap: '../../data/analytics.ts#TierOverlapRecord',
          DegreeEntry: '../../data/analytics.ts#DegreeEntryRecord',
          CoverageEntry: '../../data/analytics.ts#CoverageEntryRecord',
          Gap: '../../data/gap.ts#GapRecord',
          GapBySource: '../../data/gap.ts#GapBySourceRecord',
          ClaimGap: '../../data/gap.ts#ClaimGapRecord',
          TierClaim: '../../data/tierClaims.ts#TierClaimRecord',
          RoleHolding: '../fieldBuilders.ts#RoleHoldingRecord',
          ClaimMatch: '../../data/tierClaims.ts#ClaimMatchRecord',
          Facet: '../../data/facets.ts#FacetRecord',
          SimilarResponsibility: '../../data/similarity.ts#SimilarResponsibilityRecord',
          SimilarSkill: '../../data/similarity.ts#SimilarSkillRecord',
          SimilarCharacteristic: '../../data/similarity.ts#SimilarCharacteristicRecord',
          ...claimMappers,
        },
        scalars: { ID: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
    // The explorer's operations, checked against the schema and typed for the page's code. The
    // operations plugin stands alone: it declares the enums and inputs the operations use itself,
    // as string-literal unions (with the `typescript` plugin too, each such enum came out twice).
    'web/explorer/__generated__/operations.ts': {
      documents: 'web/explorer/*.graphql',
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        skipTypename: false,
        scalars: { ID: 'string' },
      },
    },
    // The dashboard's operations are the persisted ones it sends by hash: typed from the same files
    // the manifest is built from, so the page and the manifest cannot drift apart.
    'web/dashboard/__generated__/operations.ts': {
      documents: [
        'docs/examples/6-disagreements.graphql',
        'docs/examples/7-dashboard-stats.graphql',
        'docs/examples/12-org-chart.graphql',
      ],
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        skipTypename: false,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
