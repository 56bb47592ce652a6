import { listPeriods, sameLastYear, defaultWindow } from '../../../core/sick-leave/figures-periods';
import { monthEndDate, monthIndex, monthText } from '../../../core/sick-leave/month-index';
import {
  fullTimeEquivalents,
  weekdaysInMonth,
  weekdaysInMonths,
} from '../../../core/sick-leave/weekdays-in-month';

const m = monthIndex;

describe('months and weekdays', () => {
  it('when a month ends, then its last day counts leap years as the calendar does', () => {
    expect(
      ['2024-02', '2025-02', '2100-02', '2000-02', '2026-04', '2025-12'].map((t) => monthEndDate(m(t))),
    ).toEqual(['2024-02-29', '2025-02-28', '2100-02-28', '2000-02-29', '2026-04-30', '2025-12-31']);
  });

  it('when a month is written and read back, then it is the same month', () => {
    expect(monthText(m('2025-03'))).toBe('2025-03');
    expect(m('2025-03-01') - m('2024-03')).toBe(12);
    expect(() => m('2025-13')).toThrow('Not a month');
  });

  it.each([
    // 1 Jan 2025 is a Wednesday: 4 whole weeks (20) + Wed, Thu, Fri.
    ['2025-01', 23],
    // 1 Feb 2024 is a Thursday, 29 days (leap year): 20 + Thu.
    ['2024-02', 21],
    // 1 Feb 2025 is a Saturday, 28 days: exactly 4 weeks.
    ['2025-02', 20],
    // 1 Jun 2025 is a Sunday, 30 days: 20 + Sun, Mon → 21.
    ['2025-06', 21],
  ])('when counting weekdays in %s, then there are %i', (month, weekdays) => {
    expect(weekdaysInMonth(m(month))).toBe(weekdays);
  });

  it('when counting a whole year, then 2025 (starting on a Wednesday) has 52 weeks and one weekday: 261', () => {
    expect(weekdaysInMonths(m('2025-01'), m('2025-12'))).toBe(261);
  });

  it('when planned days are 230 in January 2025, then that is 10 full-time equivalents (230 ÷ 23)', () => {
    expect(fullTimeEquivalents(230, m('2025-01'), m('2025-01'))).toBe(10);
  });
});

describe('periods', () => {
  it('when quarters are listed from May 2024 to February 2025, then the last is cut at the data and compares with the same two months', () => {
    const periods = listPeriods('quarter', m('2024-05'), m('2025-02'), {
      first: m('2023-01'),
      last: m('2025-02'),
    });
    expect(periods.map((p) => p.key)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    const q1 = periods[3]!;
    expect([monthText(q1.first), monthText(q1.last), q1.partial]).toEqual(['2025-01', '2025-02', true]);
    const before = sameLastYear(q1);
    expect([before.key, monthText(before.first), monthText(before.last)]).toEqual([
      '2024-Q1',
      '2024-01',
      '2024-02',
    ]);
  });

  it('when rolling windows are listed, then each is named by its twelve months and ends at the month asked for', () => {
    const periods = listPeriods('rolling12', m('2025-02'), m('2025-03'), {
      first: m('2024-04'),
      last: m('2025-03'),
    });
    expect(periods.map((p) => p.key)).toEqual(['2024-03..2025-02', '2024-04..2025-03']);
    expect(periods.map((p) => p.last - p.first)).toEqual([11, 11]);
    // The data begin in April 2024: the window from March 2024 has a month without data.
    expect(periods.map((p) => p.partial)).toEqual([true, false]);
  });

  it('when years are listed and the data ends in May, then the current year is January to May', () => {
    const [last] = listPeriods('year', m('2025-01'), m('2025-05'), {
      first: m('2024-01'),
      last: m('2025-05'),
    });
    expect([last!.key, monthText(last!.last), last!.partial]).toEqual(['2025', '2025-05', true]);
  });

  it('when no window is asked for, then it is the latest 12 months, 8 quarters or 5 years', () => {
    const end = m('2025-05');
    const data = { first: m('2020-01'), last: end };
    expect(listPeriods('month', defaultWindow('month', end).from, end, data)).toHaveLength(12);
    const quarters = defaultWindow('quarter', end);
    expect(listPeriods('quarter', quarters.from, quarters.to, data).map((p) => p.key)[0]).toBe('2023-Q3');
    expect(listPeriods('quarter', quarters.from, quarters.to, data)).toHaveLength(8);
    const years = defaultWindow('year', end);
    expect(listPeriods('year', years.from, years.to, data).map((p) => p.key)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });
});
