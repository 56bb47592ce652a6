import { tooSmallToShow } from '../../core/anonymity/suppress-small-cells';
import { statusFromThisRound } from '../../core/goals/evaluate-goal';
import { goalStats } from '../../core/goals/goal-stats';
import type { GroupPopulation } from '../../core/indicators/cells-from-stats';
import { estimateFromStats } from '../../core/indicators/estimate-from-stats';
import { minGroupSizeOf } from '../../core/indicators/indicator-definition';
import { emptyStats, type StatsTable } from '../../core/indicators/indicator-stats';
import type { LoadedInstrument } from '../../db/instrument-cache';
import type { Goal, GoalEvaluation } from '../../db/repositories/goals';
import type { Round } from '../../db/repositories/rounds';

/**
 * A goal's measurement at one unit in one round: value, interval and the status this round alone
 * gives, plus the statistics a trend rule compares with the next round (kept internal).
 */
export function measureGoal(
  goal: Goal,
  instrument: LoadedInstrument,
  round: Round,
  unitId: string,
  table: StatsTable,
  level: 'municipality' | 'unit',
  population: { whole: number | null; groups: GroupPopulation },
): GoalEvaluation {
  const definition = instrument.indicators.indicators.find((i) => i.key === goal.indicatorKey);
  const stats = definition
    ? goalStats(instrument.indicators, definition, goal.breakdownFilter, table, level)
    : null;
  if (!definition || stats === null)
    return {
      goalId: goal.id,
      roundId: round.id,
      unitId,
      status: 'no-data',
      n: 0,
      value: null,
      ciLow: null,
      ciHigh: null,
      stats: emptyStats(),
      population: null,
      definitionHash: '',
    };
  // A filtered group is corrected where its population is known: grades that are whole classes.
  const filter = goal.breakdownFilter;
  const corrected =
    filter === null
      ? population.whole
      : population.groups(goal.indicatorKey, filter.breakdownKey, filter.values);
  const estimate = estimateFromStats(definition, stats, corrected);
  // Primary suppression without suppressSmallCells' array and copies: a national full recompute
  // measures 64,000 goals.
  const min = minGroupSizeOf(instrument.indicators, definition);
  const hidden = tooSmallToShow(estimate.n, min);
  const shown = {
    n: estimate.n,
    value: hidden ? null : estimate.value,
    ciLow: hidden ? null : estimate.ciLow,
    ciHigh: hidden ? null : estimate.ciHigh,
    suppressed: hidden,
  };
  return {
    goalId: goal.id,
    roundId: round.id,
    unitId,
    status: statusFromThisRound(goal.rule, shown),
    n: shown.n,
    value: shown.value,
    ciLow: shown.ciLow,
    ciHigh: shown.ciHigh,
    stats: { n: stats.n, k: stats.k, sum: stats.sum, sumSq: stats.sumSq },
    population: corrected,
    definitionHash: instrument.definitionHashes.get(goal.indicatorKey) ?? '',
  };
}
