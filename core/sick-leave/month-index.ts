/**
 * A calendar month as a count of months since the year 0 (2025-03 → 2025 × 12 + 2): months add,
 * subtract and compare as plain numbers, and "the same month last year" is m − 12.
 */
export type MonthIndex = number;

const MONTH_TEXT = /^(\d{4})-(0[1-9]|1[0-2])/;

/** '2025-03' or a date '2025-03-01' → its month. */
export function monthIndex(text: string): MonthIndex {
  const match = MONTH_TEXT.exec(text);
  if (!match) throw new Error(`Not a month: ${text}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The month as '2025-03'. */
export function monthText(month: MonthIndex): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month's first day as a date, '2025-03-01', as the database stores a period's start. */
export const monthStartDate = (month: MonthIndex): string => `${monthText(month)}-01`;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The month's last day as a date, '2025-02-28'. */
export function monthEndDate(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  const days = month % 12 === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month % 12]!;
  return `${monthText(month)}-${days}`;
}

export const yearOf = (month: MonthIndex): number => Math.floor(month / 12);

/** The first month of the calendar quarter the month is in: May → April. */
export const quarterStartOf = (month: MonthIndex): MonthIndex => month - (month % 3);

/** The first month of the month's year. */
export const yearStartOf = (month: MonthIndex): MonthIndex => month - (month % 12);

/** 1–4. */
export const quarterNumberOf = (month: MonthIndex): number => Math.floor((month % 12) / 3) + 1;

/** first, first + 1, …, last. */
export function monthsFrom(first: MonthIndex, last: MonthIndex): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = first; m <= last; m++) months.push(m);
  return months;
}
