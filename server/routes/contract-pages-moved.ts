import { Router } from 'express';

/**
 * The classic contract and goal pages moved into the app: a bookmark or an old link lands on the
 * same screen there (302). A POST to an old form address finds nothing (404): the app sends its
 * changes to the JSON APIs. The follow-up reports under /dashboard/contracts/:id/reports stay.
 */
const MOVED: [string, (params: Record<string, string>) => string][] = [
  ['/dashboard/contracts', () => '/app/contracts'],
  ['/dashboard/contracts/:contractId', (p) => `/app/contracts/${encodeURIComponent(p.contractId!)}/edit`],
  ['/dashboard/goals/:goalId', (p) => `/app/goals/${encodeURIComponent(p.goalId!)}`],
];

export function contractPagesMovedRoutes(): Router {
  const router = Router();
  for (const [from, to] of MOVED)
    router.get(from, (req, res) => res.redirect(302, to(req.params as Record<string, string>)));
  return router;
}
