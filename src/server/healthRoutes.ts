import { Router } from 'express';
import type { Readiness } from './readiness.ts';

/**
 * `/health`: the process is up (for restarts). `/ready`: Neo4j answers in time and the server is
 * not shutting down (for load balancers), so an instance whose database is down is taken out of
 * rotation, not restarted.
 */
export function healthRoutes(readiness: Readiness, isDraining: () => boolean): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/ready', async (_request, response) => {
    if (isDraining()) {
      response.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    } else if (await readiness.isReady()) {
      response.json({ status: 'ready' });
    } else {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j did not answer' });
    }
  });
  return router;
}
