import { benchmarkLookups } from '../../../core/benchmarks/benchmark-lookup';
import { groupAverages, type StoredBenchmarkFigure } from '../../../core/benchmarks/group-averages';

const figure = (
  f: Partial<StoredBenchmarkFigure> & { municipality: string; value: number },
): StoredBenchmarkFigure => ({
  source: 'SSB',
  comparisonGroup: 'KOSTRA 13',
  indicatorKey: 'sick-leave-rate',
  period: 2024,
  municipalityKey: f.municipality.toLowerCase(),
  vintage: 'v1',
  importedAt: '2025-06-16T10:00:00.000Z',
  ...f,
});

describe('groupAverages', () => {
  it('when three municipalities of very different size report 6, 9 and 12, then the average is their plain mean 9 over 3', () => {
    // (6 + 9 + 12) / 3 = 9: each municipality counts once, whatever its population.
    const [average] = groupAverages([
      figure({ municipality: 'Oslo', value: 6 }),
      figure({ municipality: 'Bergen', value: 9 }),
      figure({ municipality: 'Utsira', value: 12 }),
    ]);
    expect(average).toEqual({
      source: 'SSB',
      comparisonGroup: 'KOSTRA 13',
      indicatorKey: 'sick-leave-rate',
      period: 2024,
      average: 9,
      municipalities: 3,
      vintages: ['v1'],
      importedAt: '2025-06-16T10:00:00.000Z',
    });
  });

  it('when figures span two years, two groups and two sources, then each series has its own average, in order', () => {
    const averages = groupAverages([
      figure({ municipality: 'A', value: 8, period: 2025 }),
      figure({ municipality: 'A', value: 7 }),
      figure({ municipality: 'B', value: 9 }),
      figure({ municipality: 'C', value: 4, comparisonGroup: 'KOSTRA 01' }),
      figure({ municipality: 'A', value: 1, source: 'KS', vintage: 'v2' }),
    ]);
    expect(averages.map((a) => [a.comparisonGroup, a.period, a.source, a.average, a.municipalities])).toEqual(
      [
        ['KOSTRA 01', 2024, 'SSB', 4, 1],
        ['KOSTRA 13', 2024, 'KS', 1, 1],
        ['KOSTRA 13', 2024, 'SSB', 8, 2], // (7 + 9) / 2
        ['KOSTRA 13', 2025, 'SSB', 8, 1],
      ],
    );
  });
});

describe('benchmarkLookups', () => {
  const averages = groupAverages([
    figure({ municipality: 'A', value: 88, indicatorKey: 'wellbeing', comparisonGroup: 'Peers' }),
    figure({ municipality: 'B', value: 92, indicatorKey: 'wellbeing', comparisonGroup: 'Peers' }),
    figure({ municipality: 'A', value: 3.9, indicatorKey: 'parent-satisfaction/satisfaction-index' }),
    figure({ municipality: 'A', value: 4.1, indicatorKey: 'satisfaction-index' }),
  ]);
  const lookups = benchmarkLookups(averages);

  it('when a share goal asks for its group in the same year, then the percent average comes back as a fraction', () => {
    // (88 + 92) / 2 = 90 % → 0.9, Målbar's scale for shares.
    const lookup = lookups({
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'wellbeing',
      unit: 'share',
      year: 2024,
    });
    expect(lookup('Peers')).toBeCloseTo(0.9, 12);
    expect(lookup('  peers ')).toBeCloseTo(0.9, 12);
  });

  it('when the year or group has no figures, then there is no benchmark', () => {
    const lookup = lookups({
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'wellbeing',
      unit: 'share',
      year: 2025,
    });
    expect(lookup('Peers')).toBeNull();
    const thisYear = lookups({
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'wellbeing',
      unit: 'share',
      year: 2024,
    });
    expect(thisYear('KOSTRA 13')).toBeNull();
  });

  it('when figures name instrument/indicator, then they win over the bare key for that instrument only', () => {
    const parent = lookups({
      instrumentKey: 'parent-satisfaction',
      indicatorKey: 'satisfaction-index',
      unit: 'index',
      year: 2024,
    });
    const care = lookups({
      instrumentKey: 'care-user-satisfaction',
      indicatorKey: 'satisfaction-index',
      unit: 'index',
      year: 2024,
    });
    expect(parent('KOSTRA 13')).toBe(3.9);
    expect(care('KOSTRA 13')).toBe(4.1);
  });

  it('when two sources give the same group, indicator and year, then the one imported last counts', () => {
    const later = benchmarkLookups(
      groupAverages([
        figure({ municipality: 'A', value: 7, source: 'SSB', importedAt: '2025-01-01T00:00:00.000Z' }),
        figure({ municipality: 'A', value: 5, source: 'KS', importedAt: '2025-02-01T00:00:00.000Z' }),
      ]),
    );
    const lookup = later({
      instrumentKey: 'sick-leave',
      indicatorKey: 'sick-leave-rate',
      unit: 'score',
      year: 2024,
    });
    expect(lookup('KOSTRA 13')).toBe(5);
  });
});
