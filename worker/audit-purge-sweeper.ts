import { retentionCutOff } from '../core/audit/retention-cut-off';
import type { Db } from '../db/database';
import { purgeAuditEvents } from '../db/repositories/audit-events';
import { startClockedSweep } from './periodic-sweep';

/** A purge an hour is plenty for a retention counted in days, and costs one scan of the table. */
const PURGE_EVERY_MS = 3_600_000;

export interface AuditPurgeSweeperOptions {
  db: Db;
  retentionDays: number;
  intervalMs: number;
  now: () => Date;
  onError: (error: unknown) => void;
}

/** Deletes audit events older than the retention period, at most once an hour by the clock given. */
export function startAuditPurgeSweeper(options: AuditPurgeSweeperOptions): {
  sweepOnce(): Promise<number>;
  close(): void;
} {
  return startClockedSweep(
    PURGE_EVERY_MS,
    (now) => purgeAuditEvents(options.db, new Date(retentionCutOff(now, options.retentionDays))),
    options,
  );
}
