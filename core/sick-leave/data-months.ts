import type { SickLeaveRecord } from './figures-record';
import type { DataMonths } from './figures-periods';
import { monthIndex } from './month-index';

/** The first and the last month the records cover (a quarter to its third month), or null. */
export function dataMonthsOf(
  records: Pick<SickLeaveRecord, 'periodKind' | 'periodStart'>[],
): DataMonths | null {
  let first = Infinity;
  let last = -Infinity;
  for (const record of records) {
    const month = monthIndex(record.periodStart);
    first = Math.min(first, month);
    last = Math.max(last, month + (record.periodKind === 'quarter' ? 2 : 0));
  }
  return records.length === 0 ? null : { first, last };
}
