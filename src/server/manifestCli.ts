// `npm run manifest`: writes the persisted-operation manifest of docs/examples, which
// PERSISTED_QUERIES=manifest-only serves; a unit test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';
import { manifestFromDirectory } from './operationManifest.ts';

const dir = join(projectRoot, 'docs', 'examples');
const manifest = manifestFromDirectory(dir);
writeFileSync(join(dir, 'persisted-operations.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${manifest.operations.length} operations to docs/examples/persisted-operations.json`);
