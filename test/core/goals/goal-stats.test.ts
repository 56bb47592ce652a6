import { goalStats } from '../../../core/goals/goal-stats';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { StatsTable } from '../../../core/indicators/indicator-stats';

const text = { da: 'x', nb: 'x', en: 'x' };

/** "thriving" lists grade and age (age shown at municipality level only), not class. */
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text },
  breakdowns: [
    { key: 'grade', question: 'grade', label: text },
    { key: 'age', question: 'age', label: text, shownAt: 'municipality' },
    { key: 'class', question: 'class', label: text },
  ],
  itemScores: { q1: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 } },
  indicators: [
    {
      key: 'thriving',
      label: text,
      description: text,
      polarity: 'higher-is-better',
      unit: 'share',
      score: { itemSets: [['q1']], minAnsweredShare: 1 },
      measure: { type: 'share', condition: { op: '>=', value: 4 } },
      breakdowns: ['grade', 'age'],
    },
  ],
});
const indicator = instrument.indicators[0]!;

const cell = (
  breakdownKey: string,
  breakdownValue: string,
  n: number,
  k: number,
  sum: number,
  sumSq: number,
) => ({
  indicatorKey: 'thriving',
  breakdownKey,
  breakdownValue,
  stats: { n, k, sum, sumSq },
});

// Grades 1, 6 and 9 add up to the total: n 4 + 3 + 5 = 12, k 3 + 1 + 2 = 6, sum 15 + 9 + 17 = 41,
// sumSq 59 + 29 + 65 = 153. Ages split the same 12 into 7 + 5.
const table = StatsTable.of([
  cell('', '', 12, 6, 41, 153),
  cell('grade', '1', 4, 3, 15, 59),
  cell('grade', '6', 3, 1, 9, 29),
  cell('grade', '9', 5, 2, 17, 65),
  cell('age', 'under-12', 7, 4, 24, 90),
  cell('age', '12-plus', 5, 2, 17, 63),
]);

describe('goalStats', () => {
  it('when there is no filter, then the goal is judged on the total', () => {
    expect(goalStats(instrument, indicator, null, table, 'unit')).toEqual({
      n: 12,
      k: 6,
      sum: 41,
      sumSq: 153,
    });
  });

  it('when there is no filter and no total cell, then the stats are empty', () => {
    expect(goalStats(instrument, indicator, null, new StatsTable(), 'unit')).toEqual({
      n: 0,
      k: 0,
      sum: 0,
      sumSq: 0,
    });
  });

  it('when the filter is grades 1 and 6, then exactly those groups are pooled', () => {
    // n 4 + 3 = 7, k 3 + 1 = 4, sum 15 + 9 = 24, sumSq 59 + 29 = 88
    const filter = { breakdownKey: 'grade', values: ['1', '6'] };
    expect(goalStats(instrument, indicator, filter, table, 'unit')).toEqual({
      n: 7,
      k: 4,
      sum: 24,
      sumSq: 88,
    });
  });

  it('when a filter value repeats, then its group is counted once', () => {
    const filter = { breakdownKey: 'grade', values: ['1', '6', '1'] };
    expect(goalStats(instrument, indicator, filter, table, 'unit')).toEqual({
      n: 7,
      k: 4,
      sum: 24,
      sumSq: 88,
    });
  });

  it('when a filter value has no group in the table, then it adds nothing', () => {
    const filter = { breakdownKey: 'grade', values: ['1', '3'] };
    expect(goalStats(instrument, indicator, filter, table, 'unit')).toEqual({
      n: 4,
      k: 3,
      sum: 15,
      sumSq: 59,
    });
  });

  it.each(['class', 'gender'])(
    'when the filter names a breakdown the indicator does not list (%s), then it cannot be answered (null)',
    (breakdownKey) => {
      const filter = { breakdownKey, values: ['1'] };
      expect(goalStats(instrument, indicator, filter, table, 'municipality')).toBeNull();
    },
  );

  it('when the breakdown is shown at municipality level only, then a unit gets null', () => {
    const filter = { breakdownKey: 'age', values: ['under-12'] };
    expect(goalStats(instrument, indicator, filter, table, 'unit')).toBeNull();
  });

  it('when the breakdown is shown at municipality level only, then the municipality gets the pooled groups', () => {
    // n 7 + 5 = 12, k 4 + 2 = 6, sum 24 + 17 = 41, sumSq 90 + 63 = 153
    const filter = { breakdownKey: 'age', values: ['under-12', '12-plus'] };
    expect(goalStats(instrument, indicator, filter, table, 'municipality')).toEqual({
      n: 12,
      k: 6,
      sum: 41,
      sumSq: 153,
    });
  });

  it('when pooling, then the table’s cells are left unchanged', () => {
    goalStats(instrument, indicator, { breakdownKey: 'grade', values: ['1', '6'] }, table, 'unit');
    expect(table.find('thriving', 'grade', '1')!.stats).toEqual({ n: 4, k: 3, sum: 15, sumSq: 59 });
  });
});
