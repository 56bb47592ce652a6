import type { UnitLevel } from '../indicators/cells-from-stats';
import type { IndicatorDefinition, InstrumentIndicators } from '../indicators/indicator-definition';
import { addStats, emptyStats, type IndicatorStats, type StatsTable } from '../indicators/indicator-stats';
import type { BreakdownFilter } from './goal-rule';

/**
 * The statistics a goal is judged on at one unit: the indicator's total, or with a breakdown filter
 * (e.g. grades 1, 6 and 9) its groups in the filter added together. null when the filter cannot be
 * answered there: a breakdown the indicator does not list, or one shown at municipality level only.
 */
export function goalStats(
  instrument: InstrumentIndicators,
  indicator: IndicatorDefinition,
  filter: BreakdownFilter | null,
  table: StatsTable,
  level: UnitLevel,
): IndicatorStats | null {
  if (filter === null) return table.find(indicator.key, '', '')?.stats ?? emptyStats();
  const breakdown = instrument.breakdowns.find((b) => b.key === filter.breakdownKey);
  if (breakdown === undefined || !indicator.breakdowns.includes(breakdown.key)) return null;
  if (breakdown.shownAt === 'municipality' && level !== 'municipality') return null;
  const pooled = emptyStats();
  for (const value of new Set(filter.values)) {
    const cell = table.find(indicator.key, breakdown.key, value);
    if (cell) addStats(pooled, cell.stats);
  }
  return pooled;
}
