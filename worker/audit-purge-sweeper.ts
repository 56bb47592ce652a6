import { retentionCutOff } from '../core/audit/retention-cut-off';
import type { Db } from '../db/database';
import { purgeAuditEvents } from '../db/repositories/audit-events';
import { startPeriodicSweep } from './periodic-sweep';

/** A purge an hour is plenty for a retention counted in days, and costs one scan of the table. */
const PURGE_EVERY_MS = 3_600_000;

export interface AuditPurgeSweeperOptions {
  db: Db;
  retentionDays: number;
  intervalMs: number;
  now: () => Date;
  onError: (error: unknown) => void;
}

/**
 * Deletes audit events older than the retention period. It rides the worker's periodic sweep but
 * purges at most once an hour by the clock it is given, so a test that moves the clock on sees
 * the purge at the next tick.
 */
export function startAuditPurgeSweeper(options: AuditPurgeSweeperOptions): {
  sweepOnce(): Promise<number>;
  close(): void;
} {
  let lastPurge: number | null = null;
  return startPeriodicSweep(async () => {
    const now = options.now();
    if (lastPurge !== null && Math.abs(now.getTime() - lastPurge) < PURGE_EVERY_MS) return 0;
    const deleted = await purgeAuditEvents(options.db, new Date(retentionCutOff(now, options.retentionDays)));
    lastPurge = now.getTime();
    return deleted;
  }, options);
}
