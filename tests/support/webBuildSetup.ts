import { createLogger } from '../../src/logger.ts';
import { loadConfig } from '../../src/config.ts';
import { ensureWebBundle } from '../../src/server/webBundle.ts';

/**
 * Browser and playground tests need the built pages. `npm test` builds them first; this covers
 * running one project alone on a fresh clone.
 */
export default async function setup(): Promise<void> {
  await ensureWebBundle(createLogger(loadConfig({ LOG_LEVEL: 'warn' })));
}
