import {
  cutAt,
  isCut,
  measuredPeriodTitle,
  parsePeriodKey,
  periodFromStartDate,
  periodHolding,
  periodStartDate,
  periodsWithin,
  reportYearOf,
  sameLastYear,
  yearGrainOf,
} from '../../../core/measured/measured-period';
import { monthIndex } from '../../../core/sick-leave/month-index';

const m = monthIndex;

describe('measured periods', () => {
  it.each([
    // A school year runs August to July: 2024/25 is Aug 2024 (2024×12+7) to Jul 2025.
    ['school-year', '2024/25', '2024/25', '2024-08', '2025-07'],
    ['school-year', '2024/2025', '2024/25', '2024-08', '2025-07'],
    ['school-year', '2024-25', '2024/25', '2024-08', '2025-07'],
    ['school-year', '1999/00', '1999/00', '1999-08', '2000-07'],
    ['quarter', '2025-Q1', '2025-Q1', '2025-01', '2025-03'],
    ['quarter', '2025K3', '2025-Q3', '2025-07', '2025-09'],
    ['month', '2025-03', '2025-03', '2025-03', '2025-03'],
    ['calendar-year', '2025', '2025', '2025-01', '2025-12'],
  ] as const)('when a %s is written %s, then it is %s, months %s..%s', (grain, text, key, first, last) => {
    expect(parsePeriodKey(grain, text)).toEqual({ grain, key, first: m(first), last: m(last) });
  });

  it.each([
    ['school-year', '2024/26'],
    ['school-year', '2024'],
    ['quarter', '2025-Q5'],
    ['month', '2025-13'],
    ['calendar-year', '1899'],
    ['calendar-year', '2025-03'],
  ] as const)('when a %s is written %s, then it is not one', (grain, text) => {
    expect(parsePeriodKey(grain, text)).toBeNull();
  });

  it('when a month is in a school year, then August starts the next one', () => {
    expect(periodHolding('school-year', m('2025-07')).key).toBe('2024/25');
    expect(periodHolding('school-year', m('2025-08')).key).toBe('2025/26');
    expect(periodHolding('school-year', m('2025-01')).key).toBe('2024/25');
  });

  it('when a period is stored, then its first day reads back as the same period', () => {
    const year = parsePeriodKey('school-year', '2024/25')!;
    expect(periodStartDate(year)).toBe('2024-08-01');
    expect(periodFromStartDate('school-year', '2024-08-01')).toEqual(year);
    expect(periodFromStartDate('quarter', '2025-04-01').key).toBe('2025-Q2');
  });

  it('when compared with last year, then the same months a year earlier are taken (a cut year too)', () => {
    expect(sameLastYear(parsePeriodKey('school-year', '2024/25')!).key).toBe('2023/24');
    const soFar = cutAt(parsePeriodKey('calendar-year', '2025')!, m('2025-03'));
    expect(sameLastYear(soFar)).toEqual({
      grain: 'calendar-year',
      key: '2024',
      first: m('2024-01'),
      last: m('2024-03'),
    });
  });

  it('when a year is cut at its third month, then it is partial and holds three months and one quarter', () => {
    const soFar = cutAt(parsePeriodKey('calendar-year', '2025')!, m('2025-03'));
    expect(isCut(soFar)).toBe(true);
    expect(isCut(parsePeriodKey('calendar-year', '2025')!)).toBe(false);
    expect(periodsWithin('month', soFar).map((p) => p.key)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(periodsWithin('quarter', soFar).map((p) => p.key)).toEqual(['2025-Q1']);
    // A month outside the year leaves it whole.
    expect(cutAt(parsePeriodKey('calendar-year', '2025')!, m('2026-02')).last).toBe(m('2025-12'));
  });

  it('when a year holds quarters, then there are four, oldest first; a school year counts in the year it ends', () => {
    expect(periodsWithin('quarter', parsePeriodKey('calendar-year', '2025')!).map((p) => p.key)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(reportYearOf(parsePeriodKey('school-year', '2024/25')!)).toBe(2025);
    expect(yearGrainOf('quarter')).toBe('calendar-year');
    expect(yearGrainOf('school-year')).toBe('school-year');
  });

  it('when a period is named, then each language has its words', () => {
    expect(measuredPeriodTitle(parsePeriodKey('quarter', '2025-Q1')!)).toEqual({
      da: '1. kvt. 2025',
      nb: '1. kv. 2025',
      en: 'Q1 2025',
    });
    expect(measuredPeriodTitle(parsePeriodKey('school-year', '2024/25')!).en).toBe('school year 2024/25');
    expect(measuredPeriodTitle(parsePeriodKey('month', '2025-05')!).nb).toBe('mai 2025');
  });
});
