import {
  monthsOfPeriod,
  parseImportPeriod,
  periodLabel,
  periodStartDate,
} from '../../../core/sick-leave/import-period';

const read = (text: string) => {
  const period = parseImportPeriod(text);
  return period && periodLabel(period);
};

describe('parseImportPeriod', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['2025-3', '2025-03'],
    ['2025/03', '2025-03'],
    ['03-2025', '2025-03'],
    ['3/2025', '2025-03'],
    ['202503', '2025-03'],
    ['2025-03-01', '2025-03'],
    ['01.03.2025', '2025-03'],
    ['marts 2025', '2025-03'],
    ['mars 2025', '2025-03'],
    ['March 2025', '2025-03'],
    ['Mar. 2025', '2025-03'],
    ['2025 maj', '2025-05'],
    ['desember 2024', '2024-12'],
    ['okt-2025', '2025-10'],
  ])('when the month is written %p, then it reads as %p', (text, label) => {
    expect(read(text)).toBe(label);
  });

  it.each([
    ['2025-Q1', '2025-Q1'],
    ['2025Q1', '2025-Q1'],
    ['2025 q2', '2025-Q2'],
    ['2025K1', '2025-Q1'],
    ['2025-K3', '2025-Q3'],
    ['Q1 2025', '2025-Q1'],
    ['K4 2025', '2025-Q4'],
    ['1. kvartal 2025', '2025-Q1'],
    ['2. kvartal 2025', '2025-Q2'],
    ['kvartal 3 2025', '2025-Q3'],
    ['2025 4. kvartal', '2025-Q4'],
    ['1st quarter 2025', '2025-Q1'],
  ])('when the quarter is written %p, then it reads as %p', (text, label) => {
    expect(read(text)).toBe(label);
  });

  it.each([
    ['', 'nothing'],
    ['2025', 'a year'],
    ['2025-13', 'month 13'],
    ['2025-Q5', 'quarter 5'],
    ['mar-25', 'a two-digit year: March 2025 or the 25th of March?'],
    ['03-25', 'two two-digit numbers'],
    ['2025-03-15', 'a date in mid-month'],
    ['2205-03', 'a year far off (a typo)'],
    ['marts', 'a month without a year'],
    ['5. kvartal 2025', 'quarter 5'],
    ['constructor 2025', 'not a month name'],
    ['2025-03 til 2025-04', 'a range'],
  ])('when the period is %p (%s), then it is not read', (text) => {
    expect(parseImportPeriod(text)).toBeNull();
  });

  it('when the period is a quarter, then it covers its three months and starts on its first day', () => {
    // 2025-Q2: months April, May, June = indexes 2025 × 12 + 3, + 4, + 5.
    const q2 = parseImportPeriod('2025-Q2')!;
    expect(monthsOfPeriod(q2)).toEqual([24303, 24304, 24305]);
    expect(periodStartDate(q2)).toBe('2025-04-01');
    expect(periodStartDate(parseImportPeriod('2025-11')!)).toBe('2025-11-01');
  });
});
