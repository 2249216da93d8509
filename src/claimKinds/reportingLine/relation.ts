import { sameLabelClaimRelation, type ClaimRecordOf } from '../../data/relationDefinition.ts';

/** A source says a role reports to another (its direct manager); drawn with the manager above. */
export const reportsTo = sameLabelClaimRelation(
  'REPORTS_TO',
  'Role',
  'ReportingLine',
  { kind: 'reporting-line', name: 'reports to', color: '#e0562b', hierarchy: true },
  (role, claim) => ({ role, claim }),
);
export const relations = [reportsTo] as const;
export type ReportingLineRecord = ClaimRecordOf<typeof reportsTo>;
/** The org chart's types, answered by `reportingLines`. */
export const records = {
  OrgChart: 'orgChart.ts#OrgChartRecord',
  ReportingLink: 'orgChart.ts#ReportingLinkRecord',
};
