import { monthsFrom, type MonthIndex } from './month-index';

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(month: MonthIndex): number {
  const year = Math.floor(month / 12);
  const index = month % 12;
  return index === 1 && isLeapYear(year) ? 29 : DAYS[index]!;
}

/** 0 = Sunday … 6 = Saturday, of the month's first day (Sakamoto's method; core/ has no Date). */
export function weekdayOfFirst(month: MonthIndex): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const index = month % 12;
  const year = Math.floor(month / 12) - (index < 2 ? 1 : 0);
  const day =
    year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + offsets[index]! + 1;
  return day % 7;
}

/**
 * Monday to Friday in the month, public holidays included. This is what one full-time employee's
 * planned day-works come to: DST counts a full-time year as 37 h × 52 weeks = 1,924 hours = 260
 * day-works of 7.4 hours, holidays included, and 52 weeks have 260 weekdays.
 */
export function weekdaysInMonth(month: MonthIndex): number {
  const first = weekdayOfFirst(month);
  let count = 0;
  for (let day = 0; day < daysInMonth(month); day++) {
    const weekday = (first + day) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Weekdays in the months first … last. */
export function weekdaysInMonths(first: MonthIndex, last: MonthIndex): number {
  return monthsFrom(first, last).reduce((sum, m) => sum + weekdaysInMonth(m), 0);
}

/**
 * Full-time equivalents from planned day-works: planned days ÷ weekdays in the period. Assumes
 * planned days include public holidays and annual leave, as a full-time contract's 260 days a year
 * do; where the payroll system leaves them out, this comes out 5–15 % low, which makes the
 * headcount estimated from it cautious (more units hidden) and days per FTE a little high.
 */
export function fullTimeEquivalents(plannedDays: number, first: MonthIndex, last: MonthIndex): number {
  return plannedDays / weekdaysInMonths(first, last);
}
