import { CappedIssues } from '../imports/capped-issues';
import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';
import { mapSickLeaveColumns, type SickLeaveHeader } from './import-columns';
import { FilePeriodClaims, storedPeriodOverlaps, type StoredSickLeavePeriod } from './import-overlaps';
import { monthsOfPeriod } from './import-period';
import { readSickLeaveRow, type ImportedSickLeaveRow, type UnitIdOfCode } from './import-row';
import type { MonthIndex } from './month-index';

/** A report longer than this is no more use to the person fixing the file; the rest is counted. */
export const MAX_REPORTED_ISSUES = 500;

export interface SickLeaveFileResult {
  rows: ImportedSickLeaveRow[];
  /** The first MAX_REPORTED_ISSUES issues, by line. */
  issues: ImportIssue[];
  /** All issues found, reported or not. */
  issueCount: number;
  /** Rows below the header. */
  rowCount: number;
  /** Headings of columns the import read past. */
  ignoredColumns: string[];
  /** What the file calls the period column, to name it in later reports. */
  periodHeading: string;
}

/**
 * Checks an HR/payroll export record by record as it is read, so a large file is never held
 * whole: the first record is the header, each later one is a row checked on its own and against
 * the rows before it (a unit and period given twice, a month inside a quarter). After the last
 * row, `checkAgainstStored` compares with what earlier imports stored; then `result`.
 */
export class SickLeaveFileCheck {
  private header: SickLeaveHeader | null = null;
  private headerWidth = 0;
  private readonly rows: ImportedSickLeaveRow[] = [];
  private readonly issues = new CappedIssues(MAX_REPORTED_ISSUES);
  private readonly claims = new FilePeriodClaims();
  private rowCount = 0;
  private months: { first: MonthIndex; last: MonthIndex } | null = null;

  constructor(private readonly unitIdOf: UnitIdOfCode) {}

  add(record: CsvRecord): void {
    if (!this.header) {
      this.header = mapSickLeaveColumns(record);
      this.headerWidth = record.cells.length;
      this.header.issues.forEach((issue) => this.issues.add(issue));
      return;
    }
    this.rowCount++;
    // With a column missing every row would report it again; the header's issue says it once.
    if (this.header.issues.length === 0) this.addRow(record, this.header);
  }

  private addRow(record: CsvRecord, header: SickLeaveHeader): void {
    if (record.cells.slice(this.headerWidth).some((cell) => cell.trim() !== '')) {
      const message = `has ${record.cells.length} fields but the header has ${this.headerWidth}; a decimal comma in a comma-separated file needs quotes ("12,5")`;
      return this.issues.add({ line: record.line, field: '(row)', message });
    }
    const { row, issues } = readSickLeaveRow(record, header.columns, this.unitIdOf);
    issues.forEach((issue) => this.issues.add(issue));
    if (!row) return;
    const conflict = this.claims.claim(row.unitId, row.period, row.line);
    if (conflict) return this.issues.add({ line: row.line, field: this.periodHeading, message: conflict });
    this.rows.push(row);
    this.extendMonths(row);
  }

  private extendMonths(row: ImportedSickLeaveRow): void {
    const covered = monthsOfPeriod(row.period);
    const first = covered[0]!;
    const last = covered[covered.length - 1]!;
    this.months = this.months
      ? { first: Math.min(this.months.first, first), last: Math.max(this.months.last, last) }
      : { first, last };
  }

  private get periodHeading(): string {
    return this.header?.columns.period?.heading ?? 'period';
  }

  /** The first and last month the good rows cover, to load what is stored around them. */
  monthRange(): { first: MonthIndex; last: MonthIndex } | null {
    return this.months;
  }

  /** Periods stored by earlier imports that the rows overlap (see storedPeriodOverlaps). */
  checkAgainstStored(stored: readonly StoredSickLeavePeriod[]): void {
    for (const issue of storedPeriodOverlaps(this.rows, stored, this.periodHeading)) this.issues.add(issue);
  }

  result(): SickLeaveFileResult {
    const fileIssue = !this.header
      ? 'the file is empty'
      : this.rowCount === 0 && this.issues.total === 0
        ? 'there are no rows below the header'
        : null;
    if (fileIssue) this.issues.add({ line: 1, field: '(file)', message: fileIssue });
    return {
      rows: this.rows,
      issues: this.issues.list(),
      issueCount: this.issues.total,
      rowCount: this.rowCount,
      ignoredColumns: this.header?.ignored ?? [],
      periodHeading: this.periodHeading,
    };
  }
}
