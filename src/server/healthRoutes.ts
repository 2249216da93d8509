import { Router } from 'express';
import type { CypherExecutor } from '../db/cypher.ts';
import { ping } from '../data/system.ts';

/**
 * `/health`: the process is up (for restarts). `/ready`: Neo4j answers in time (for load
 * balancers), so an instance whose database is down is taken out of rotation, not restarted.
 */
export function healthRoutes(cypher: CypherExecutor): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/ready', async (_request, response) => {
    try {
      await ping(cypher);
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j did not answer' });
    }
  });
  return router;
}
