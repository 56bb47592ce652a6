import {
  monthsFrom,
  monthText,
  quarterNumberOf,
  quarterStartOf,
  yearOf,
  yearStartOf,
  type MonthIndex,
} from './month-index';

export const GRANULARITIES = ['month', 'quarter', 'year', 'rolling12'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The first and the last month the municipality has sick leave for. */
export interface DataMonths {
  first: MonthIndex;
  last: MonthIndex;
}

/**
 * A period the figures are given for: a month, a quarter, a calendar year, or the twelve months
 * ending at a month (rolling 12, which has no season in it). `last` may be cut short at the last
 * month with data, so the current quarter or year reads "so far" and compares with the same months
 * of last year.
 */

export interface FigurePeriod {
  granularity: Granularity;
  /** '2025-03', '2025-Q1', '2025', '2024-04..2025-03'. */
  key: string;
  first: MonthIndex;
  last: MonthIndex;
  /**
   * Some of its months are outside the data: a quarter or year so far (its `last` cut at the data's
   * end), or a period that begins before the first month with data (a rolling window of 5 months).
   */
  partial: boolean;
}

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12, rolling12: 12 };

function periodOf(granularity: Granularity, first: MonthIndex, data: DataMonths | null): FigurePeriod {
  const end = first + MONTHS_IN[granularity] - 1;
  // Only a calendar quarter or year is read "so far"; a cut month or rolling window would not be one.
  const cut = (granularity === 'quarter' || granularity === 'year') && data !== null && data.last < end;
  const last = cut ? Math.max(first, data.last) : end;
  const early = data !== null && first < data.first;
  return { granularity, key: keyOf(granularity, first, end), first, last, partial: cut || early };
}

function keyOf(granularity: Granularity, first: MonthIndex, end: MonthIndex): string {
  if (granularity === 'month') return monthText(first);
  if (granularity === 'quarter') return `${yearOf(first)}-Q${quarterNumberOf(first)}`;
  if (granularity === 'year') return String(yearOf(first));
  return `${monthText(first)}..${monthText(end)}`;
}

/**
 * The periods from the one holding `from` to the one holding `to`; rolling windows are named by
 * the month they end at, so `from` and `to` are their last months.
 */
export function listPeriods(
  granularity: Granularity,
  from: MonthIndex,
  to: MonthIndex,
  data: DataMonths | null,
): FigurePeriod[] {
  const starts =
    granularity === 'month'
      ? monthsFrom(from, to)
      : granularity === 'rolling12'
        ? monthsFrom(from - 11, to - 11)
        : granularity === 'quarter'
          ? monthsFrom(quarterStartOf(from), quarterStartOf(to)).filter((m) => m % 3 === 0)
          : monthsFrom(yearStartOf(from), yearStartOf(to)).filter((m) => m % 12 === 0);
  return starts.map((first) => periodOf(granularity, first, data));
}

/** The same months a year earlier: sick leave has strong seasons, so compare like with like. */
export function sameLastYear(period: FigurePeriod): FigurePeriod {
  return {
    ...period,
    key: keyOf(period.granularity, period.first - 12, period.first - 12 + MONTHS_IN[period.granularity] - 1),
    first: period.first - 12,
    last: period.last - 12,
  };
}

/**
 * What a view shows when not told: the latest 12 months (or rolling windows), 8 quarters or
 * 5 years up to the last month with data.
 */
export function defaultWindow(
  granularity: Granularity,
  dataEnd: MonthIndex,
): { from: MonthIndex; to: MonthIndex } {
  if (granularity === 'quarter') return { from: quarterStartOf(dataEnd) - 21, to: dataEnd };
  if (granularity === 'year') return { from: yearStartOf(dataEnd) - 48, to: dataEnd };
  return { from: dataEnd - 11, to: dataEnd };
}
