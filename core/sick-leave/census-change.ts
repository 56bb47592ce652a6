import type { RoundChange } from '../indicators/compare-rounds';

/**
 * The change between two sick-leave rates. Payroll data count every employee's every day, so the
 * difference is exact: its interval is the point itself, and any fall is an improvement (lower is
 * better). A survey's change has a 95 % interval instead (compare-rounds.ts). Measured without
 * error, a difference is certain (p = 0) and no difference is none (p = 1).
 */
export function censusChange(current: number, previous: number): RoundChange {
  const change = current - previous;
  const verdict = change < 0 ? 'improved' : change > 0 ? 'worsened' : 'no-detectable-change';
  return { comparable: true, change, ciLow: change, ciHigh: change, verdict, pValue: change === 0 ? 1 : 0 };
}
