import express, { Router, type Request, type Response } from 'express';
import { join } from 'node:path';
import { webBundleDir, webPages } from './webBundle.ts';

/**
 * The explorer at /explorer, the dashboard at /dashboard, and the hashed assets the pages load
 * from /assets. Assets never change under a name, so they are cached for good; the pages
 * themselves are revalidated each time.
 */
export function webRoutes(): Router {
  const router = Router();
  const page = (name: 'explorer' | 'dashboard') => (_request: Request, response: Response) => {
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(webPages[name], (error) => {
      if (error && !response.headersSent) {
        response
          .status(503)
          .type('text/plain')
          .send(`The ${name} has not been built: run npm run build (or npm start).`);
      }
    });
  };
  router.get(['/explorer', '/explorer/'], page('explorer'));
  router.get(['/dashboard', '/dashboard/'], page('dashboard'));
  router.use(
    '/assets',
    express.static(join(webBundleDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  return router;
}
