import type { SickLeaveRecord } from './figures-record';
import type { CoveredRecord } from './figures-headcount';
import type { FigurePeriod } from './figures-periods';
import { monthIndex, type MonthIndex } from './month-index';

/** One unit's records by their first month, months and quarters apart. */
export interface UnitRecords {
  months: Map<MonthIndex, SickLeaveRecord>;
  quarters: Map<MonthIndex, SickLeaveRecord>;
}

export function indexRecordsByUnit(records: SickLeaveRecord[]): Map<string, UnitRecords> {
  const byUnit = new Map<string, UnitRecords>();
  for (const record of records) {
    let unit = byUnit.get(record.unitId);
    if (!unit) byUnit.set(record.unitId, (unit = { months: new Map(), quarters: new Map() }));
    const kind = record.periodKind === 'month' ? unit.months : unit.quarters;
    kind.set(monthIndex(record.periodStart), record);
  }
  return byUnit;
}

/**
 * The unit's records that make up the period, never counting a day twice. Months and rolling
 * windows use month records only: a quarter's figure says nothing about its single months. A
 * quarter or a year is built quarter by quarter: the unit's quarter record when it has one for a
 * quarter wholly inside the period, otherwise its month records there, never both.
 */
export function recordsInPeriod(unit: UnitRecords, period: FigurePeriod): CoveredRecord[] {
  const covered: CoveredRecord[] = [];
  if (period.granularity === 'month' || period.granularity === 'rolling12') {
    pushMonths(unit, period.first, period.last, covered);
    return covered;
  }
  for (let start = period.first; start <= period.last; start += 3) {
    const end = Math.min(start + 2, period.last);
    const quarter = end === start + 2 ? unit.quarters.get(start) : undefined;
    if (quarter) covered.push({ record: quarter, first: start, last: end });
    else pushMonths(unit, start, end, covered);
  }
  return covered;
}

// A module function rather than a closure per call: this runs for every unit in every period.
function pushMonths(unit: UnitRecords, first: MonthIndex, last: MonthIndex, covered: CoveredRecord[]): void {
  for (let m = first; m <= last; m++) {
    const record = unit.months.get(m);
    if (record) covered.push({ record, first: m, last: m });
  }
}
