import { claimFields, claims } from '../../graphql/fieldBuilders.ts';
import type { QueryResolvers } from '../../graphql/__generated__/resolvers.ts';
import { textArgument } from '../../graphql/resolvers/arguments.ts';
import { orgCharts } from './orgChart.ts';
import { reportsTo } from './relation.ts';

/** The API's fields that follow a reporting line, the claim types' own, and the org chart. */
export const fields = {
  Role: { reportsTo: claims(reportsTo.out), directReports: claims(reportsTo.in) },
};
export const claimResolvers = { ReportingLine: claimFields, ReportingLink: claimFields };
export const queries: Pick<QueryResolvers, 'reportingLines'> = {
  reportingLines: (_root, args, { cypher, loaders }) =>
    orgCharts(cypher, loaders, textArgument(args.source, 'source'), textArgument(args.root, 'root')),
};
