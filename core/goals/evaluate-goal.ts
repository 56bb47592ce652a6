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
 * hidden: anonymity suppressed the value; no-data: nobody counted; met when every value in the 95 %
 * interval meets the target, not met when none does, otherwise uncertain: the data cannot tell
 * (PRODUCT.md, goals). A census has an interval of width 0 and is judged on its value: 21 of 24
 * pupils is 87.5 %, which meets "at least 87.5 %" and not "above 87.5 %". A value without an
 * interval is judged on the value alone.
 */
export function evaluateThresholdGoal(rule: ThresholdRule, estimate: GoalEstimate): GoalStatus {
  if (estimate.suppressed) return 'hidden';
  const { value, ciLow, ciHigh } = estimate;
  if (estimate.n === 0 || value === null) return 'no-data';
  if (ciLow === null || ciHigh === null)
    return satisfiesComparison(value, rule.op, rule.target) ? 'met' : 'not-met';
  const lowMeets = satisfiesComparison(ciLow, rule.op, rule.target);
  const highMeets = satisfiesComparison(ciHigh, rule.op, rule.target);
  if (lowMeets && highMeets) return 'met';
  // The comparisons are monotone: what both ends say, every value between them says.
  if (!lowMeets && !highMeets) return 'not-met';
  return 'uncertain';
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
