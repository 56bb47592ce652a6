import { satisfiesComparison } from '../indicators/satisfies-comparison';
import type { GoalRule } from './goal-rule';

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
export function evaluateThresholdGoal(rule: GoalRule, estimate: GoalEstimate): GoalStatus {
  if (estimate.suppressed) return 'hidden';
  const { value, ciLow, ciHigh } = estimate;
  if (estimate.n === 0 || value === null) return 'no-data';
  if (ciLow !== null && ciHigh !== null && ciLow <= rule.target && rule.target <= ciHigh) return 'uncertain';
  return satisfiesComparison(value, rule.op, rule.target) ? 'met' : 'not-met';
}
