import { MeasuredDefinition, type PeriodGrain } from '../../../core/measured/measured-definition';
import {
  measuredGoalPeriods,
  measuredGoalPeriodTitle,
  measuredText,
  measuredValueUnit,
} from '../../../core/measured/measured-goal';

const definition = (grain: PeriodGrain, kind: 'share' | 'rate' = 'share') =>
  MeasuredDefinition.parse({
    key: 'xy',
    title: { da: 'X' },
    kind,
    ...(kind === 'rate' ? { per: 1000 } : {}),
    numeratorLabel: { da: 'a' },
    denominatorLabel: { da: 'b' },
    grain,
    polarity: 'higher-is-better',
  });

const starts = (...dates: string[]) => dates.map((periodStart) => ({ periodStart }));

describe('measuredGoalPeriods', () => {
  it.each([
    // Months Jan 2025–Jun 2026: 2025 whole, 2026 cut at June.
    [
      'month',
      ['2025-01-01', '2026-06-01'],
      [
        ['2025', '2025', '2025'],
        ['2026', '2026 (jan.–jun.)', '2026 (Jan–Jun)'],
      ],
    ],
    // Months from March 2025: 2025 begins before the data and is left out.
    ['month', ['2025-03-01', '2026-02-01'], [['2026', '2026 (jan.–feb.)', '2026 (Jan–Feb)']]],
    // Quarters to Q3 2026: the year so far ends with September.
    [
      'quarter',
      ['2025-01-01', '2026-07-01'],
      [
        ['2025', '2025', '2025'],
        ['2026', '2026 (jan.–sep.)', '2026 (Jan–Sep)'],
      ],
    ],
    // School years are whole: 2024/25 and 2025/26, never cut.
    [
      'school-year',
      ['2024-08-01', '2025-08-01'],
      [
        ['2024/25', 'skoleåret 2024/25', 'school year 2024/25'],
        ['2025/26', 'skoleåret 2025/26', 'school year 2025/26'],
      ],
    ],
    [
      'calendar-year',
      ['2024-01-01', '2025-01-01'],
      [
        ['2024', '2024', '2024'],
        ['2025', '2025', '2025'],
      ],
    ],
  ] as const)('when %s figures run %j, then the goal is judged in %j', (grain, dates, expected) => {
    const periods = measuredGoalPeriods(definition(grain), starts(...dates));
    expect(periods.map((p) => [p.key, measuredGoalPeriodTitle(p).da, measuredGoalPeriodTitle(p).en])).toEqual(
      expected,
    );
  });

  it('when there are no figures, then there are no periods', () => {
    expect(measuredGoalPeriods(definition('month'), [])).toEqual([]);
  });
});

describe('how a measured goal reads', () => {
  it('when the indicator is a share, then its values read as per cent; a rate as the number it is', () => {
    expect(measuredValueUnit(definition('month'))).toBe('share');
    expect(measuredValueUnit(definition('month', 'rate'))).toBe('score');
  });

  it('when a title is given in Danish only, then Norwegian and English fall back to it', () => {
    expect(measuredText({ da: 'Fald' })).toEqual({ da: 'Fald', nb: 'Fald', en: 'Fald' });
    expect(measuredText({ en: 'Falls', nb: 'Fall' })).toEqual({ da: 'Fall', nb: 'Fall', en: 'Falls' });
  });
});
