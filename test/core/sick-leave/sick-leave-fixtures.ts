import { listPeriods, type Granularity } from '../../../core/sick-leave/figures-periods';
import type { SickLeaveRecord } from '../../../core/sick-leave/figures-record';
import { monthIndex } from '../../../core/sick-leave/month-index';
import { sickLeaveFigures, type SickLeaveFigure } from '../../../core/sick-leave/sick-leave-figures';

/** municipality m → area a → institutions x, y; area b → institution z (paths from the root). */
export const UNITS = [
  { id: 'm', parentId: null, path: '/m/' },
  { id: 'a', parentId: 'm', path: '/m/a/' },
  { id: 'x', parentId: 'a', path: '/m/a/x/' },
  { id: 'y', parentId: 'a', path: '/m/a/y/' },
  { id: 'b', parentId: 'm', path: '/m/b/' },
  { id: 'z', parentId: 'b', path: '/m/b/z/' },
];

/** A month record: 20 employees unless told, no splits. */
export function monthRecord(
  unitId: string,
  month: string,
  sickDays: number,
  plannedDays: number,
  more: Partial<SickLeaveRecord> = {},
): SickLeaveRecord {
  return {
    unitId,
    periodKind: 'month',
    periodStart: `${month}-01`,
    plannedDays,
    sickDays,
    shortTermDays: null,
    longTermDays: null,
    selfCertifiedDays: null,
    doctorCertifiedDays: null,
    employees: 20,
    ...more,
  };
}

export const quarterRecord = (
  unitId: string,
  firstMonth: string,
  sickDays: number,
  plannedDays: number,
  more: Partial<SickLeaveRecord> = {},
): SickLeaveRecord => ({
  ...monthRecord(unitId, firstMonth, sickDays, plannedDays, more),
  periodKind: 'quarter',
});

/** Every unit's figure in the one period holding (or, rolling, ending at) `month`. */
export function figuresIn(
  records: SickLeaveRecord[],
  granularity: Granularity,
  month: string,
  units = UNITS,
): Map<string, SickLeaveFigure> {
  const periods = listPeriods(granularity, monthIndex(month), monthIndex(month), null);
  return sickLeaveFigures({ units, records, periods })[0]!;
}

export const shown = (figure: SickLeaveFigure | undefined) => {
  if (figure?.status !== 'shown') throw new Error(`expected a shown figure, got ${JSON.stringify(figure)}`);
  return figure;
};
