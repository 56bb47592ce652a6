import { Router } from 'express';
import { checkReadiness, type ReadinessDeps } from '../observability/readiness';

/**
 * `/healthz`: the process is alive and its event loop answers (no I/O: a liveness probe that
 * waited on the database would restart every server during a database outage). `/readyz`: it can
 * serve (observability/readiness.ts), else 503 with the reason.
 */
export function healthRoutes(deps: ReadinessDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(deps, { queueRequired: false });
    res.status(readiness.ready ? 200 : 503).json(readiness.body);
  });
  return router;
}
