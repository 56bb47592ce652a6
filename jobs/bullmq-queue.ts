import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import type { z } from 'zod';
import { QUEUE_NAME } from './contracts';
import {
  batchDelayFor,
  type EnqueueOptions,
  type JobDefinition,
  type JobQueue,
  type QueueStats,
} from './define-job';
import { withTimeout } from './with-timeout';

const ENQUEUE_TIMEOUT_MS = 2000;

export interface RedisTarget {
  url: string;
  prefix: string;
}

/**
 * The producer side of BullMQ. With Redis down, `enqueue` fails fast instead of waiting in
 * ioredis' offline queue: the caller has already committed a durable recompute marker, which
 * the worker's sweeper turns into a job once Redis is back.
 */
export function createBullmqQueue(target: RedisTarget): JobQueue {
  const connection = new IORedis(target.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  connection.on('error', () => undefined); // reported through failed enqueues and /healthz
  const queue = new Queue(QUEUE_NAME, { connection, prefix: target.prefix });
  queue.on('error', () => undefined);

  return {
    kind: 'redis',
    async enqueue<S extends z.ZodType>(
      definition: JobDefinition<S>,
      data: z.infer<S>,
      options: EnqueueOptions = {},
    ) {
      const payload = definition.schema.parse(data);
      // The request's id rides along for the worker's job line (job-observer.ts); the handler's schema drops it.
      const withMeta = options.requestId ? { ...(payload as object), requestId: options.requestId } : payload;
      // BullMQ waits for a connection before adding; a respondent must not wait for Redis.
      await withTimeout(
        ENQUEUE_TIMEOUT_MS,
        'the queue did not answer',
        queue.add(definition.name, withMeta, {
          // keepLastIfActive: a job added while one with the same key runs is kept and runs next,
          // so responses that arrive during a recompute are always counted.
          deduplication: { id: definition.deduplicationKey(payload), keepLastIfActive: true },
          delay: batchDelayFor(definition, options.requestsPerSecond ?? 0),
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        }),
      );
    },
    async schedule<S extends z.ZodType>(definition: JobDefinition<S>, data: z.infer<S>, everyMs: number) {
      const payload = definition.schema.parse(data);
      // An upsert: every worker start calls it, and the one scheduler per name takes the latest
      // interval. With Redis away the caller stops waiting, but BullMQ adds it once Redis is back.
      await withTimeout(
        ENQUEUE_TIMEOUT_MS,
        'the queue did not answer',
        queue.upsertJobScheduler(
          definition.name,
          { every: everyMs },
          { name: definition.name, data: payload, opts: { removeOnComplete: 100, removeOnFail: 500 } },
        ),
      );
    },
    async ping() {
      await withTimeout(ENQUEUE_TIMEOUT_MS, 'Redis did not answer', connection.ping());
    },
    async stats() {
      return withTimeout(ENQUEUE_TIMEOUT_MS, 'Redis did not answer', bullmqStats(queue));
    },
    bullQueues: () => [queue],
    async close() {
      // With Redis away, BullMQ's close waits for a connection that may never come.
      await withTimeout(5000, 'queue close timed out', queue.close()).catch(() => undefined);
      connection.disconnect();
    },
  };
}

async function bullmqStats(queue: Queue): Promise<QueueStats> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
  // The wait list's oldest end (asc): a delayed job joins it when due, stamped with when it was added.
  const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    failed: counts.failed ?? 0,
    oldestWaitingSeconds: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0,
  };
}
