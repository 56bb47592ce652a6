import type { Db } from '../db/database';
import { listUnfinishedSickLeaveImports } from '../db/repositories/sick-leave-imports';
import { importSickLeaveJob } from '../jobs/contracts';
import type { JobQueue } from '../jobs/define-job';
import { startPeriodicSweep } from './periodic-sweep';

export interface SickLeaveImportSweeperOptions {
  db: Db;
  queue: JobQueue;
  intervalMs: number;
  /** A queued import younger than this most likely has its job queued already. */
  staleAfterMs: number;
  onError: (error: unknown) => void;
}

/**
 * Every accepted upload is stored before its job is queued, so none is lost when Redis is away or
 * a process stops: this turns queued imports without a job back into jobs, and at the start also
 * those a stopped process left running. The job's key (one per import) keeps a still-queued job
 * from running twice; a finished import ignores a late one.
 */
export function startSickLeaveImportSweeper(options: SickLeaveImportSweeperOptions): {
  sweepOnce(atStart?: boolean): Promise<number>;
  close(): void;
} {
  return startPeriodicSweep(async (atStart = false) => {
    const queuedForMs = atStart ? 0 : options.staleAfterMs;
    const ids = await listUnfinishedSickLeaveImports(options.db, { queuedForMs, running: atStart });
    for (const importId of ids) await options.queue.enqueue(importSickLeaveJob, { importId });
    return ids.length;
  }, options);
}
