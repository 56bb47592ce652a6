import { satisfiesComparison } from '../indicators/satisfies-comparison';
import { partsOf, type GoalRule, type ThresholdRule } from './goal-rule';

export type GoalStatus = 'met' | 'not-met' | 'uncertain' | 'no-data' | 'hidden';

/** What a threshold goal reads from an indicator value (an IndicatorCell fits). */
export interface GoalEstimate {
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/**
 * hidden: anonymity suppressed the value; no-data: nobody counted; uncertain: the 95 % interval
 * contains the target, so the data cannot tell met from not met (PRODUCT.md, goals);
 * otherwise met when `value op target`. A value without an interval is judged on the value alone.
 */
export function evaluateThresholdGoal(rule: ThresholdRule, estimate: GoalEstimate): GoalStatus {
  if (estimate.suppressed) return 'hidden';
  const { value, ciLow, ciHigh } = estimate;
  if (estimate.n === 0 || value === null) return 'no-data';
  if (ciLow !== null && ciHigh !== null && ciLow <= rule.target && rule.target <= ciHigh) return 'uncertain';
  return satisfiesComparison(value, rule.op, rule.target) ? 'met' : 'not-met';
}

/**
 * The status a recompute stores: what this round alone can tell (hidden, no data, the threshold
 * parts). Trend and benchmark parts need other rounds or data and are judged when read (judgeGoal).
 */
export function statusFromThisRound(rule: GoalRule, estimate: GoalEstimate): GoalStatus {
  const thresholds = partsOf(rule).filter((p): p is ThresholdRule => p.type === 'threshold');
  const statuses = thresholds.map((part) => evaluateThresholdGoal(part, estimate));
  if (thresholds.length === 0) {
    if (estimate.suppressed) return 'hidden';
    return estimate.n === 0 || estimate.value === null ? 'no-data' : 'uncertain';
  }
  for (const status of ['hidden', 'no-data', 'not-met', 'uncertain'] as const)
    if (statuses.includes(status)) return status;
  return 'met';
}
