import { MIN_EMPLOYEES, type SickLeaveRecord } from './figures-record';
import { listPeriods, sameLastYear, type FigurePeriod } from './figures-periods';
import { figureTree, type FigureSumsModel, type FigureTreeAt } from '../measured/figure-tree';
import {
  addTotals,
  noTotals,
  ownTotals,
  selfCertifiedShare,
  shortTermShare,
  sickLeaveRate,
  type FigureTotals,
} from './figures-totals';
import { monthsFrom } from './month-index';
import { indexRecordsByUnit, recordsInPeriod } from './records-in-period';
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

type Evaluated = FigureTreeAt<FigureTotals>;

/**
 * Every unit's figure in every period asked for, aligned with `periods`, on the figure tree that
 * measured indicators use (figure-tree.ts): a figure is its subtree's records added up; it is
 * hidden when too few people are behind it, when needed to protect another hidden figure, or when
 * the unit is hidden in any single month of the period, since a longer period minus its shown
 * months would give that month away.
 */
export function sickLeaveFigures(input: FiguresInput): Map<string, SickLeaveFigure>[] {
  const minEmployees = input.minEmployees ?? MIN_EMPLOYEES;
  const evaluate = figureTree(sickLeaveSums(input.records), input.units, minEmployees);
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

/** Sick leave's sums: day-works with their splits, headcount as the fewest in any record. */
function sickLeaveSums(records: SickLeaveRecord[]): FigureSumsModel<FigurePeriod, FigureTotals> {
  const byUnit = indexRecordsByUnit(records);
  return {
    own(period) {
      const own = new Map<string, FigureTotals>();
      for (const [unitId, unitRecords] of byUnit) {
        // A unit without planned days in the period has no figure, as a unit without any records.
        const totals = ownTotals(recordsInPeriod(unitRecords, period));
        if (totals.plannedDays > 0) own.set(unitId, totals);
      }
      return own;
    },
    add(into, part) {
      const sum = into ?? noTotals();
      addTotals(sum, part);
      return sum;
    },
    persons: (totals) => totals.employees,
    parts: (period) =>
      period.granularity === 'month'
        ? []
        : monthsFrom(period.first, period.last).map((m) => listPeriods('month', m, m, null)[0]!),
    keyOf: (period) => `${period.granularity}:${period.first}:${period.last}`,
  };
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
