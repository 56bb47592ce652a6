import { suppressSmallCells } from '../../core/anonymity/suppress-small-cells';
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
  const base = { goalId: goal.id, roundId: round.id, unitId };
  const definition = instrument.indicators.indicators.find((i) => i.key === goal.indicatorKey);
  const stats = definition
    ? goalStats(instrument.indicators, definition, goal.breakdownFilter, table, level)
    : null;
  if (!definition || stats === null)
    return { ...base, status: 'no-data', n: 0, value: null, ciLow: null, ciHigh: null, ...noStats };
  // A filtered group is corrected where its population is known: grades that are whole classes.
  const filter = goal.breakdownFilter;
  const corrected =
    filter === null
      ? population.whole
      : population.groups(goal.indicatorKey, filter.breakdownKey, filter.values);
  const estimate = estimateFromStats(definition, stats, corrected);
  const [shown] = suppressSmallCells(
    [{ ...estimate, suppressed: false }],
    minGroupSizeOf(instrument.indicators, definition),
  );
  return {
    ...base,
    status: statusFromThisRound(goal.rule, shown!),
    n: shown!.n,
    value: shown!.value,
    ciLow: shown!.ciLow,
    ciHigh: shown!.ciHigh,
    stats: { ...stats },
    population: corrected,
    definitionHash: instrument.definitionHashes.get(goal.indicatorKey) ?? '',
  };
}

const noStats = { stats: emptyStats(), population: null, definitionHash: '' };
