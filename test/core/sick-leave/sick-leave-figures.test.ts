import { listPeriods } from '../../../core/sick-leave/figures-periods';
import { monthIndex, monthText } from '../../../core/sick-leave/month-index';
import { sickLeaveFigures } from '../../../core/sick-leave/sick-leave-figures';
import { figuresIn, monthRecord, quarterRecord, shown, UNITS } from './sick-leave-fixtures';

describe('sick-leave figures rolled up the tree', () => {
  it('when two institutions have 10/100 and 30/400 sick/planned days, then their area has 40/500 = 8 %, not the mean 8.75 %', () => {
    const figures = figuresIn(
      [monthRecord('x', '2025-01', 10, 100), monthRecord('y', '2025-01', 30, 400)],
      'month',
      '2025-01',
    );
    expect(shown(figures.get('x')).rate).toBeCloseTo(0.1, 12);
    expect(shown(figures.get('y')).rate).toBeCloseTo(0.075, 12);
    const area = shown(figures.get('a'));
    expect([area.sickDays, area.plannedDays, area.employees]).toEqual([40, 500, 40]);
    expect(area.rate).toBeCloseTo(0.08, 12);
    expect(shown(figures.get('m')).rate).toBeCloseTo(0.08, 12);
    expect(figures.get('b')).toEqual({ status: 'no-data' });
  });

  it('when the twelve months to January 2025 have 1..12 sick days of 100 each, then the rolling figure is 78/1200 = 6.5 %, without the month before', () => {
    // 2024-01 (50 sick days) lies outside the window ending 2025-01, inside the one ending 2024-12.
    const records = [monthRecord('x', '2024-01', 50, 100)];
    for (let k = 1; k <= 12; k++)
      records.push(monthRecord('x', monthText(monthIndex('2024-01') + k), k, 100));
    const window = shown(figuresIn(records, 'rolling12', '2025-01').get('x'));
    expect(window.rate).toBeCloseTo(78 / 1200, 12);
    // Ending 2024-12: 50 + (1 + … + 11) = 116 of 1200.
    expect(shown(figuresIn(records, 'rolling12', '2024-12').get('x')).rate).toBeCloseTo(116 / 1200, 12);
  });

  it('when one unit reports months and another a quarter, then a month counts the months only and the quarter counts both', () => {
    const records = [
      monthRecord('x', '2025-01', 5, 100),
      monthRecord('x', '2025-02', 6, 100),
      monthRecord('x', '2025-03', 7, 100),
      quarterRecord('y', '2025-01', 30, 300),
    ];
    const january = figuresIn(records, 'month', '2025-01');
    // January: x alone, 5/100; y's quarter says nothing about January.
    expect(shown(january.get('a')).rate).toBeCloseTo(0.05, 12);
    expect(january.get('y')).toEqual({ status: 'no-data' });
    // Q1: x's months 18/300 + y's quarter 30/300 = 48/600 = 8 %.
    expect(shown(figuresIn(records, 'quarter', '2025-01').get('a')).rate).toBeCloseTo(0.08, 12);
    // The year holds the quarter the same way.
    expect(shown(figuresIn(records, 'year', '2025-01').get('a')).rate).toBeCloseTo(0.08, 12);
  });

  it('when a unit has both month records and a quarter record for a quarter, then the quarter record stands alone and no day counts twice', () => {
    const records = [
      quarterRecord('y', '2025-01', 30, 300),
      monthRecord('y', '2025-01', 1, 100),
      monthRecord('y', '2025-02', 1, 100),
      monthRecord('y', '2025-03', 1, 100),
    ];
    const quarter = shown(figuresIn(records, 'quarter', '2025-01').get('y'));
    expect([quarter.sickDays, quarter.plannedDays]).toEqual([30, 300]);
    expect(shown(figuresIn(records, 'month', '2025-02').get('y')).rate).toBeCloseTo(0.01, 12);
  });

  it('when January 2025 has 230 planned days and 23 sick days split 15 short / 8 long, then 10 FTE, 2.3 days per FTE and a short-term share of 15/23', () => {
    const records = [
      monthRecord('x', '2025-01', 23, 230, { shortTermDays: 15, longTermDays: 8 }),
      // Without a split: counts in the rate, not in the shares.
      monthRecord('y', '2025-01', 10, 100),
    ];
    const x = shown(figuresIn(records, 'month', '2025-01').get('x'));
    expect(x.fullTimeEquivalents).toBeCloseTo(10, 12);
    expect(x.daysPerFte).toBeCloseTo(2.3, 12);
    const area = shown(figuresIn(records, 'month', '2025-01').get('a'));
    expect(area.shortTermShare).toBeCloseTo(15 / 23, 12);
    expect(area.selfCertifiedShare).toBeNull();
  });
});

describe('against the same period last year', () => {
  it('when January 2024 was 12/100 and January 2025 is 9/100, then the change is −3 points; December 2024 has nothing to compare with', () => {
    const records = [
      monthRecord('x', '2024-01', 12, 100),
      monthRecord('x', '2024-12', 20, 100),
      monthRecord('x', '2025-01', 9, 100),
    ];
    const change = shown(figuresIn(records, 'month', '2025-01').get('x')).sameLastYear;
    expect(change.available).toBe(true);
    if (change.available) {
      expect(change.previousRate).toBeCloseTo(0.12, 12);
      expect(change.points).toBeCloseTo(-0.03, 12);
    }
    expect(shown(figuresIn(records, 'month', '2024-12').get('x')).sameLastYear).toEqual({
      available: false,
      reason: 'no-previous',
    });
  });

  it('when the data end in February, then the year so far compares with January–February of last year, not all of it', () => {
    // 2024: Jan 10/100, Feb 10/100, Jul 1/100 (summer). 2025: Jan 8/100, Feb 8/100.
    // 2025 so far 16/200 = 8 % against Jan–Feb 2024 20/200 = 10 %: −2 points (the whole of 2024, 21/300, would say +1).
    const records = [
      monthRecord('x', '2024-01', 10, 100),
      monthRecord('x', '2024-02', 10, 100),
      monthRecord('x', '2024-07', 1, 100),
      monthRecord('x', '2025-01', 8, 100),
      monthRecord('x', '2025-02', 8, 100),
    ];
    const data = { first: monthIndex('2024-01'), last: monthIndex('2025-02') };
    const periods = listPeriods('year', monthIndex('2025-01'), monthIndex('2025-01'), data);
    expect(periods[0]!.partial).toBe(true);
    const year = shown(sickLeaveFigures({ units: UNITS, records, periods })[0]!.get('x'));
    expect(year.rate).toBeCloseTo(0.08, 12);
    expect(year.sameLastYear).toMatchObject({ available: true });
    if (year.sameLastYear.available) expect(year.sameLastYear.points).toBeCloseTo(-0.02, 12);
  });

  it('when last year the unit was hidden, then the change says so and carries no number', () => {
    const records = [
      monthRecord('z', '2024-01', 1, 60, { employees: 3 }),
      monthRecord('z', '2025-01', 9, 100),
    ];
    expect(shown(figuresIn(records, 'month', '2025-01').get('z')).sameLastYear).toEqual({
      available: false,
      reason: 'previous-hidden',
    });
  });
});
