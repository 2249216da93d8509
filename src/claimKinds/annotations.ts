import { part as characteristic } from './characteristic/annotations.ts';
import { part as collaboration } from './collaboration/annotations.ts';
import { part as levelPlacement } from './levelPlacement/annotations.ts';
import { part as membership } from './membership/annotations.ts';
import { part as reportingLine } from './reportingLine/annotations.ts';
import { part as roleResponsibility } from './roleResponsibility/annotations.ts';
import { part as roleSkill } from './roleSkill/annotations.ts';
import { part as tierAttribute } from './tierAttribute/annotations.ts';
import { part as tierResponsibility } from './tierResponsibility/annotations.ts';
import { part as tierSkill } from './tierSkill/annotations.ts';

/** Each kind's part of the annotation format (src/ingest/annotations.ts puts them together). */
export const claimKindParts = {
  ...membership,
  ...tierAttribute,
  ...tierResponsibility,
  ...tierSkill,
  ...characteristic,
  ...collaboration,
  ...roleResponsibility,
  ...roleSkill,
  ...reportingLine,
  ...levelPlacement,
};
