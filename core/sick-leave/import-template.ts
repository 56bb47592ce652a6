import type { ExportTable } from '../exports/export-table';
import type { UnitKind } from '../org/org-unit';
import { SICK_LEAVE_COLUMNS } from './import-columns';
import { monthText, type MonthIndex } from './month-index';

/** Two plausible rows: 420 planned day-works is about 21 full-time staff in a month. */
const EXAMPLES = [
  { planned: 420, sick: 24, shortTerm: 16, longTerm: 8, self: 6, doctor: 18, employees: 21 },
  { planned: 1260, sick: 81, shortTerm: 33, longTerm: 48, self: 12, doctor: 69, employees: 63 },
];
// Where staff and their payroll sit: institutions first, then areas, then groups.
const KIND_ORDER: UnitKind[] = ['institution', 'area', 'group', 'municipality'];

/**
 * The import's columns with two example rows for units of this municipality (by their codes), for
 * one month (one row when only one unit has a code; a placeholder code when none has).
 */
export function sickLeaveTemplate(
  units: readonly { code: string | null; kind: UnitKind }[],
  exampleMonth: MonthIndex,
): ExportTable {
  const codes = units
    .filter((u): u is { code: string; kind: UnitKind } => u.code !== null)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((u) => u.code);
  const count = (n: number) => ({ number: n, format: 'count' as const });
  const rows = EXAMPLES.map((e, i) => [
    codes[i] ?? codes[0] ?? 'UNIT-CODE',
    monthText(exampleMonth),
    ...[e.planned, e.sick, e.shortTerm, e.longTerm, e.self, e.doctor, e.employees].map(count),
  ]);
  return {
    title: 'Sick leave',
    headers: [...SICK_LEAVE_COLUMNS],
    rows: rows.slice(0, Math.max(1, Math.min(2, codes.length))),
  };
}
