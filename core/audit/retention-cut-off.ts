/**
 * The default keeps a yearly review able to see the whole previous year plus a month: 365 + 35
 * days. Thirty days is the least, so no installation purges what last month's review needs.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 400;
export const MIN_AUDIT_RETENTION_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The oldest moment (epoch ms) the trail still keeps: events strictly before it are purged. Counted in
 * whole 24-hour days back from `now` (UTC, so a change to or from summer time moves nothing).
 */
export function retentionCutOff(now: { getTime(): number }, retentionDays: number): number {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS)
    throw new RangeError(`retention must be a whole number of at least ${MIN_AUDIT_RETENTION_DAYS} days`);
  return now.getTime() - retentionDays * DAY_MS;
}
