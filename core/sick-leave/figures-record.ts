/**
 * One unit's sick leave in one calendar month or quarter, as the payroll export gave it
 * (db/schema/sick-leave.ts). Day-works (dagsværk / dagsverk): planned = agreed day-works adjusted
 * for job share; sick = absence day-works for own illness. Splits are null when not exported.
 */
export interface SickLeaveRecord {
  unitId: string;
  periodKind: 'month' | 'quarter';
  /** The first day of the month or quarter: '2025-04-01'. */
  periodStart: string;
  plannedDays: number;
  sickDays: number;
  shortTermDays: number | null;
  longTermDays: number | null;
  selfCertifiedDays: number | null;
  doctorCertifiedDays: number | null;
  /** Headcount; null when the export does not have it. */
  employees: number | null;
}

/**
 * The fewest employees a unit (or a group hidden together) may have for its sick leave to be shown:
 * the product's default minimum group, the threshold the Danish education data warehouse and Udir
 * use (docs: research/domain.md §6).
 */
export const MIN_EMPLOYEES = 5;
