import type { Db } from '../db/database';
import { listStaleRecomputeRounds } from '../db/repositories/recompute-requests';
import { recomputeRoundJob } from '../jobs/contracts';
import type { JobQueue } from '../jobs/define-job';
import { startPeriodicSweep } from './periodic-sweep';

export interface SweeperOptions {
  db: Db;
  queue: JobQueue;
  intervalMs: number;
  /** A marker younger than this most likely has its job queued already. */
  staleAfterMs: number;
  onError: (error: unknown) => void;
}

/**
 * Turns durable recompute markers whose job was lost (Redis down when the response came, a
 * crashed worker) back into jobs. Deduplication makes a marker whose job is still queued harmless.
 */
export function startRecomputeSweeper(options: SweeperOptions): {
  sweepOnce(): Promise<number>;
  close(): void;
} {
  return startPeriodicSweep(async () => {
    const stale = await listStaleRecomputeRounds(options.db, options.staleAfterMs);
    for (const round of stale) await options.queue.enqueue(recomputeRoundJob, round);
    return stale.length;
  }, options);
}
