import express, { Router } from 'express';
import { join } from 'node:path';
import { webBundleDir, webPages } from './webBundle.ts';

/**
 * The explorer page at /explorer and the hashed assets both pages load from /assets. Assets never
 * change under a name, so they are cached for good; the page itself is revalidated each time.
 */
export function webRoutes(): Router {
  const router = Router();
  router.get(['/explorer', '/explorer/'], (_request, response) => {
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(webPages.explorer, (error) => {
      if (error && !response.headersSent) {
        response
          .status(503)
          .type('text/plain')
          .send('The explorer has not been built: run npm run build (or npm start).');
      }
    });
  });
  router.use(
    '/assets',
    express.static(join(webBundleDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  return router;
}
