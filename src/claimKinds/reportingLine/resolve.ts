import type { Annotations } from '../../ingest/annotations.ts';
import type { ClaimContext } from '../../ingest/resolve/claimContext.ts';

/** Reporting lines: `REPORTS_TO` from the role to each of its managers. */
export function resolve({ reportingLines }: Annotations, at: ClaimContext): void {
  (reportingLines ?? []).forEach((line, i) => {
    const role = at.entity('roles', line.role, ['reportingLines', i, 'role']);
    const evidence = at.evidence(line.evidence, ['reportingLines', i, 'evidence']);
    line.reportsTo.forEach((manager, j) => {
      const path = ['reportingLines', i, 'reportsTo', j];
      at.claim('REPORTS_TO', role, at.entity('roles', manager, path), evidence, path);
    });
  });
}
export const reads = 'reportingLines';
export const writes = ['REPORTS_TO'] as const;
