import { z } from 'zod';

/**
 * What goes with a job besides its payload, in BullMQ's job data next to it: the id of the HTTP
 * request that asked for it. Handlers never see it (their schemas drop unknown keys).
 */
export const JobMeta = z.object({
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/)
    .optional(),
});
export type JobMeta = z.infer<typeof JobMeta>;

/** One run of a job, as the dispatcher (BullMQ worker or in-process queue) saw it. */
export interface JobRun {
  name: string;
  /** The payload's round, when it has one: ids only, never the payload itself. */
  roundId?: string;
  requestId?: string;
  /** When the job was queued (ms since the epoch): the run's finish minus this is its lag. */
  queuedAt: number;
  attempt: number;
}

export type JobOutcome = 'completed' | 'failed';

/** Told of every run's end: the job's log line and its metrics (main/job-observation.ts). */
export interface JobObserver {
  finished(run: JobRun, outcome: JobOutcome, durationMs: number, error?: unknown): void;
}

export const unobserved: JobObserver = { finished: () => undefined };

/** The job's run, timed and reported to the observer whatever its outcome; its error is rethrown. */
export async function runObserved(
  observer: JobObserver,
  run: JobRun,
  work: () => Promise<void>,
): Promise<void> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    observer.finished(run, 'failed', performance.now() - started, error);
    throw error;
  }
  observer.finished(run, 'completed', performance.now() - started);
}

/** The round a payload names, if any: payloads carry ids only (jobs/contracts.ts). */
export const roundIdOf = (data: unknown): string | undefined => {
  const roundId = (data as { roundId?: unknown } | null)?.roundId;
  return typeof roundId === 'string' ? roundId : undefined;
};
