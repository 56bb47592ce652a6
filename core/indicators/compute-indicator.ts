import { wilsonInterval } from '../statistics/wilson-interval';
import type { IndicatorDefinition } from './indicator-definition';
import { satisfiesComparison } from './satisfies-comparison';
import { scoreRespondent } from './score-respondent';

/** A share indicator for one group: k of n counted respondents meet the condition. */
export interface IndicatorEstimate {
  n: number;
  k: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * n = respondents with a score (enough items answered), k = those whose score meets
 * `measure.condition`; value = k/n with its Wilson 95 % interval, all null when n = 0.
 */
export function computeIndicator(
  def: IndicatorDefinition,
  itemScores: Record<string, Record<string, number>>,
  answersList: Record<string, unknown>[],
): IndicatorEstimate {
  const { op, value: threshold } = def.measure.condition;
  let n = 0;
  let k = 0;
  for (const answers of answersList) {
    const score = scoreRespondent(def.score, itemScores, answers);
    if (score === null) continue;
    n += 1;
    if (satisfiesComparison(score, op, threshold)) k += 1;
  }
  if (n === 0) return { n, k, value: null, ciLow: null, ciHigh: null };
  const { low, high } = wilsonInterval(k, n);
  return { n, k, value: k / n, ciLow: low, ciHigh: high };
}
