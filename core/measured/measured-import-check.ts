import { CappedIssues } from '../imports/capped-issues';
import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';
import { MAX_REPORTED_ISSUES } from '../sick-leave/import-file-check';
import type { MeasuredDefinition } from './measured-definition';
import { mapMeasuredColumns, type MeasuredHeader } from './measured-import-columns';
import { readMeasuredRow, type ImportedMeasuredRow, type MeasuredRowContext } from './measured-import-row';

export interface MeasuredFileResult {
  rows: ImportedMeasuredRow[];
  /** The first MAX_REPORTED_ISSUES issues, by line. */
  issues: ImportIssue[];
  issueCount: number;
  /** Rows below the header. */
  rowCount: number;
  ignoredColumns: string[];
}

/** What an applied import did, as its history shows it. */
export interface MeasuredImportSummary {
  values: number;
  /** Values of the same indicator, unit and period stored before, replaced by the file's. */
  replacedValues: number;
  indicators: string[];
  units: number;
  /** The first and the last period in the file (by start), as keys. */
  periods: [string, string] | null;
  ignoredColumns: string[];
}

/**
 * Checks a file of measured figures record by record as it is read: the first record is the
 * header, each later one a row checked on its own (readMeasuredRow) and against the rows before
 * it (the same indicator, unit and period twice). A file with any issue is refused whole.
 */
export class MeasuredFileCheck {
  private header: MeasuredHeader | null = null;
  private headerWidth = 0;
  private readonly rows: ImportedMeasuredRow[] = [];
  private readonly issues = new CappedIssues(MAX_REPORTED_ISSUES);
  private readonly lineOf = new Map<string, number>();
  private rowCount = 0;

  constructor(private readonly context: MeasuredRowContext) {}

  add(record: CsvRecord): void {
    if (!this.header) {
      this.header = mapMeasuredColumns(record);
      this.headerWidth = record.cells.length;
      this.header.issues.forEach((issue) => this.issues.add(issue));
      return;
    }
    this.rowCount++;
    // With a column missing every row would report it again; the header's issue says it once.
    if (this.header.issues.length === 0) this.addRow(record, this.header);
  }

  private addRow(record: CsvRecord, header: MeasuredHeader): void {
    if (record.cells.slice(this.headerWidth).some((cell) => cell.trim() !== '')) {
      const message = `has ${record.cells.length} fields but the header has ${this.headerWidth}; a decimal comma in a comma-separated file needs quotes ("12,5")`;
      const params = { count: record.cells.length, header: this.headerWidth };
      return this.issues.add({ line: record.line, field: '(row)', message, code: 'fields', params });
    }
    const { row, issues } = readMeasuredRow(record, header.columns, this.context);
    issues.forEach((issue) => this.issues.add(issue));
    if (!row) return;
    const key = `${row.indicatorKey}|${row.unitId}|${row.periodStart}`;
    const earlier = this.lineOf.get(key);
    if (earlier !== undefined) {
      const field = header.columns.period?.heading ?? 'period';
      return this.issues.add({
        line: row.line,
        field,
        message: `the same indicator, unit and period as line ${earlier}`,
        code: 'sameAsLine',
        params: { line: earlier },
      });
    }
    this.lineOf.set(key, row.line);
    this.rows.push(row);
  }

  result(): MeasuredFileResult {
    const fileIssue = !this.header
      ? 'the file is empty'
      : this.rowCount === 0 && this.issues.total === 0
        ? 'there are no rows below the header'
        : null;
    if (fileIssue)
      this.issues.add({
        line: 1,
        field: '(file)',
        message: fileIssue,
        code: this.header ? 'noRows' : 'empty',
        params: {},
      });
    return {
      rows: this.rows,
      issues: this.issues.list(),
      issueCount: this.issues.total,
      rowCount: this.rowCount,
      ignoredColumns: this.header?.ignored ?? [],
    };
  }
}

export function summarizeMeasuredImport(
  rows: readonly ImportedMeasuredRow[],
  replacedValues: number,
  ignoredColumns: string[],
): MeasuredImportSummary {
  const byStart = [...rows].sort((a, b) => a.period.first - b.period.first);
  return {
    values: rows.length,
    replacedValues,
    indicators: [...new Set(rows.map((r) => r.indicatorKey))].sort(),
    units: new Set(rows.map((r) => r.unitId)).size,
    periods: byStart.length ? [byStart[0]!.period.key, byStart[byStart.length - 1]!.period.key] : null,
    ignoredColumns,
  };
}

/** The municipality's definitions by key or by KOSTRA code (case aside), as a row names them. */
export function definitionLookup(
  definitions: readonly MeasuredDefinition[],
): (text: string) => MeasuredDefinition | undefined {
  const byText = new Map<string, MeasuredDefinition>();
  for (const d of definitions) if (d.kostraCode) byText.set(d.kostraCode.toLowerCase(), d);
  for (const d of definitions) byText.set(d.key, d);
  return (text) => byText.get(text) ?? byText.get(text.toLowerCase());
}
