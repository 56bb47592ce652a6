import type { LocalizedText } from '../indicators/indicator-definition';
import {
  monthIndex,
  monthStartDate,
  monthText,
  quarterNumberOf,
  yearOf,
  type MonthIndex,
} from '../sick-leave/month-index';
import type { PeriodGrain } from './measured-definition';

/** One period a measured figure covers: months first..last (month-index.ts). */
export interface MeasuredPeriod {
  grain: PeriodGrain;
  /** '2025-03', '2025-Q1', '2024/25', '2025'. */
  key: string;
  first: MonthIndex;
  last: MonthIndex;
}

const LENGTH: Record<PeriodGrain, number> = { month: 1, quarter: 3, 'school-year': 12, 'calendar-year': 12 };
/** A school year begins in August (month 7 counted from 0) in Denmark and Norway. */
const AUGUST = 7;

function startOf(grain: PeriodGrain, month: MonthIndex): MonthIndex {
  if (grain === 'month') return month;
  if (grain === 'quarter') return month - (month % 3);
  if (grain === 'calendar-year') return month - (month % 12);
  return month % 12 >= AUGUST ? month - (month % 12) + AUGUST : month - (month % 12) - 12 + AUGUST;
}

function keyOf(grain: PeriodGrain, first: MonthIndex): string {
  if (grain === 'month') return monthText(first);
  if (grain === 'quarter') return `${yearOf(first)}-Q${quarterNumberOf(first)}`;
  if (grain === 'calendar-year') return String(yearOf(first));
  return `${yearOf(first)}/${String((yearOf(first) + 1) % 100).padStart(2, '0')}`;
}

/** The period of this grain that holds the month. */
export function periodHolding(grain: PeriodGrain, month: MonthIndex): MeasuredPeriod {
  const first = startOf(grain, month);
  return { grain, key: keyOf(grain, first), first, last: first + LENGTH[grain] - 1 };
}

const PATTERNS: Record<PeriodGrain, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-?[QK]([1-4])$/i,
  'calendar-year': /^(\d{4})$/,
  'school-year': /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/,
};

/**
 * A period as a file or form writes it, for the definition's grain: '2025-03'; '2025-Q1' (or
 * '2025K1', kvartal); '2025'; '2024/25' (or '2024/2025', '2024-25'). Null when it is not one.
 */
export function parsePeriodKey(grain: PeriodGrain, text: string): MeasuredPeriod | null {
  const match = PATTERNS[grain].exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return null;
  if (grain === 'month') return periodHolding(grain, monthIndex(`${match[1]}-${match[2]}`));
  if (grain === 'quarter') return periodHolding(grain, year * 12 + (Number(match[2]) - 1) * 3);
  if (grain === 'calendar-year') return periodHolding(grain, year * 12);
  const next = match[2]!;
  // '1999/00': two digits name the next year's last two, across a century too.
  const follows = next.length === 2 ? Number(next) === (year + 1) % 100 : Number(next) === year + 1;
  if (!follows) return null;
  return periodHolding(grain, year * 12 + AUGUST);
}

/** How the database stores a period: its first day. */
export const periodStartDate = (period: MeasuredPeriod): string => monthStartDate(period.first);

/** The period of this grain that starts on the stored date. */
export const periodFromStartDate = (grain: PeriodGrain, date: string): MeasuredPeriod =>
  periodHolding(grain, monthIndex(date));

/**
 * The same months a year earlier: figures have seasons, so like is compared with like (a year so
 * far, cut at the data's last month, with the same months of last year).
 */
export const sameLastYear = (period: MeasuredPeriod): MeasuredPeriod => ({
  grain: period.grain,
  key: keyOf(period.grain, period.first - 12),
  first: period.first - 12,
  last: period.last - 12,
});

/** The period cut at the last month with data, when it ends later (a year so far). */
export const cutAt = (period: MeasuredPeriod, lastMonth: MonthIndex): MeasuredPeriod =>
  lastMonth < period.last && lastMonth >= period.first ? { ...period, last: lastMonth } : period;

/** Some of its months are not in yet: the figure is for the year so far. */
export const isCut = (period: MeasuredPeriod): boolean =>
  period.last - period.first + 1 < LENGTH[period.grain];

/**
 * The year a shorter period adds up to: the calendar year, or the school year for figures given
 * per school year. A year's figure is the sums of its periods.
 */
export const yearGrainOf = (grain: PeriodGrain): PeriodGrain =>
  grain === 'school-year' ? 'school-year' : 'calendar-year';

/** The grain's periods inside a longer period, oldest first. */
export function periodsWithin(grain: PeriodGrain, outer: MeasuredPeriod): MeasuredPeriod[] {
  const periods: MeasuredPeriod[] = [];
  for (let m = startOf(grain, outer.first); m <= outer.last; m += LENGTH[grain]) {
    const period = periodHolding(grain, m);
    if (period.first >= outer.first) periods.push(period);
  }
  return periods;
}

/** The year a report counts the period in: the year of its last month (school year 2024/25 → 2025). */
export const reportYearOf = (period: MeasuredPeriod): number => yearOf(period.last);

const MONTHS: Record<keyof LocalizedText, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  nb: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The period as reports and tables name it: "mar. 2025", "1. kvt. 2025", "skoleåret 2024/25", "2025". */
export function measuredPeriodTitle(period: MeasuredPeriod): LocalizedText {
  const { first, key } = period;
  if (period.grain === 'month') {
    const m = (l: keyof LocalizedText) => `${MONTHS[l][first % 12]} ${yearOf(first)}`;
    return { da: m('da'), nb: m('nb'), en: m('en') };
  }
  if (period.grain === 'quarter') {
    const q = quarterNumberOf(first);
    return {
      da: `${q}. kvt. ${yearOf(first)}`,
      nb: `${q}. kv. ${yearOf(first)}`,
      en: `Q${q} ${yearOf(first)}`,
    };
  }
  if (period.grain === 'calendar-year') return { da: key, nb: key, en: key };
  return { da: `skoleåret ${key}`, nb: `skoleåret ${key}`, en: `school year ${key}` };
}
