import { listUnfinishedMeasuredImports } from '../db/repositories/measured-imports';
import { importMeasuredJob } from '../jobs/contracts';
import { startPeriodicSweep } from './periodic-sweep';
import type { SickLeaveImportSweeperOptions } from './sick-leave-import-sweeper';

/**
 * Queued measured imports without a job (Redis away at the upload) become jobs again, and at the
 * start also those a stopped process left running, as for sick leave (sick-leave-import-sweeper.ts).
 */
export function startMeasuredImportSweeper(options: SickLeaveImportSweeperOptions): {
  sweepOnce(atStart?: boolean): Promise<number>;
  close(): void;
} {
  return startPeriodicSweep(async (atStart = false) => {
    const queuedForMs = atStart ? 0 : options.staleAfterMs;
    const ids = await listUnfinishedMeasuredImports(options.db, { queuedForMs, running: atStart });
    for (const importId of ids) await options.queue.enqueue(importMeasuredJob, { importId });
    return ids.length;
  }, options);
}
