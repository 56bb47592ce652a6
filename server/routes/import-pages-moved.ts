import { Router } from 'express';

/**
 * The classic sick-leave import, benchmark and network pages moved into the app: a bookmark or an
 * old link lands on the same screen there (302). A POST to an old form address finds nothing (404):
 * the app sends its changes to the JSON APIs.
 */
const MOVED: [string, (query: URLSearchParams) => string][] = [
  [
    '/dashboard/sick-leave',
    (q) =>
      `/app/sick-leave/import${q.get('import') ? `?import=${encodeURIComponent(q.get('import')!)}` : ''}`,
  ],
  // The templates are the JSON API's neighbours now; an old download link still gets them.
  ['/dashboard/sick-leave/template.csv', () => '/api/sick-leave/template.csv'],
  ['/dashboard/sick-leave/template.xlsx', () => '/api/sick-leave/template.xlsx'],
  ['/dashboard/benchmarks', () => '/app/benchmarks'],
  ['/dashboard/admin/networks', () => '/app/admin/networks'],
  ['/dashboard/network', networkAddress],
];

/** The comparison's indicator travels along: ?instrumentKey=…&indicatorKey=… → the same table. */
function networkAddress(query: URLSearchParams): string {
  const instrument = query.get('instrumentKey');
  const indicator = query.get('indicatorKey');
  if (!instrument || !indicator) return '/app/network';
  return `/app/network?${new URLSearchParams({ instrument, indicator })}`;
}

export function importPagesMovedRoutes(): Router {
  const router = Router();
  for (const [from, to] of MOVED)
    router.get(from, (req, res) => {
      const query = new URLSearchParams(req.originalUrl.includes('?') ? req.originalUrl.split('?')[1] : '');
      res.redirect(302, to(query));
    });
  return router;
}
