import type { BenchmarkFigure, BenchmarkSeries } from './benchmark-figure';

/** A stored figure and when its series was imported (ISO timestamp). */
export type StoredBenchmarkFigure = BenchmarkFigure & { importedAt: string };

/** The average of one series: a comparison group's value for one indicator in one year. */
export interface GroupAverage extends BenchmarkSeries {
  average: number;
  /** How many municipalities the average is over. */
  municipalities: number;
  /** The releases the figures come from (one, unless rows of a file named different ones). */
  vintages: string[];
  importedAt: string;
}

/**
 * Each series' unweighted mean: every municipality counts once, whatever its size. The file holds
 * only each municipality's key figure, not its numerator and denominator, so a weighted mean
 * cannot be rebuilt from it. KS averages ready-made key figures the same way, dividing by the
 * number of municipalities with data (https://www.ks.no/asss-hjem/toppmeny-header/om-datagrunnlaget/gjennomsnittsberegninger-i-asss-analysene/);
 * where a statistics bank publishes a weighted group average instead (pulled towards the large
 * municipalities), the two differ. Ordered by indicator, group, period, source.
 */
export function groupAverages(figures: StoredBenchmarkFigure[]): GroupAverage[] {
  const bySeries = new Map<string, StoredBenchmarkFigure[]>();
  for (const figure of figures) {
    const key = seriesKey(figure);
    const list = bySeries.get(key);
    if (list) list.push(figure);
    else bySeries.set(key, [figure]);
  }
  return [...bySeries.values()].map(averageOf).sort(bySeriesOrder);
}

function averageOf(series: StoredBenchmarkFigure[]): GroupAverage {
  const { source, comparisonGroup, indicatorKey, period } = series[0]!;
  const sum = series.reduce((total, f) => total + f.value, 0);
  return {
    source,
    comparisonGroup,
    indicatorKey,
    period,
    average: sum / series.length,
    municipalities: series.length,
    vintages: [...new Set(series.map((f) => f.vintage))].sort(),
    importedAt: series
      .map((f) => f.importedAt)
      .sort()
      .at(-1)!,
  };
}

const seriesKey = (s: BenchmarkSeries) =>
  [s.source, s.comparisonGroup, s.indicatorKey, s.period].join('\u0000');

function bySeriesOrder(a: BenchmarkSeries, b: BenchmarkSeries): number {
  return (
    a.indicatorKey.localeCompare(b.indicatorKey) ||
    a.comparisonGroup.localeCompare(b.comparisonGroup) ||
    a.period - b.period ||
    a.source.localeCompare(b.source)
  );
}
