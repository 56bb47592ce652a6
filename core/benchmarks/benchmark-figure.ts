/**
 * One municipality's key figure in one series, as imported. A series is (source, comparison
 * group, indicator, period): the figures a source gives for a group's municipalities in one year.
 * The value is on the scale the figure is published in: a share in percent (8.9 for 8.9 %), a
 * score on its scale; see benchmark-lookup.ts for how it meets Målbar's indicator values.
 */
export interface BenchmarkFigure {
  source: string;
  comparisonGroup: string;
  /** Målbar's indicator key ('wellbeing'), or instrument/indicator ('pupil-wellbeing/wellbeing'). */
  indicatorKey: string;
  /** A year. */
  period: number;
  /** The municipality as the file wrote it, and its key (see readComparedMunicipality). */
  municipality: string;
  municipalityKey: string;
  value: number;
  vintage: string;
}

export interface BenchmarkSeries {
  source: string;
  comparisonGroup: string;
  indicatorKey: string;
  period: number;
}

/** The distinct series of some figures, in the order they first appear. */
export function seriesOf(figures: BenchmarkSeries[]): BenchmarkSeries[] {
  const seen = new Map<string, BenchmarkSeries>();
  for (const { source, comparisonGroup, indicatorKey, period } of figures) {
    const key = [source, comparisonGroup, indicatorKey, period].join('\u0000');
    if (!seen.has(key)) seen.set(key, { source, comparisonGroup, indicatorKey, period });
  }
  return [...seen.values()];
}
