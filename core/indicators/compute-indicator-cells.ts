import { cellsFromStats, type UnitLevel } from './cells-from-stats';
import type { IndicatorCell } from './indicator-cell';
import type { InstrumentIndicators } from './indicator-definition';
import { tableFromAnswers } from './score-response';

// Declared in its own file so anonymity/ can use it without an import cycle.
export type { IndicatorCell } from './indicator-cell';

/**
 * Every indicator of the instrument for the given responses, as published: its total cell, then one
 * cell per group of each breakdown it lists (municipality-only breakdowns at that level only), with
 * small-cell and complementary suppression at the indicator's own threshold.
 */
export function computeIndicatorCells(
  instrument: InstrumentIndicators,
  answersList: Record<string, unknown>[],
  level: UnitLevel = 'unit',
  population: number | null = null,
): IndicatorCell[] {
  return cellsFromStats(instrument, tableFromAnswers(instrument, answersList), level, population)
    .filter((cell) => !cell.internal)
    .map(({ stats: _stats, population: _population, internal: _internal, ...cell }) => cell);
}
