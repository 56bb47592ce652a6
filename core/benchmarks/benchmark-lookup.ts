import type { BenchmarkLookup } from '../goals/judge-goal';
import type { IndicatorDefinition } from '../indicators/indicator-definition';
import { nameKey } from './benchmark-cells';
import type { GroupAverage } from './group-averages';

/** The goal and round a benchmark part is judged for. */
export interface BenchmarkTarget {
  instrumentKey: string;
  indicatorKey: string;
  unit: IndicatorDefinition['unit'];
  /** The round's year (reportYearOf): compared with the figures of the same year. */
  year: number;
}

/** The comparison group's mean a benchmark part was judged against, and where it comes from. */
export interface UsedBenchmark {
  comparisonGroup: string;
  year: number;
  /** In Målbar's unit: a share as a fraction (0.846), a score on its scale. */
  average: number;
  municipalities: number;
  source: string;
  vintages: string[];
}

export interface BenchmarkLookups {
  (target: BenchmarkTarget): BenchmarkLookup;
  /** The mean the lookup gives for the group, with its source, to show beside the result. */
  used(target: BenchmarkTarget, comparisonGroup: string): UsedBenchmark | null;
}

/**
 * Finds a comparison group's average for a goal's indicator in a round's year. A figure names
 * Målbar's indicator key: 'instrument/indicator' ('pupil-wellbeing/wellbeing') is looked up first,
 * then the bare key ('wellbeing'), since two instruments may share a key ('satisfied'). Groups
 * compare ignoring case and extra spaces. Where several sources give the same group, indicator
 * and year, the one imported last counts. Shares are published in percent (8.9) and Målbar's
 * shares are fractions (0.089), so a share's average is divided by 100; scores and indices are
 * on the same scale as published.
 */
export function benchmarkLookups(averages: GroupAverage[]): BenchmarkLookups {
  const latest = new Map<string, GroupAverage>();
  for (const average of averages) {
    const key = keyOf(average.indicatorKey, average.comparisonGroup, average.period);
    const known = latest.get(key);
    if (!known || isNewer(average, known)) latest.set(key, average);
  }
  const find = ({ instrumentKey, indicatorKey, year }: BenchmarkTarget, group: string) =>
    latest.get(keyOf(`${instrumentKey}/${indicatorKey}`, group, year)) ??
    latest.get(keyOf(indicatorKey, group, year));
  const inUnit = (target: BenchmarkTarget, found: GroupAverage) =>
    target.unit === 'share' ? found.average / 100 : found.average;
  const used = (target: BenchmarkTarget, comparisonGroup: string): UsedBenchmark | null => {
    const found = find(target, comparisonGroup);
    if (!found) return null;
    return {
      comparisonGroup: found.comparisonGroup,
      year: target.year,
      average: inUnit(target, found),
      municipalities: found.municipalities,
      source: found.source,
      vintages: found.vintages,
    };
  };
  // Judging asks once per unit: the value alone, without building the description.
  const lookups =
    (target: BenchmarkTarget): BenchmarkLookup =>
    (group) => {
      const found = find(target, group);
      return found ? inUnit(target, found) : null;
    };
  return Object.assign(lookups, { used });
}

/** No benchmark data at all: every benchmark part is "no data". */
export const noBenchmarks: BenchmarkLookups = Object.assign(() => () => null, { used: () => null });

const keyOf = (indicatorKey: string, group: string, year: number) =>
  `${nameKey(indicatorKey)}\u0000${nameKey(group)}\u0000${year}`;

/** Imported later wins; at the same moment, the source first in alphabetical order. */
const isNewer = (a: GroupAverage, b: GroupAverage) =>
  a.importedAt > b.importedAt || (a.importedAt === b.importedAt && a.source < b.source);
