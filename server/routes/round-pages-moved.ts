import { Router } from 'express';

/**
 * The classic round pages moved into the app (Rounds): a bookmark or an old link lands on the same
 * screen there (302). A POST to an old form address finds nothing (404): the app sends its changes
 * to the JSON APIs. The printable QR sheet stays where it was (/dashboard/rounds/:id/sheet).
 */
const MOVED: [string, (params: Record<string, string>) => string][] = [
  ['/dashboard/rounds', () => '/app/rounds'],
  ['/dashboard/rounds/new', () => '/app/rounds/new'],
  ['/dashboard/rounds/:roundId/distribution', (p) => `/app/rounds/${encodeURIComponent(p.roundId!)}`],
];

export function roundPagesMovedRoutes(): Router {
  const router = Router();
  for (const [from, to] of MOVED)
    router.get(from, (req, res) => {
      // The survey chosen on the old form travels along: /dashboard/rounds/new?instrument=… → the same.
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(302, `${to(req.params as Record<string, string>)}${query}`);
    });
  return router;
}
