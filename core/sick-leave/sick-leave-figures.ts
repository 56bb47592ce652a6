import { MIN_EMPLOYEES, type SickLeaveRecord } from './figures-record';
import { listPeriods, sameLastYear, type FigurePeriod } from './figures-periods';
import { hiddenUnits, parentsFirst } from './figures-suppression';
import {
  ownTotals,
  selfCertifiedShare,
  shortTermShare,
  sickLeaveRate,
  type FigureTotals,
} from './figures-totals';
import { monthsFrom } from './month-index';
import { indexRecordsByUnit, recordsInPeriod } from './records-in-period';
import { rollUpSickLeave } from './roll-up-sick-leave';
import { fullTimeEquivalents } from './weekdays-in-month';

/** Against the same period a year earlier; `points` is the difference of the two rates (0.01 = 1 pp). */
export type SickLeaveChange =
  | { available: true; previousRate: number; points: number }
  | { available: false; reason: 'no-previous' | 'previous-hidden' };

/**
 * One unit's sick leave in one period. Census data: every employee is counted, so there is no
 * sampling interval; n is the headcount. Hidden figures carry no number at all.
 */
export type SickLeaveFigure =
  | {
      status: 'shown';
      /** Σ sick days ÷ Σ planned days, 0..1. */
      rate: number;
      sickDays: number;
      plannedDays: number;
      employees: number;
      employeesEstimated: boolean;
      /** Average full-time equivalents in the period (weekdays-in-month.ts says how). */
      fullTimeEquivalents: number;
      /** Sick days per full-time equivalent in the period. */
      daysPerFte: number;
      shortTermShare: number | null;
      selfCertifiedShare: number | null;
      sameLastYear: SickLeaveChange;
    }
  | { status: 'hidden'; minEmployees: number }
  | { status: 'no-data' };

export interface FiguresInput {
  /** The whole municipality's tree: suppression is decided over all of it. */
  units: { id: string; parentId: string | null; path: string }[];
  /** Every record of the periods asked for and of the same periods a year before. */
  records: SickLeaveRecord[];
  periods: FigurePeriod[];
  minEmployees?: number;
}

interface Evaluated {
  subtree: Map<string, FigureTotals>;
  hidden: Set<string>;
}

/**
 * Every unit's figure in every period asked for, aligned with `periods`. A figure is its subtree's
 * records added up; it is hidden when too few people are behind it, when needed to protect another
 * hidden figure, or when the unit is hidden in any single month of the period, since a longer
 * period minus its shown months would give that month away.
 */
export function sickLeaveFigures(input: FiguresInput): Map<string, SickLeaveFigure>[] {
  const minEmployees = input.minEmployees ?? MIN_EMPLOYEES;
  const byUnit = indexRecordsByUnit(input.records);
  const units = parentsFirst(input.units);
  const cache = new Map<string, Evaluated>();
  const evaluate = (period: FigurePeriod): Evaluated => {
    const key = `${period.granularity}:${period.first}:${period.last}`;
    const known = cache.get(key);
    if (known) return known;
    const own = new Map<string, FigureTotals>();
    for (const [unitId, records] of byUnit) {
      const covered = recordsInPeriod(records, period);
      // A unit without records in the period has no totals, as a unit without any records.
      if (covered.length > 0) own.set(unitId, ownTotals(covered));
    }
    const subtree = rollUpSickLeave(units, own);
    const alsoHidden = new Set<string>();
    if (period.granularity !== 'month')
      for (const month of monthsFrom(period.first, period.last))
        for (const id of evaluate(listPeriods('month', month, month, null)[0]!).hidden) alsoHidden.add(id);
    const result = {
      subtree,
      hidden: hiddenUnits(units, { subtree, own }, { minEmployees, alsoHidden }),
    };
    cache.set(key, result);
    return result;
  };
  return input.periods.map((period) => {
    const now = evaluate(period);
    const before = evaluate(sameLastYear(period));
    const figures = new Map<string, SickLeaveFigure>();
    for (const unit of input.units) {
      const figure = figureOf(unit.id, now, period, minEmployees);
      if (figure.status === 'shown') figure.sameLastYear = changeOf(unit.id, figure.rate, before);
      figures.set(unit.id, figure);
    }
    return figures;
  });
}

function figureOf(
  unitId: string,
  at: Evaluated,
  period: FigurePeriod,
  minEmployees: number,
): SickLeaveFigure {
  const totals = at.subtree.get(unitId);
  const rate = totals ? sickLeaveRate(totals) : null;
  if (!totals || rate === null) return { status: 'no-data' };
  if (at.hidden.has(unitId)) return { status: 'hidden', minEmployees };
  const fte = fullTimeEquivalents(totals.plannedDays, period.first, period.last);
  return {
    status: 'shown',
    rate,
    sickDays: totals.sickDays,
    plannedDays: totals.plannedDays,
    employees: totals.employees,
    employeesEstimated: totals.employeesEstimated,
    fullTimeEquivalents: fte,
    daysPerFte: totals.sickDays / fte,
    shortTermShare: shortTermShare(totals),
    selfCertifiedShare: selfCertifiedShare(totals),
    sameLastYear: { available: false, reason: 'no-previous' },
  };
}

function changeOf(unitId: string, rate: number, before: Evaluated): SickLeaveChange {
  const totals = before.subtree.get(unitId);
  const previous = totals ? sickLeaveRate(totals) : null;
  if (previous === null) return { available: false, reason: 'no-previous' };
  if (before.hidden.has(unitId)) return { available: false, reason: 'previous-hidden' };
  return { available: true, previousRate: previous, points: rate - previous };
}
