import { estimateFromStats, type IndicatorEstimate } from './estimate-from-stats';
import type { IndicatorDefinition } from './indicator-definition';
import { emptyStats } from './indicator-stats';
import { satisfiesComparison } from './satisfies-comparison';
import { scoreRespondent } from './score-respondent';

export type { IndicatorEstimate } from './estimate-from-stats';

/** One indicator over a list of responses: their statistics, then the estimate with its interval. */
export function computeIndicator(
  def: IndicatorDefinition,
  itemScores: Record<string, Record<string, number>>,
  answersList: Record<string, unknown>[],
  population: number | null = null,
): IndicatorEstimate {
  const stats = emptyStats();
  for (const answers of answersList) {
    const score = scoreRespondent(def.score, itemScores, answers);
    if (score === null) continue;
    stats.n += 1;
    stats.sum += score;
    stats.sumSq += score * score;
    if (
      def.measure.type === 'share' &&
      satisfiesComparison(score, def.measure.condition.op, def.measure.condition.value)
    )
      stats.k += 1;
  }
  return estimateFromStats(def, stats, population);
}
