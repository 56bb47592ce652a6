import { MeasuredDefinition } from './measured-definition';
import type { MeasuredRecord } from './measured-figures';

/**
 * Sick leave as a measured indicator: sick day-works of planned day-works per month, lower is
 * better, hidden below five employees, no interval (payroll data count everyone). The sick-leave
 * view's figures and this definition's agree (test/core/measured/sick-leave-as-measured.test.ts);
 * the view adds what only sick leave has (full-time equivalents, the short-term and
 * self-certified splits).
 */
export const SICK_LEAVE_DEFINITION = MeasuredDefinition.parse({
  key: 'sick-leave',
  title: { da: 'Sygefravær', nb: 'Sykefravær', en: 'Sick leave' },
  kind: 'share',
  numeratorLabel: { da: 'Sygedagsværk', nb: 'Sykedagsverk', en: 'Sick day-works' },
  denominatorLabel: { da: 'Planlagte dagsværk', nb: 'Avtalte dagsverk', en: 'Planned day-works' },
  grain: 'month',
  polarity: 'lower-is-better',
  personsLabel: { da: 'medarbejdere', nb: 'medarbeidere', en: 'employees' },
  minPersons: 5,
  source: '',
});

/** A month of payroll data as a measured record: sick of planned days, employees as persons. */
export const sickLeaveAsMeasured = (record: {
  unitId: string;
  periodStart: string;
  sickDays: number;
  plannedDays: number;
  employees: number | null;
}): MeasuredRecord => ({
  unitId: record.unitId,
  periodStart: record.periodStart,
  numerator: record.sickDays,
  denominator: record.plannedDays,
  persons: record.employees,
});
