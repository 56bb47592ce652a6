import { suppressComplements } from '../anonymity/complementary-suppression';
import { suppressSmallCells } from '../anonymity/suppress-small-cells';
import { InvalidDefinition } from '../errors';
import { computeIndicator } from './compute-indicator';
import type { IndicatorCell } from './indicator-cell';
import {
  minGroupSizeOf,
  type BreakdownDefinition,
  type IndicatorDefinition,
  type InstrumentIndicators,
} from './indicator-definition';

// Declared in its own file so anonymity/ can use it without an import cycle.
export type { IndicatorCell } from './indicator-cell';

/**
 * Every indicator of the instrument for the given responses: its total cell, then one cell per
 * observed value of each breakdown it lists (municipality-only breakdowns at that level only), with
 * small-cell and complementary suppression at the indicator's own threshold.
 */
export function computeIndicatorCells(
  instrument: InstrumentIndicators,
  answersList: Record<string, unknown>[],
  level: 'municipality' | 'unit' = 'unit',
): IndicatorCell[] {
  return instrument.indicators.flatMap((indicator) => {
    const min = minGroupSizeOf(instrument, indicator);
    const cells = indicatorCells(instrument, indicator, answersList, level);
    return suppressComplements(suppressSmallCells(cells, min), min);
  });
}

function indicatorCells(
  instrument: InstrumentIndicators,
  indicator: IndicatorDefinition,
  answersList: Record<string, unknown>[],
  level: 'municipality' | 'unit',
): IndicatorCell[] {
  const cell = (breakdownKey: string, breakdownValue: string, group: Record<string, unknown>[]) => ({
    indicatorKey: indicator.key,
    breakdownKey,
    breakdownValue,
    suppressed: false,
    ...computeIndicator(indicator, instrument.itemScores, group),
  });
  const cells: IndicatorCell[] = [cell('', '', answersList)];
  for (const key of indicator.breakdowns) {
    const breakdown = findBreakdown(instrument, indicator, key);
    if (breakdown.shownAt === 'municipality' && level !== 'municipality') continue;
    for (const [value, group] of groupByAnswer(breakdown, answersList)) cells.push(cell(key, value, group));
  }
  return cells;
}

function findBreakdown(
  instrument: InstrumentIndicators,
  indicator: IndicatorDefinition,
  key: string,
): BreakdownDefinition {
  const breakdown = instrument.breakdowns.find((b) => b.key === key);
  if (breakdown === undefined) {
    const source = `${instrument.instrument.key} v${instrument.instrument.version}`;
    throw new InvalidDefinition(
      source,
      `indicators.${indicator.key}.breakdowns`,
      `unknown breakdown "${key}"`,
    );
  }
  return breakdown;
}

/** Respondents by String(answer) to the breakdown question, sorted by value; no answer → no group. */
function groupByAnswer(
  breakdown: BreakdownDefinition,
  answersList: Record<string, unknown>[],
): [string, Record<string, unknown>[]][] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const answers of answersList) {
    const answer = answers[breakdown.question];
    if (answer === undefined || answer === null || answer === '') continue;
    const value = String(answer);
    const group = groups.get(value);
    if (group === undefined) groups.set(value, [answers]);
    else group.push(answers);
  }
  return [...groups.entries()].sort(([a], [b]) => compareBreakdownValues(a, b));
}

/** Numeric values in numeric order ("2" before "10") and before any text; text by code point. */
function compareBreakdownValues(a: string, b: string): number {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function asNumber(value: string): number | null {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : null;
}
