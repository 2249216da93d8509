import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot.ts';
import { operationNameFor } from '../../web/playground/operationName.ts';

describe('the operation name the playground sends', () => {
  const roleDetail = readFileSync(join(projectRoot, 'docs', 'examples', '2-role-detail.graphql'), 'utf8');

  it('replaces a name left over from the previous tab by the document’s only operation', () => {
    expect(operationNameFor(roleDetail, 'RolesByTier')).toBe('RoleDetail');
  });

  it('keeps a name the document defines, and leaves unnamed or unparsable choices to the server', () => {
    expect(operationNameFor(roleDetail, 'RoleDetail')).toBe('RoleDetail');
    expect(operationNameFor(roleDetail, undefined)).toBeUndefined();
    const two = 'query A { tiers { slug } } query B { roles { totalCount } }';
    expect(operationNameFor(two, 'C')).toBe('C');
    expect(operationNameFor('query Broken { tiers {', 'Other')).toBe('Other');
    expect(operationNameFor('{ tiers { slug } }', 'RolesByTier')).toBeNull();
  });
});
