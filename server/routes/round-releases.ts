import { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { loadRoundReleases, requestInterimRelease } from '../use-cases/round-releases';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round's releases (docs/decisions/0011): listed for staff, asked for by quality staff. */
export function roundReleaseRoutes(deps: SessionDeps & { queue: JobQueue }): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const today = () => deps.now().toISOString().slice(0, 10);
  router.param('roundId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no round ${value}`)),
  );

  router.get('/api/rounds/:roundId/releases', api, async (req, res) => {
    res.json({ releases: await loadRoundReleases(deps.db, staffOf(res), req.params.roundId as string) });
  });
  router.post('/api/rounds/:roundId/releases', api, async (req, res) => {
    await requestInterimRelease(deps, staffOf(res), req.params.roundId as string, today());
    res.status(202).json({ queued: true });
  });
  return router;
}
