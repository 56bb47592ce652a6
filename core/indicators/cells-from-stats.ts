import { suppressComplements } from '../anonymity/complementary-suppression';
import { suppressCell, tooSmallToShow } from '../anonymity/suppress-small-cells';
import { InvalidDefinition } from '../errors';
import { UNLIKE_CLASS_GRADE } from './class-grade-groups';
import { estimateFromStats } from './estimate-from-stats';
import type { IndicatorCell } from './indicator-cell';
import {
  minGroupSizeOf,
  type BreakdownDefinition,
  type IndicatorDefinition,
  type InstrumentIndicators,
} from './indicator-definition';
import { emptyStats, type IndicatorStats, type StatsTable } from './indicator-stats';

export type UnitLevel = 'municipality' | 'unit';

/**
 * A cell as stored: the published cell (suppressed ones blanked) plus what later computations need
 * and nobody is shown — the sufficient statistics (to add this unit into its parent and to compare
 * rounds), the population used, and `internal` for groups computed only so that a higher level can
 * add them up (municipality-only breakdowns below the municipality).
 */
export interface StoredCell extends IndicatorCell {
  stats: IndicatorStats;
  population: number | null;
  internal: boolean;
}

/** A breakdown group's population at the unit, when known (class-grade-groups.ts); else null. */
export type GroupPopulation = (indicatorKey: string, breakdownKey: string, values: string[]) => number | null;

/**
 * Every indicator of the instrument for one unit: its total cell, then one cell per group of each
 * breakdown it lists, in group order, with small-cell and complementary suppression at the
 * indicator's own threshold. The population (if known) corrects the total's interval, and a
 * group's where `groupPopulation` knows it. The count of respondents outside their class's grade
 * group is kept as an internal cell, to add up with the rest.
 */
export function cellsFromStats(
  instrument: InstrumentIndicators,
  table: StatsTable,
  level: UnitLevel,
  population: number | null = null,
  groupPopulation: GroupPopulation = () => null,
): StoredCell[] {
  // Plain loops and literals (no spreads, no copies of cells made here): a national full recompute
  // builds 725,800 cells.
  const result: StoredCell[] = [];
  for (const indicator of instrument.indicators) {
    const min = minGroupSizeOf(instrument, indicator);
    const published: StoredCell[] = [];
    const internal: StoredCell[] = [];
    const total = table.find(indicator.key, '', '')?.stats ?? emptyStats();
    published.push(storedCell(indicator, '', '', total, population));
    for (const key of indicator.breakdowns) {
      const breakdown = findBreakdown(instrument, indicator, key);
      const hiddenHere = breakdown.shownAt === 'municipality' && level !== 'municipality';
      for (const cell of groupsOf(table, indicator.key, key)) {
        const stored = storedCell(
          indicator,
          key,
          cell.value,
          cell.stats,
          groupPopulation(indicator.key, key, [cell.value]),
        );
        if (hiddenHere) internal.push({ ...stored, internal: true, suppressed: true });
        else published.push(stored);
      }
    }
    const unlike = table.find(indicator.key, UNLIKE_CLASS_GRADE, '');
    if (unlike && unlike.stats.n !== 0)
      internal.push({
        ...storedCell(indicator, UNLIKE_CLASS_GRADE, '', unlike.stats, null),
        internal: true,
        suppressed: true,
      });
    // Primary suppression, on cells nobody else holds (suppressSmallCells would copy each one).
    let anyGroupHidden = false;
    for (let i = 0; i < published.length; i++) {
      const cell = published[i]!;
      if (tooSmallToShow(cell.n, min)) {
        published[i] = suppressCell(cell);
        if (cell.breakdownKey !== '') anyGroupHidden = true;
      }
    }
    // Complementary suppression changes nothing where no group is hidden (most cells of large units).
    const safe = anyGroupHidden ? suppressComplements(published, min) : published;
    for (const cell of safe) result.push(cell);
    for (const cell of internal) result.push(blank(cell));
  }
  return result;
}

function storedCell(
  indicator: IndicatorDefinition,
  breakdownKey: string,
  breakdownValue: string,
  stats: IndicatorStats,
  population: number | null,
): StoredCell {
  const estimate = estimateFromStats(indicator, stats, population);
  return {
    indicatorKey: indicator.key,
    breakdownKey,
    breakdownValue,
    suppressed: false,
    stats,
    population,
    internal: false,
    n: estimate.n,
    k: estimate.k,
    value: estimate.value,
    ciLow: estimate.ciLow,
    ciHigh: estimate.ciHigh,
  };
}

function blank(cell: StoredCell): StoredCell {
  return { ...cell, k: null, value: null, ciLow: null, ciHigh: null };
}

function groupsOf(table: StatsTable, indicatorKey: string, breakdownKey: string) {
  return table
    .groups(indicatorKey, breakdownKey)
    .map((c) => ({ value: c.breakdownValue, stats: c.stats }))
    .sort((a, b) => compareBreakdownValues(a.value, b.value));
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

/** Numeric values in numeric order ("2" before "10") and before any text; text by code point. */
export function compareBreakdownValues(a: string, b: string): number {
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
