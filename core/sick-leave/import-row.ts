import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';
import { readDecimal } from '../imports/read-decimal';
import type { SickLeaveColumn, SickLeaveColumnMap } from './import-columns';
import { parseImportPeriod, type ImportPeriod } from './import-period';

/** One row of an HR/payroll export, read and checked on its own (not yet against the other rows). */
export interface ImportedSickLeaveRow {
  line: number;
  unitId: string;
  period: ImportPeriod;
  plannedDays: number;
  sickDays: number;
  shortTermDays: number | null;
  longTermDays: number | null;
  selfCertifiedDays: number | null;
  doctorCertifiedDays: number | null;
  employees: number | null;
}

/** The unit a code in the file names, if any. */
export type UnitIdOfCode = (code: string) => string | undefined;

// Day-works come with two decimals; a sum of parts may be off by floating point, never by more.
const TOLERANCE = 0.001;
const PERIOD_FORMS = '2025-03, 2025-Q1, "marts 2025" or "1. kvartal 2025"';

/**
 * Reads one record's cells by column, noting each problem under the file's own heading. A cell
 * that cannot be read gives undefined, with its issue noted.
 */
class RowReader {
  readonly issues: ImportIssue[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly columns: SickLeaveColumnMap,
  ) {}

  heading(column: SickLeaveColumn): string {
    return this.columns[column]?.heading ?? column;
  }

  text(column: SickLeaveColumn): string {
    const at = this.columns[column];
    return at ? (this.record.cells[at.index] ?? '').trim() : '';
  }

  problem(column: SickLeaveColumn, message: string): undefined {
    return this.problemIn(this.heading(column), message);
  }

  /** A problem of several columns together: "korttid + langtid". */
  problemIn(field: string, message: string): undefined {
    this.issues.push({ line: this.record.line, field, message });
    return undefined;
  }

  /** Day-works: a number of 0 or more. Null when an optional cell is empty; undefined when unreadable. */
  days(column: SickLeaveColumn, required: boolean): number | null | undefined {
    const text = this.text(column);
    if (text === '') return required ? this.problem(column, 'give the number of day-works') : null;
    const value = readDecimal(text);
    if (value === null) return this.problem(column, `"${text}" is not a number`);
    return value < 0 ? this.problem(column, `${text} is negative`) : value;
  }

  count(column: SickLeaveColumn): number | null | undefined {
    const text = this.text(column);
    if (text === '') return null;
    const value = readDecimal(text);
    if (value === null || value < 0 || !Number.isInteger(value))
      return this.problem(column, `"${text}" is not a whole number of people`);
    return value;
  }
}

function readUnit(reader: RowReader, unitIdOf: UnitIdOfCode): string | undefined {
  const code = reader.text('unit_code');
  if (code === '') return reader.problem('unit_code', "give the unit's code");
  return unitIdOf(code) ?? reader.problem('unit_code', `no unit has the code "${code}"`);
}

function readPeriod(reader: RowReader): ImportPeriod | undefined {
  const text = reader.text('period');
  if (text === '') return reader.problem('period', `give the month or quarter, e.g. ${PERIOD_FORMS}`);
  const period = parseImportPeriod(text);
  return (
    period ?? reader.problem('period', `"${text}" is not a month or quarter; write e.g. ${PERIOD_FORMS}`)
  );
}

/** Parts of the sick days (short + long term, or self + doctor certified) add up to no more than them. */
function checkSplit(
  reader: RowReader,
  sickDays: number,
  parts: [SickLeaveColumn, number | null | undefined][],
): void {
  const given = parts.filter((p): p is [SickLeaveColumn, number] => typeof p[1] === 'number');
  const sum = given.reduce((total, [, days]) => total + days, 0);
  if (given.length === 0 || sum <= sickDays + TOLERANCE) return;
  const field = given.map(([column]) => reader.heading(column)).join(' + ');
  const what = given.length > 1 ? `together ${round(sum)} days` : `${round(sum)} days`;
  reader.problemIn(field, `${what}, more than the ${round(sickDays)} sick days`);
}

const round = (days: number) => Math.round(days * 1000) / 1000;

/**
 * Checks one row on its own: the unit exists, the period reads as a month or quarter, the days are
 * numbers of 0 or more, the sick days are no more than the planned ones, and neither split of the
 * sick days adds up to more than them. Every problem is reported, each under its column.
 */
export function readSickLeaveRow(
  record: CsvRecord,
  columns: SickLeaveColumnMap,
  unitIdOf: UnitIdOfCode,
): { row: ImportedSickLeaveRow; issues: [] } | { row: null; issues: ImportIssue[] } {
  const reader = new RowReader(record, columns);
  const unitId = readUnit(reader, unitIdOf);
  const period = readPeriod(reader);
  const plannedDays = reader.days('planned_days', true);
  const sickDays = reader.days('sick_days', true);
  const split = {
    shortTermDays: reader.days('short_term_days', false),
    longTermDays: reader.days('long_term_days', false),
    selfCertifiedDays: reader.days('self_certified_days', false),
    doctorCertifiedDays: reader.days('doctor_certified_days', false),
  };
  const employees = reader.count('employees');
  if (typeof plannedDays === 'number' && typeof sickDays === 'number' && sickDays > plannedDays + TOLERANCE)
    reader.problem('sick_days', `${round(sickDays)} sick days, more than the ${round(plannedDays)} planned`);
  if (typeof sickDays === 'number') {
    checkSplit(reader, sickDays, [
      ['short_term_days', split.shortTermDays],
      ['long_term_days', split.longTermDays],
    ]);
    checkSplit(reader, sickDays, [
      ['self_certified_days', split.selfCertifiedDays],
      ['doctor_certified_days', split.doctorCertifiedDays],
    ]);
  }
  // Every undefined above came with an issue: without issues, each value is what its reader returns.
  if (reader.issues.length) return { row: null, issues: reader.issues };
  return {
    row: {
      line: record.line,
      unitId,
      period,
      plannedDays,
      sickDays,
      employees,
      ...split,
    } as ImportedSickLeaveRow,
    issues: [],
  };
}
