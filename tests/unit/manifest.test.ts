import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.ts';
import { manifestFromDirectory, readManifest } from '../../src/server/operationManifest.ts';

describe('the persisted operation manifest', () => {
  const path = join(projectRoot, 'docs', 'examples', 'persisted-operations.json');

  it('is up to date with docs/examples (npm run manifest)', () => {
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(
      manifestFromDirectory(join(projectRoot, 'docs', 'examples')),
    );
  });

  it('validates, with each id the SHA-256 of its body', () => {
    const manifest = readManifest(path);
    expect(manifest.operations.map((o) => o.name)).toEqual([
      // The files are read in their numbered order: 10-, 11- and 12- come after 9-.
      'RolesByTier',
      'RoleDetail',
      'CompareTiers',
      'Search',
      'Neighborhood',
      'Path',
      'Disagreements',
      'DashboardStats',
      'Gap',
      'DashboardFacets',
      'Levels',
      'LevelConsensus',
      'OrgChart',
    ]);
  });
});
