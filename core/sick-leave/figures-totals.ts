import { headcountOf, type CoveredRecord } from './figures-headcount';

/**
 * Sick leave added up over records: of units, of months, of both. Every figure is a ratio of these
 * sums, so a unit's figure weighs each part by its planned days. The splits are summed only over
 * records that have both halves of the split, so that a share is never taken of a partial sum.
 */
export interface FigureTotals {
  plannedDays: number;
  sickDays: number;
  shortTermDays: number;
  longTermDays: number;
  selfCertifiedDays: number;
  doctorCertifiedDays: number;
  /**
   * Headcount for the anonymity threshold: each unit's fewest people in any record of the period,
   * added up over the units. The fewest, so that a month with too few people hides every longer
   * period holding it too (a year minus its shown months would give that month away).
   */
  employees: number;
  /** Some headcount was estimated from planned days (figures-headcount.ts). */
  employeesEstimated: boolean;
}

export const noTotals = (): FigureTotals => ({
  plannedDays: 0,
  sickDays: 0,
  shortTermDays: 0,
  longTermDays: 0,
  selfCertifiedDays: 0,
  doctorCertifiedDays: 0,
  employees: 0,
  employeesEstimated: false,
});

/** One unit's own totals over its records in a period (recordsInPeriod). */
export function ownTotals(covered: CoveredRecord[]): FigureTotals {
  const totals = noTotals();
  let fewest = Infinity;
  for (const item of covered) {
    const record = item.record;
    if (record.plannedDays <= 0) continue;
    const head = headcountOf(item);
    fewest = Math.min(fewest, head.count);
    totals.employeesEstimated ||= head.estimated;
    totals.plannedDays += record.plannedDays;
    totals.sickDays += record.sickDays;
    if (record.shortTermDays !== null && record.longTermDays !== null) {
      totals.shortTermDays += record.shortTermDays;
      totals.longTermDays += record.longTermDays;
    }
    if (record.selfCertifiedDays !== null && record.doctorCertifiedDays !== null) {
      totals.selfCertifiedDays += record.selfCertifiedDays;
      totals.doctorCertifiedDays += record.doctorCertifiedDays;
    }
  }
  totals.employees = fewest === Infinity ? 0 : fewest;
  return totals;
}

/** Adds `part` into `into` (a unit's subtree gathers its units' totals). */
export function addTotals(into: FigureTotals, part: FigureTotals): void {
  into.plannedDays += part.plannedDays;
  into.sickDays += part.sickDays;
  into.shortTermDays += part.shortTermDays;
  into.longTermDays += part.longTermDays;
  into.selfCertifiedDays += part.selfCertifiedDays;
  into.doctorCertifiedDays += part.doctorCertifiedDays;
  into.employees += part.employees;
  into.employeesEstimated ||= part.employeesEstimated;
}

/** Sick-leave % as SSB and DST define it: Σ sick day-works ÷ Σ planned (agreed) day-works. */
export const sickLeaveRate = (t: FigureTotals): number | null =>
  t.plannedDays > 0 ? t.sickDays / t.plannedDays : null;

/** The share of split sick days that were short-term; null when no record split them. */
export const shortTermShare = (t: FigureTotals): number | null =>
  share(t.shortTermDays, t.shortTermDays + t.longTermDays);

/** The share of split sick days that were self-certified (egenmeldt); null when none split. */
export const selfCertifiedShare = (t: FigureTotals): number | null =>
  share(t.selfCertifiedDays, t.selfCertifiedDays + t.doctorCertifiedDays);

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
