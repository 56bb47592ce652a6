import type { Db } from '../db/database';
import { listRoundsOwingFinalRelease } from '../db/repositories/releases';
import { releaseRoundJob } from '../jobs/contracts';
import type { JobQueue } from '../jobs/define-job';
import { startPeriodicSweep } from './periodic-sweep';

export interface ReleaseSweeperOptions {
  db: Db;
  queue: JobQueue;
  intervalMs: number;
  now: () => Date;
  onError: (error: unknown) => void;
}

/**
 * Every closed round with responses gets its final release: a round closes by the calendar, with
 * nobody to ask for it, and a release job lost with Redis is asked for again on the next sweep.
 */
export function startReleaseSweeper(options: ReleaseSweeperOptions): {
  sweepOnce(): Promise<number>;
  close(): void;
} {
  return startPeriodicSweep(async () => {
    const today = options.now().toISOString().slice(0, 10);
    const owing = await listRoundsOwingFinalRelease(options.db, today);
    for (const roundId of owing) await options.queue.enqueue(releaseRoundJob, { roundId, kind: 'final' });
    return owing.length;
  }, options);
}
