import type { LocalizedText } from '../indicators/indicator-definition';
import { monthIndex, type MonthIndex } from '../sick-leave/month-index';
import type { ValueUnit } from '../text/format-value';
import type { MeasuredDefinition, MeasuredText } from './measured-definition';
import type { MeasuredRecord } from './measured-figures';
import {
  cutAt,
  isCut,
  measuredPeriodTitle,
  periodHolding,
  yearGrainOf,
  type MeasuredPeriod,
} from './measured-period';

/** What the goal form's list of measured indicators is headed by. */
export const MEASURED_TITLE: LocalizedText = {
  da: 'Målte indikatorer',
  nb: 'Målte indikatorer',
  en: 'Measured indicators',
};

/** A definition's text in all three languages: a missing language falls back to a given one. */
export function measuredText(text: MeasuredText): LocalizedText {
  const given = text.da ?? text.nb ?? text.en!;
  return { da: text.da ?? given, nb: text.nb ?? text.da ?? given, en: text.en ?? given };
}

/**
 * How a measured figure reads where goals are shown, written and compared with benchmarks: a
 * share as a per cent (typed and published as 90, stored as 0.9), anything else as the number it
 * is (falls per 1,000 days, waiting days, a count), as a survey's mean score is.
 */
export const measuredValueUnit = (definition: MeasuredDefinition): ValueUnit =>
  definition.kind === 'share' ? 'share' : 'score';

/**
 * The periods a goal on the indicator is judged in, oldest first: its years (school years for
 * figures given per school year, else calendar years) from the first with data to the last month
 * with data, the latest cut there ("2026 (jan.–okt.)", compared with the same months a year
 * earlier). A year that begins before the data do is left out, as for sick leave: three months
 * are not "2024". No records, no periods.
 */
export function measuredGoalPeriods(
  definition: MeasuredDefinition,
  records: Pick<MeasuredRecord, 'periodStart'>[],
): MeasuredPeriod[] {
  if (records.length === 0) return [];
  // A loop, not Math.min(...): spreading 100,000 records would overflow the stack.
  let first = Infinity;
  let latest = -Infinity;
  for (const record of records) {
    const month = monthIndex(record.periodStart);
    first = Math.min(first, month);
    latest = Math.max(latest, month);
  }
  const last = periodHolding(definition.grain, latest).last;
  const grain = yearGrainOf(definition.grain);
  const periods: MeasuredPeriod[] = [];
  for (let year = periodHolding(grain, first); year.first <= last; year = periodHolding(grain, year.last + 1))
    if (year.first >= first) periods.push(cutAt(year, last));
  return periods;
}

const MONTHS: Record<keyof LocalizedText, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  nb: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A goal period's name: "2025", "skoleåret 2024/25", and a year so far "2026 (jan.–okt.)". */
export function measuredGoalPeriodTitle(period: MeasuredPeriod): LocalizedText {
  const title = measuredPeriodTitle(period);
  if (!isCut(period)) return title;
  const month = (l: keyof LocalizedText, m: MonthIndex) => MONTHS[l][m % 12]!;
  const soFar = (l: keyof LocalizedText) => ` (${month(l, period.first)}–${month(l, period.last)})`;
  return { da: title.da + soFar('da'), nb: title.nb + soFar('nb'), en: title.en + soFar('en') };
}
