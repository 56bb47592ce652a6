import { Router } from 'express';

/**
 * The classic administration pages moved into the app (Administration): a bookmark or an old link
 * lands on the same screen there. A POST to an old form address finds nothing (404): the app sends
 * its changes to the JSON APIs.
 */
const MOVED: [string, (params: Record<string, string>) => string][] = [
  ['/dashboard/admin/users', () => '/app/admin/users'],
  ['/dashboard/admin/users/:userId', (p) => `/app/admin/users/${encodeURIComponent(p.userId!)}`],
  ['/dashboard/admin/sso', () => '/app/admin/sso'],
  ['/dashboard/admin/audit', () => '/app/admin/audit'],
  ['/dashboard/admin/organisation', () => '/app/admin/organisation'],
  // The tree as a CSV file is the JSON API's neighbour now; an old download link still gets it.
  ['/dashboard/admin/organisation/template.csv', () => '/api/admin/organisation/template.csv'],
  // The classic goal overview and unit page: the app's overview and organisation tree show the same.
  ['/dashboard', () => '/app'],
  ['/dashboard/units/:unitId', (p) => `/app/units/${encodeURIComponent(p.unitId!)}`],
];

export function adminPagesMovedRoutes(): Router {
  const router = Router();
  for (const [from, to] of MOVED)
    router.get(from, (req, res) => {
      // The audit trail's filter travels along: /dashboard/admin/audit?action=sign_in → the same view.
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(303, `${to(req.params as Record<string, string>)}${query}`);
    });
  return router;
}
