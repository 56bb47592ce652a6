import type { SickLeaveRecord } from './figures-record';
import type { MonthIndex } from './month-index';
import { fullTimeEquivalents } from './weekdays-in-month';

/** A record with the months it covers: one month, or the three of a quarter. */
export interface CoveredRecord {
  record: SickLeaveRecord;
  first: MonthIndex;
  last: MonthIndex;
}

/**
 * The people behind a record, for the anonymity threshold. Without a headcount in the export it is
 * estimated as the whole full-time equivalents (planned days ÷ weekdays, rounded down): part-time
 * staff make the real headcount at least that, so the estimate errs towards hiding. A record with
 * planned days counts at least one person, so that it is never mistaken for an empty unit.
 */
export function headcountOf({ record, first, last }: CoveredRecord): { count: number; estimated: boolean } {
  if (record.employees !== null) return { count: Math.max(1, record.employees), estimated: false };
  const estimate = Math.floor(fullTimeEquivalents(record.plannedDays, first, last) + 1e-9);
  return { count: Math.max(1, estimate), estimated: true };
}
