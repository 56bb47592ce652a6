import { withTimeout } from '../../jobs/with-timeout';

export interface ReadinessDeps {
  databaseKind: 'postgres' | 'pglite';
  /** Whether the database has this version's migrations; rejects when it cannot be reached. */
  migrationsApplied(): Promise<boolean>;
  queueKind: 'redis' | 'in-process';
  pingQueue(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  body: {
    status: 'ready' | 'degraded' | 'not_ready';
    /** Why not ready, when not. */
    reason?: 'starting' | 'database_unreachable' | 'database_not_migrated' | 'queue_unreachable';
    database: { kind: string; ok: boolean; error?: string };
    queue: { kind: string; ok: boolean; error?: string };
  };
}

const CHECK_TIMEOUT_MS = 2000;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Can this process do its work? The database must answer and carry this version's schema. The
 * queue is required where jobs are run from it (a worker: `queueRequired`); a server whose Redis is
 * away still stores every answer with its durable recompute marker (ADR 0002), so it stays ready and
 * says `degraded` — taking every server out of the load balancer would refuse answers it can keep.
 */
export async function checkReadiness(
  deps: ReadinessDeps,
  /** `serving: false`: the process's own port does not take requests yet (still starting). */
  opts: { queueRequired: boolean; serving?: boolean },
): Promise<Readiness> {
  const [schema, queue] = await Promise.all([
    withTimeout(CHECK_TIMEOUT_MS, 'the database did not answer', deps.migrationsApplied()).then(
      (migrated) => ({ ok: migrated, reachable: true, error: migrated ? undefined : 'migrations missing' }),
      (e: unknown) => ({ ok: false, reachable: false, error: messageOf(e) }),
    ),
    withTimeout(CHECK_TIMEOUT_MS, 'the queue did not answer', deps.pingQueue()).then(
      () => ({ ok: true, error: undefined }),
      (e: unknown) => ({ ok: false, error: messageOf(e) }),
    ),
  ]);
  const reason =
    opts.serving === false
      ? ('starting' as const)
      : !schema.reachable
        ? ('database_unreachable' as const)
        : !schema.ok
          ? ('database_not_migrated' as const)
          : !queue.ok && opts.queueRequired
            ? ('queue_unreachable' as const)
            : undefined;
  const database = {
    kind: deps.databaseKind,
    ok: schema.ok,
    ...(schema.error ? { error: schema.error } : {}),
  };
  const queueState = { kind: deps.queueKind, ok: queue.ok, ...(queue.error ? { error: queue.error } : {}) };
  const status = reason ? 'not_ready' : queue.ok ? 'ready' : 'degraded';
  return { ready: !reason, body: { status, ...(reason ? { reason } : {}), database, queue: queueState } };
}
