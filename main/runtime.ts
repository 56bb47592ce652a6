import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { DatabaseHandle } from '../db/connect';
import type { InstrumentCache } from '../db/instrument-cache';
import { createBullmqQueue } from '../jobs/bullmq-queue';
import { coalescingQueue } from '../jobs/coalescing-queue';
import { sendDueInvitationsJob } from '../jobs/contracts';
import { jobHandlers, type JobQueue } from '../jobs/define-job';
import { createInProcessQueue, type InProcessQueue } from '../jobs/in-process-queue';
import { inProcessRoundEvents, redisRoundEvents } from '../jobs/round-events';
import type { AppDeps } from '../server/app';
import type { SignInLimits } from '../server/throttle/sign-in-throttle';
import { startBullmqWorker } from '../worker/bullmq-worker';
import { recomputeRoundHandler } from '../worker/processors/recompute-round';
import { TreeCache } from '../worker/processors/tree-cache';
import { recomputeRoundFullyHandler } from '../worker/processors/recompute-round-fully';
import { releaseRoundHandler } from '../worker/processors/release-round';
import type { RecomputeDeps } from '../worker/processors/round-context';
import { loadHighsBoundSolver } from '../worker/anonymity/highs-bound-solver';
import { startReleaseSweeper } from '../worker/release-sweeper';
import { FULL_PROTECTION, type AnonymityRules } from '../core/anonymity/anonymity-rules';
import { startImportSweeper } from '../worker/import-sweeper';
import { recomputeOutdatedRounds } from '../worker/outdated-rounds';
import { startRecomputeSweeper } from '../worker/recompute-sweeper';
import { startAnswerRetentionSweeper } from '../worker/answer-retention-sweeper';
import { startAuditPurgeSweeper } from '../worker/audit-purge-sweeper';
import type { Config } from './config';
import { countedImportHandlers } from './counted-import-rows';
import { countedPdfPrinter } from './counted-pdf-printer';
import { drainable } from './http-drain';
import { jobObservation } from './job-observation';
import { currentLogger, logThrottled as throttledLog, logTo, type Logger } from './logger';
import { mailHandlers } from './mail-handlers';
import { startMetricsServer } from './metrics-server';
import { prepareDatabase } from './prepare-database';
import { processMetrics, watchQueue, type ProcessMetrics } from './process-metrics';

const ENQUEUE_WINDOW_MS = 250;

export type Role = 'all' | 'server' | 'worker';

export interface Malbar {
  url: string | null;
  database: DatabaseHandle;
  queue: JobQueue;
  instruments: InstrumentCache;
  versionIds: Record<string, string>;
  metrics: ProcessMetrics;
  /** Where /metrics (and /healthz, /readyz) answer on METRICS_PORT; null without it. */
  metricsUrl: string | null;
  /** Only with the in-process queue: resolves when every queued job has run. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface RuntimeOverrides {
  /** Tests hand in a prepared PGlite image instead of a data directory. */
  database?: DatabaseHandle;
  now?: () => Date;
  /**
   * Tests only: the anonymity protections (default all of them). Switching one off shows the
   * attack it stops; never read from the environment, so no installation can run without them.
   */
  anonymity?: AnonymityRules;
  /** Tests only: small sign-in limits, so that a block is reached in a few requests. */
  signInLimits?: SignInLimits;
  /** Tests only: answer allowances that do not refill while a test runs (no clock to stop). */
  answerAllowances?: AppDeps['answerAllowances'];
  /** Tests read the log lines from a stream of their own; else the process's logger (LOG_LEVEL). */
  logger?: Logger;
}

/**
 * Starts the processes' parts for a role: 'server' (HTTP + producer), 'worker' (BullMQ worker
 * + sweeper) or 'all' (both; with no Redis the jobs run in this process).
 */
export async function startMalbar(
  config: Readonly<Config>,
  role: Role,
  overrides: RuntimeOverrides = {},
): Promise<Malbar> {
  const { database, instruments, versionIds } = await prepareDatabase(config, overrides);
  const logger = overrides.logger ?? currentLogger();
  const log = (message: string, error?: unknown) => logTo(logger, message, error);
  const logThrottled = (message: string) => throttledLog(message, logger);
  const metrics = processMetrics();
  const events =
    config.queue.kind === 'redis'
      ? redisRoundEvents(config.queue, logThrottled('round events'))
      : inProcessRoundEvents();
  const now = overrides.now ?? (() => new Date());
  const recomputeDeps: RecomputeDeps = {
    db: database.db,
    instruments,
    trees: new TreeCache(),
    events,
    now,
    anonymity: overrides.anonymity ?? FULL_PROTECTION,
    // Loaded once per process (WebAssembly); only processes that run jobs release rounds.
    solver: role !== 'server' || config.queue.kind === 'in-process' ? await loadHighsBoundSolver() : null,
    onAudited: (seconds) => metrics.auditSeconds.observe(seconds),
  };
  let url: string | null = null;
  const mail = mailHandlers(config, database.db, {
    listeningUrl: () => url,
    now,
    counters: { sent: metrics.mailSent, failed: metrics.mailFailed },
  });
  const handlers = jobHandlers(
    recomputeRoundHandler(recomputeDeps),
    recomputeRoundFullyHandler(recomputeDeps),
    releaseRoundHandler(recomputeDeps),
    ...countedImportHandlers({ db: database.db, now }, metrics),
    ...mail.handlers,
  );
  const observer = jobObservation(logger, metrics);
  const inProcess: InProcessQueue | null =
    config.queue.kind === 'in-process'
      ? createInProcessQueue(handlers, (name, e) => log(`job ${name} could not be queued`, e), observer)
      : null;
  // Through Redis, a burst of responses to one round becomes a few queue calls (coalescing-queue.ts).
  const queue: JobQueue =
    inProcess ??
    coalescingQueue(
      createBullmqQueue(config.queue as { url: string; prefix: string }),
      ENQUEUE_WINDOW_MS,
      logThrottled('queue'),
    );
  const closers: (() => Promise<void> | void)[] = [];
  // A process with a public port is ready only once its app takes requests there.
  let serving = false;
  const metricsServer = config.metrics
    ? await startMetricsServer({
        ...config.metrics,
        registry: metrics.registry,
        database,
        queue,
        role,
        ...(role === 'worker' ? {} : { serving: () => serving }),
      })
    : null;
  if (metricsServer) closers.push(() => metricsServer.close());

  if (role !== 'server' || inProcess) {
    watchQueue(metrics, queue);
    if (!inProcess && config.queue.kind === 'redis') {
      const worker = startBullmqWorker({
        redis: config.queue,
        handlers,
        concurrency: config.workerConcurrency,
        onError: logThrottled('queue worker'),
        observer,
      });
      closers.push(() => worker.close());
    }
    const sweeper = startRecomputeSweeper({
      db: database.db,
      queue,
      intervalMs: config.sweepIntervalMs,
      staleAfterMs: Math.min(config.sweepIntervalMs, 10_000),
      onError: logThrottled('recompute sweep failed'),
    });
    await sweeper.sweepOnce().catch(logThrottled('recompute sweep failed'));
    closers.push(() => sweeper.close());
    // Closed rounds get their final release, whether or not anyone closed them by hand.
    const releases = startReleaseSweeper({
      db: database.db,
      queue,
      intervalMs: config.sweepIntervalMs,
      now,
      onError: logThrottled('release sweep failed'),
    });
    await releases.sweepOnce().catch(logThrottled('release sweep failed'));
    closers.push(() => releases.close());
    // Uploads whose job was lost (Redis away, a stopped process) run once the worker is up again.
    const importSweeper = startImportSweeper({
      db: database.db,
      queue,
      intervalMs: config.sweepIntervalMs,
      staleAfterMs: Math.min(config.sweepIntervalMs, 10_000),
      onError: logThrottled('import sweep failed'),
    });
    await importSweeper.sweepOnce(true).catch(logThrottled('import sweep failed'));
    closers.push(() => importSweeper.close());
    // The audit trail keeps events for AUDIT_RETENTION_DAYS; older ones go (at most hourly).
    const auditPurge = startAuditPurgeSweeper({
      db: database.db,
      retentionDays: config.auditRetentionDays,
      intervalMs: config.sweepIntervalMs,
      now,
      onError: logThrottled('audit purge failed'),
    });
    await auditPurge.sweepOnce().catch(logThrottled('audit purge failed'));
    closers.push(() => auditPurge.close());
    // Each municipality's answer retention (GDPR art. 5(1)(e)): due answers and comments go (at most hourly).
    const retention = startAnswerRetentionSweeper({
      db: database.db,
      intervalMs: config.sweepIntervalMs,
      now,
      log,
      onError: logThrottled('answer retention failed'),
    });
    await retention.sweepOnce().catch(logThrottled('answer retention failed'));
    closers.push(() => retention.close());
    // Not awaited: with Redis away the worker still starts, and BullMQ adds the schedule once it is back.
    void queue.schedule(sendDueInvitationsJob, {}, config.mail.sweepMs).catch(logThrottled('mail sweep'));
    const outdated = await recomputeOutdatedRounds(database.db, instruments, queue).catch(
      (error: unknown) => {
        log('checking for values from an older engine failed', error);
        return [];
      },
    );
    if (outdated.length > 0) log(`Recomputing ${outdated.length} round(s) computed by an older engine`);
  }

  if (role !== 'worker') {
    // Loaded only where HTTP is served: a worker process does not carry the app's code in its memory.
    const [{ createApp }, { intakeBatcher }, { createPdfPrinter }, { createLimiterStore }] =
      await Promise.all([
        import('../server/app'),
        import('../server/intake/intake-batcher'),
        import('../server/reports/pdf-printer'),
        import('../server/throttle/limiter-store'),
      ]);
    // Chromium starts on the first PDF asked for, not before.
    const pdf = countedPdfPrinter(createPdfPrinter({ chromiumPath: config.chromiumPath, log }), metrics);
    closers.push(() => pdf.close());
    // Listening first: with port 0 the address (the links' base without PUBLIC_URL) is known only then.
    // The app is attached before this tick ends, so no request arrives without it.
    const server = http.createServer();
    // Idle keep-alive connections stay open longer than clients and load balancers keep theirs
    // (undici 4 s, AWS ALB 60 s): the client, not the server, closes them, so a request is never
    // written onto a socket the server is closing (ECONNRESET when a busy event loop runs both timers).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const draining = drainable(server);
    await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
    const { port } = server.address() as AddressInfo;
    url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    const intake = intakeBatcher(database.db);
    // One store per process, shared by every server through Redis or the database.
    const limiterStore = createLimiterStore(
      config.queue.kind === 'redis' ? config.queue : { kind: 'database', client: database.sqlClient },
    );
    closers.push(() => limiterStore.close());
    const app = createApp({
      pdf,
      intake,
      events,
      db: database.db,
      databaseKind: database.kind,
      queue,
      instruments,
      sessionSecret: config.sessionSecret!,
      secureCookies: config.publicUrl?.startsWith('https://') ?? false,
      publicUrl: (config.publicUrl ?? url).replace(/\/+$/, ''),
      now,
      log,
      limiterStore,
      signInLimits: overrides.signInLimits,
      answerAllowances: overrides.answerAllowances,
      trustProxy: config.trustProxy,
      observe: { logger, metrics: metrics.http },
    });
    server.on('request', app);
    serving = true;
    // Run first on stop (closers run last to first): no new connections, the requests in flight
    // answered, their responses written; only then do the printer, the queue and the pool close.
    closers.push(async () => {
      const { cut } = await draining.drain(config.drainTimeoutMs);
      if (cut) log(`Stopped waiting after ${config.drainTimeoutMs} ms: ${cut} request(s) in flight were cut`);
      await intake.drain();
    });
  }

  return {
    url,
    database,
    queue,
    instruments,
    versionIds,
    metrics,
    metricsUrl: metricsServer?.url ?? null,
    idle: () => inProcess?.idle() ?? Promise.resolve(),
    async stop() {
      for (const close of closers.reverse()) await close();
      await events.close();
      await queue.close();
      mail.close(); // after the queue: in-process jobs may still be sending
      if (!overrides.database) await database.close();
    },
  };
}
