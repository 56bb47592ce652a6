import { tInterval } from '../../core/statistics/t-interval';
import { wilsonInterval } from '../../core/statistics/wilson-interval';
import type { IndicatorEstimate } from '../../core/indicators/estimate-from-stats';
import type { IndicatorDefinition } from '../../core/indicators/indicator-definition';
import { satisfiesComparison } from '../../core/indicators/satisfies-comparison';
import { scoreRespondent } from '../../core/indicators/score-respondent';

const NO_DATA = { n: 0, value: null, ciLow: null, ciHigh: null };

/**
 * A share has its Wilson 95 % interval (better than Wald for small n and shares near 0 or 1);
 * a mean its t-interval. Everything is null when no respondent has a score.
 */
/** Reference implementation for tests: scores every respondent and uses simple-statistics on the raw scores. */
export function referenceIndicator(
  def: IndicatorDefinition,
  itemScores: Record<string, Record<string, number>>,
  answersList: Record<string, unknown>[],
): IndicatorEstimate {
  const scores: number[] = [];
  for (const answers of answersList) {
    const score = scoreRespondent(def.score, itemScores, answers);
    if (score !== null) scores.push(score);
  }
  if (def.measure.type === 'mean') {
    if (scores.length === 0) return { ...NO_DATA, k: null };
    const { n, mean, low, high } = tInterval(scores);
    if (n >= 2 && scores.every((x) => x === scores[0])) {
      // All alike: bound by the share that could differ (binomial, 2.5 % each side) times the
      // distance to the scale's ends, the scale read off the item scores here.
      const all = def.score.itemSets.flat().flatMap((item) => Object.values(itemScores[item] ?? {}));
      const q = 1 - Math.pow(0.025, 1 / n);
      const [bottom, top] = [Math.min(...all), Math.max(...all)];
      return { n, k: null, value: mean, ciLow: mean - q * (mean - bottom), ciHigh: mean + q * (top - mean) };
    }
    return { n, k: null, value: mean, ciLow: low, ciHigh: high };
  }
  const { op, value: threshold } = def.measure.condition;
  const k = scores.filter((score) => satisfiesComparison(score, op, threshold)).length;
  if (scores.length === 0) return { ...NO_DATA, k: 0 };
  const { low, high } = wilsonInterval(k, scores.length);
  return { n: scores.length, k, value: k / scores.length, ciLow: low, ciHigh: high };
}
