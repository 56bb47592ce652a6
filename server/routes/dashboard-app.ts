import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { requireStaff, type SessionDeps } from '../auth/staff-sessions';

const BUILT_APP = path.join(__dirname, '../../dist/app');

/**
 * The dashboard app (web/app, built by Vite into dist/app): its hashed assets for anyone, its page
 * for logged-in staff at /app and every address below it, where the app's own router takes over.
 * The data comes from the JSON APIs, which check the session and scope on every call.
 */
export function dashboardAppRoutes(deps: SessionDeps, builtApp = BUILT_APP): Router {
  const router = Router();
  // File names carry a content hash, so a browser may keep them for a year: a new build has new names.
  router.use(
    '/app/assets',
    express.static(path.join(builtApp, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    (_req, res) => res.status(404).type('text').send('There is no such file in the dashboard app.'),
  );
  router.get(['/app', '/app/*rest'], requireStaff(deps, 'page'), (_req, res) => {
    const page = path.join(builtApp, 'index.html');
    if (!fs.existsSync(page))
      return res
        .status(503)
        .type('text')
        .send('The dashboard app is not built: run `npm run build:web` (npm start does it), then reload.');
    // Never kept: asked again each time, so a new build's asset names reach the browser at once, and
    // a shared computer's Back button after logging out finds nothing of a staff page in the cache.
    res.set('Cache-Control', 'no-store');
    return res.sendFile(page);
  });
  return router;
}
