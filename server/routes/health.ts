import { Router } from 'express';

export interface HealthDeps {
  pingDatabase(): Promise<void>;
  databaseKind: 'postgres' | 'pglite';
  queueKind: 'redis' | 'in-process';
  pingQueue(): Promise<void>;
}

const outcome = (p: Promise<void>) =>
  p.then(
    () => ({ ok: true as const }),
    (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
  );

/** 200 when the database answers; a queue outage degrades (responses are still kept), it does not fail. */
export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const [database, queue] = await Promise.all([outcome(deps.pingDatabase()), outcome(deps.pingQueue())]);
    const status = !database.ok ? 'down' : queue.ok ? 'ok' : 'degraded';
    res.status(database.ok ? 200 : 503).json({
      status,
      database: { kind: deps.databaseKind, ...database },
      queue: { kind: deps.queueKind, ...queue },
    });
  });
  return router;
}
