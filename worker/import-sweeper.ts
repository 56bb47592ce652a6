import type { Db } from '../db/database';
import { listUnfinishedMeasuredImports } from '../db/repositories/measured-imports';
import { listUnfinishedSickLeaveImports } from '../db/repositories/sick-leave-imports';
import { importMeasuredJob, importSickLeaveJob } from '../jobs/contracts';
import type { JobQueue } from '../jobs/define-job';
import { startPeriodicSweep } from './periodic-sweep';

export interface ImportSweeperOptions {
  db: Db;
  queue: JobQueue;
  intervalMs: number;
  /** A queued import younger than this most likely has its job queued already. */
  staleAfterMs: number;
  onError: (error: unknown) => void;
}

/** Each kind of import: how to find its unfinished uploads, and the job that runs one. */
const KINDS = [
  { unfinished: listUnfinishedSickLeaveImports, job: importSickLeaveJob },
  { unfinished: listUnfinishedMeasuredImports, job: importMeasuredJob },
];

/**
 * Every accepted upload (sick leave, measured figures) is stored before its job is queued, so none
 * is lost when Redis is away or a process stops: this turns queued imports without a job back into
 * jobs, and at the start also those a stopped process left running. The job's key (one per import)
 * keeps a still-queued job from running twice; a finished import ignores a late one.
 */
export function startImportSweeper(options: ImportSweeperOptions): {
  sweepOnce(atStart?: boolean): Promise<number>;
  close(): void;
} {
  return startPeriodicSweep(async (atStart = false) => {
    const queuedForMs = atStart ? 0 : options.staleAfterMs;
    let queued = 0;
    for (const { unfinished, job } of KINDS) {
      const ids = await unfinished(options.db, { queuedForMs, running: atStart });
      for (const importId of ids) await options.queue.enqueue(job, { importId });
      queued += ids.length;
    }
    return queued;
  }, options);
}
