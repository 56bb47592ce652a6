import type { Queue } from 'bullmq';
import type { z } from 'zod';

/** A job is a name and a payload schema; both processes import the same definition. */
export interface JobDefinition<S extends z.ZodType> {
  name: string;
  schema: S;
  /** Jobs with the same key are coalesced: at most one runs and one waits (with the latest data). */
  deduplicationKey: (data: z.infer<S>) => string;
  /**
   * Through Redis, a job waits this long before it runs; jobs with its key added meanwhile are
   * absorbed into it. Trades that much latency for far fewer runs under sustained intake.
   */
  batchDelayMs?: number;
  /**
   * While jobs with one key are asked for faster than `perSecond` (a round at its peak, every class
   * answering), wait `delayMs` instead: each run then covers more units, whose shared ancestors and
   * goals are written once for all of them. Low traffic keeps `batchDelayMs`.
   */
  busyBatchDelay?: { perSecond: number; delayMs: number };
}

/** How long a job of this definition waits in the queue, given how often its key is asked for now. */
export function batchDelayFor(definition: JobDefinition<z.ZodType>, requestsPerSecond: number): number {
  const busy = definition.busyBatchDelay;
  if (busy && requestsPerSecond > busy.perSecond) return busy.delayMs;
  return definition.batchDelayMs ?? 0;
}

/** Options of one enqueue: what the caller knows of the traffic on the job's key. */
export interface EnqueueOptions {
  /** Requests for this key per second, recently (the coalescing queue counts them). */
  requestsPerSecond?: number;
  /** The HTTP request that asked for the job: its id goes with the job into the worker's job line. */
  requestId?: string;
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

export interface JobContext {
  /** 0-100, shown to staff for long jobs. */
  reportProgress(percent: number): Promise<void>;
}

/** An engine-neutral handler: it never sees a BullMQ Job, so it runs the same in-process. */
export interface JobHandler<S extends z.ZodType = z.ZodType> {
  definition: JobDefinition<S>;
  handle(data: z.infer<S>, ctx: JobContext): Promise<void>;
}

export type JobHandlers = ReadonlyMap<string, JobHandler>;

export function jobHandlers(...handlers: JobHandler[]): JobHandlers {
  return new Map(handlers.map((h) => [h.definition.name, h]));
}

/** What the server needs from a queue: put a job on it. */
export interface JobQueue {
  kind: 'redis' | 'in-process';
  enqueue<S extends z.ZodType>(
    definition: JobDefinition<S>,
    data: z.infer<S>,
    options?: EnqueueOptions,
  ): Promise<void>;
  /**
   * Runs the job now and then every `everyMs`, as long as a worker is up. Through Redis the
   * schedule is kept there (one per job name, however many workers ask for it).
   */
  schedule<S extends z.ZodType>(
    definition: JobDefinition<S>,
    data: z.infer<S>,
    everyMs: number,
  ): Promise<void>;
  /** For health checks: can a job be queued right now? */
  ping(): Promise<void>;
  /** For metrics: jobs by state, and how long the oldest waiting one has waited. */
  stats(): Promise<QueueStats>;
  /** The BullMQ queues behind this one, for the administrators' queue board; absent in-process. */
  bullQueues?(): Queue[];
  close(): Promise<void>;
}

export interface QueueStats {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Seconds since the oldest job that is ready to run (not delayed on purpose) was queued; 0 if none. */
  oldestWaitingSeconds: number;
}
