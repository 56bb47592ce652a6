import type { ImportedSickLeaveRow } from './import-row';
import { periodLabel } from './import-period';

/** What an applied import did, as its history shows it. */
export interface SickLeaveImportSummary {
  records: number;
  /** Records of the same units and periods stored before, replaced by the file's. */
  replacedRecords: number;
  units: number;
  /** The first and the last period in the file: ['2024-01', '2025-Q2']. */
  periods: [string, string] | null;
  ignoredColumns: string[];
}

export function summarizeImport(
  rows: readonly ImportedSickLeaveRow[],
  replacedRecords: number,
  ignoredColumns: string[],
): SickLeaveImportSummary {
  let first: ImportedSickLeaveRow | null = null;
  let last: ImportedSickLeaveRow | null = null;
  const units = new Set<string>();
  for (const row of rows) {
    units.add(row.unitId);
    if (!first || row.period.first < first.period.first) first = row;
    if (!last || row.period.first > last.period.first) last = row;
  }
  return {
    records: rows.length,
    replacedRecords,
    units: units.size,
    periods: first && last ? [periodLabel(first.period), periodLabel(last.period)] : null,
    ignoredColumns,
  };
}
