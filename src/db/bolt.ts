import neo4j, { type AuthToken } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once a Bolt server at `uri` runs a query, retrying until `timeoutMs`; the error names
 * the address and the last failure so a misconfigured URI is obvious.
 */
export async function waitForBolt(uri: string, timeoutMs: number, auth?: AuthToken): Promise<void> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1', {}, { routing: neo4j.routing.READ });
        return;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) break;
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${uri} did not answer within ${timeoutMs} ms: ${reason}`);
}
