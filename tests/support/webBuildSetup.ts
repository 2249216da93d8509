import { ensurePagesBuilt } from '../../src/server/pagesBuild.ts';

/**
 * Browser and playground tests need the built pages. `npm test` builds them first; this covers
 * running one project alone on a fresh clone, or after a page's source changed.
 */
export default async function setup(): Promise<void> {
  await ensurePagesBuilt((line) => process.stderr.write(`${line}\n`));
}
