import { UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAME } from '../jobs/contracts';
import type { JobHandlers } from '../jobs/define-job';
import { JobMeta, roundIdOf, runObserved, unobserved, type JobObserver } from '../jobs/job-observer';
import type { RedisTarget } from '../jobs/bullmq-queue';
import { withTimeout } from '../jobs/with-timeout';

export interface BullmqWorkerOptions {
  redis: RedisTarget;
  handlers: JobHandlers;
  concurrency: number;
  onError: (error: unknown) => void;
  /** Told of every run's end (its job line and metrics); failed runs are reported there, not to onError. */
  observer?: JobObserver;
}

/** Runs the engine-neutral handlers under BullMQ: parse → handle; a malformed payload is not retried. */
export function startBullmqWorker(options: BullmqWorkerOptions): { close(): Promise<void> } {
  const connection = new IORedis(options.redis.url, { maxRetriesPerRequest: null });
  connection.on('error', () => undefined);
  const worker = new Worker(
    QUEUE_NAME,
    async (job) => {
      const run = {
        name: job.name,
        roundId: roundIdOf(job.data),
        requestId: JobMeta.safeParse(job.data).data?.requestId,
        queuedAt: job.timestamp,
        attempt: job.attemptsMade + 1,
      };
      await runObserved(options.observer ?? unobserved, run, async () => {
        const handler = options.handlers.get(job.name);
        if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
        const parsed = handler.definition.schema.safeParse(job.data);
        if (!parsed.success)
          throw new UnrecoverableError(`malformed ${job.name} payload: ${parsed.error.message}`);
        await handler.handle(parsed.data, { reportProgress: (percent) => job.updateProgress(percent) });
      });
    },
    { connection, prefix: options.redis.prefix, concurrency: options.concurrency },
  );
  worker.on('error', options.onError);
  // A run that threw is reported by the observer, when there is one; a stall happens outside any run.
  if (!options.observer) worker.on('failed', (_job, error) => options.onError(error));
  worker.on('stalled', (jobId) =>
    options.onError(new Error(`job ${jobId} stalled: its worker stopped; it runs again`)),
  );
  return {
    async close() {
      // Graceful when Redis is there: running jobs finish. With Redis away there are none, and a
      // graceful close would wait for a connection that may never come (a second close call only
      // joins the first, so the choice is made up front).
      const closing = connection.status === 'ready' ? worker.close() : worker.close(true);
      await withTimeout(30_000, 'worker close timed out', closing).catch(() => undefined);
      connection.disconnect();
    },
  };
}
