import { SERVER_NODE_ARGS, WORKER_NODE_ARGS } from '../../../main/node-args';
import type { BenchContext } from './bench-context';
import {
  distinctFreePorts,
  startChild,
  stopChildren,
  waitForHealth,
  type BenchChild,
} from './child-processes';
import { measurePhase, type PhaseResult } from './measure-phase';
import { profileArgs } from './options';

const SESSION_SECRET = 'bench-secret-bench-secret-bench-secret';

/** Recompute markers left when the load stopped, and how long the worker took to clear them. */
export interface Backlog {
  markersAtEnd: number;
  drainSeconds: number | null;
}

/**
 * `main/server.ts` as `npm run server` runs it, `--servers` times on ports of their own, and one
 * `main/worker.ts` as production runs it (unless --no-worker), on the bench database and a Redis
 * prefix of the bench's own; measured, then stopped.
 */
export async function runProductPhase(ctx: BenchContext): Promise<{ result: PhaseResult; backlog: Backlog }> {
  const { options } = ctx;
  const env = {
    DATABASE_URL: ctx.databaseUrl,
    REDIS_URL: ctx.redisUrl,
    REDIS_PREFIX: ctx.redisPrefix,
    SESSION_SECRET,
    DEMO_SEED: 'off',
    DATABASE_POOL_SIZE: String(options.pool),
    WORKER_CONCURRENCY: '4',
  };
  const ports = await distinctFreePorts(options.servers);
  const started: BenchChild[] = [];
  const start = (name: string, entry: string, port: number, processArgs: string[]) => {
    const child = startChild(name, entry, {
      env: { ...env, PORT: String(port) },
      nodeArgs: [...processArgs, ...profileArgs(options)],
    });
    ctx.running.add(child);
    started.push(child);
    return child;
  };
  try {
    const servers = ports.map((port, i) =>
      start(ports.length > 1 ? `server ${i + 1}` : 'server', 'main/server.ts', port, SERVER_NODE_ARGS),
    );
    if (options.worker) start('worker', 'main/worker.ts', 0, WORKER_NODE_ARGS);
    await Promise.all(servers.map((s, i) => waitForHealth(s, `http://127.0.0.1:${ports[i]}/healthz`)));
    const result = await measurePhase({
      label: 'product',
      ports,
      processes: started,
      templates: ctx.templates,
      settings: options,
      sql: ctx.sql,
      databaseName: ctx.databaseName,
    });
    return { result, backlog: await waitForBacklog(ctx, options.worker) };
  } finally {
    await stopChildren(started);
    for (const child of started) ctx.running.delete(child);
  }
}

async function waitForBacklog(ctx: BenchContext, withWorker: boolean): Promise<Backlog> {
  const markers = async () =>
    Number((await ctx.sql.query<{ n: string }>('select count(*) n from recompute_requests')).rows[0]!.n);
  const markersAtEnd = await markers();
  if (!withWorker) return { markersAtEnd, drainSeconds: null };
  const t0 = performance.now();
  while ((await markers()) > 0) {
    if (performance.now() - t0 > 120_000) return { markersAtEnd, drainSeconds: null };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { markersAtEnd, drainSeconds: (performance.now() - t0) / 1000 };
}
